import sched

print(sched.__all__, sched.Event._fields, sched.Event.__bases__)
e1 = sched.Event(1, 1, 0, None, (), {})
e2 = sched.Event(1, 1, 1, print, (), {})
print(e1 == e2, e1 < e2, repr(e1), e1.time, e1._replace(time=5))

class Clock:
    """A fake clock: delayfunc advances it, so the run is instant and deterministic."""
    def __init__(self):
        self.now = 100.0
        self.log = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.log.append(d)
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
out = []
def act(name, *args, **kw):
    out.append((clock.now, name, args, kw))

print(s.empty(), s.queue, s.run(blocking=False))
a = s.enter(10, 2, act, ('a',))
b = s.enter(10, 1, act, ('b', 1, 2))
c = s.enterabs(105, 1, act, kwargs={'k': 'v'}, argument=('c',))
d = s.enter(3, 5, act, ('d',))
e = s.enter(10, 1, act, ('e',))
f = s.enterabs(200, 0, act, ('f',))
print(*[ev._replace(action=ev.action.__name__) for ev in (a, b, c)], sep='\n')
print([(ev.time, ev.priority, ev.sequence, ev.argument) for ev in s.queue], s.empty())
s.cancel(f)
print(len(s.queue), [ev.argument[0] for ev in s.queue])
try:
    s.cancel(f)
except ValueError as ex:
    print('ValueError', ex)
print(s.run(blocking=False))
s.run()
print(out)
print(clock.log, s.empty(), s.queue)

# an action that schedules more events, and one that raises
out.clear()
def chain(n):
    out.append(('chain', n, clock.now))
    if n < 3:
        s.enter(1, 1, chain, (n + 1,))
s.enter(0, 1, chain, (0,))
s.run()
print(out)
def boom():
    raise RuntimeError('boom')
s.enter(1, 1, boom)
s.enter(2, 1, act, ('after',))
try:
    s.run()
except RuntimeError as ex:
    print('RuntimeError', ex, len(s.queue))
s.run()
print(out[-1][1])

# non-blocking: returns the delay until the next event and runs only what is due
s.enter(5, 1, act, ('later',))
s.enter(0, 1, act, ('now',))
print(s.run(blocking=False), out[-1][1], len(s.queue))
clock.now += 5
print(s.run(blocking=False), out[-1][1], s.empty())
ev = s.enterabs(1, 1, print, kwargs=5)
print(s.queue)
s.cancel(ev)

# the real clock: default timefunc/delayfunc
import time
rs = sched.scheduler()
print(rs.timefunc is time.monotonic, rs.delayfunc is time.sleep)
got = []
rs.enter(0.02, 1, got.append, ('x',))
rs.enter(0.01, 1, got.append, ('y',))
rs.run()
print(got)
for bad in [lambda: s.enter('x', 1, print), lambda: s.enter(1, 1, print, 5), lambda: sched.scheduler(1)]:
    try:
        bad()
        print('ok', len(s.queue))
    except Exception as ex:
        print(type(ex).__name__, ex)
print([ev.argument for ev in s.queue])
