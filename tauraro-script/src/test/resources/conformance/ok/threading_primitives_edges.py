# Edge behaviour of the threading primitives: error messages, reprs, timeouts,
# notify order and counts, barrier rounds, actions, aborts and resets.
import threading
import time

c = threading.Condition(threading.Lock())
print(repr(c).startswith("<Condition(<unlocked _thread.lock object at"), repr(c).endswith(", 0)>"))
for call in (c.wait, c.notify, c.notify_all):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)

# wait_for: how often the predicate runs with a zero timeout and with an unmet one
calls = []
def never():
    calls.append(1)
    return 0
with c:
    print(c.wait_for(never, 0), len(calls))
    print(c.wait_for(never, 0.05), len(calls) >= 2)
    print(c.wait(0), c.wait(-1), c.wait(0.01))
    print(c.wait_for(lambda: "truthy", 0))

# notify(n) wakes the oldest n waiters; notify(0) and notify(-1) wake none
cond = threading.Condition()
order = []
def waiter(tag):
    with cond:
        cond.wait()
        order.append(tag)
ws = []
for i in range(4):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    ws.append(t)
    while True:
        with cond:
            if len(cond._waiters) == i + 1:
                break
with cond:
    cond.notify(0)
    cond.notify(-1)
    print("waiting", len(cond._waiters))
    cond.notify(2)
    print("after notify(2)", len(cond._waiters))
ws[0].join()
ws[1].join()
print(sorted(order))
with cond:
    cond.notify_all()
for t in ws:
    t.join()
print(sorted(order))

# Semaphore
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False), s.acquire(timeout=-1), s.acquire(timeout=0))
for bad in (lambda: s.acquire(False, 1), lambda: threading.Semaphore(-1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print(e)
print(repr(s).startswith("<threading.Semaphore at 0x"), repr(s).split(": ")[-1])
s.release(3)
print(repr(s).split(": ")[-1], s.acquire(), s.acquire(True, 1))
with s:
    print("inside", repr(s).split(": ")[-1], s.acquire(False))
print(repr(s).split(": ")[-1])
got = []
def taker():
    if s.acquire(timeout=5):
        got.append(1)
ts = [threading.Thread(target=taker) for _ in range(3)]
for t in ts:
    t.start()
s.release(2)
for t in ts:
    t.join()
print("taken", len(got), repr(s).split(": ")[-1])

bs = threading.BoundedSemaphore(2)
bs.acquire()
print(repr(bs).startswith("<threading.BoundedSemaphore at 0x"), repr(bs).split(": ")[-1])
bs.release()
for bad in (bs.release, lambda: bs.release(0)):
    try:
        bad()
    except ValueError as e:
        print(e)
bs.acquire()
bs.acquire()
try:
    bs.release(3)
except ValueError as e:
    print(e, repr(bs).split(": ")[-1])
bs.release(2)
print(repr(bs).split(": ")[-1])

# Event
e = threading.Event()
print(repr(e).split(": ")[-1], e.wait(0), e.wait(0.01), e.is_set())
e.set()
print(repr(e).split(": ")[-1], e.wait(0), e.wait())
e.clear()
print(e.is_set(), e.wait(-1))
seen = []
def watcher():
    seen.append(e.wait(5))
w = threading.Thread(target=watcher)
w.start()
e.set()
w.join()
print(seen)

# Barrier: indexes, the action, timeouts, abort and reset
b = threading.Barrier(3, action=lambda: print("action runs once"))
print(b.parties, b.n_waiting, b.broken, repr(b).split(": ")[-1])
indexes = []
def party():
    indexes.append(b.wait())
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indexes), b.n_waiting, b.broken)

# a second round on the same barrier
indexes.clear()
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indexes))

t1 = threading.Barrier(2, timeout=0.02)
try:
    t1.wait()
except threading.BrokenBarrierError as ex:
    print("timed out:", repr(ex), t1.broken, repr(t1).split(": ")[-1])
try:
    t1.wait()
except threading.BrokenBarrierError:
    print("still broken")
t1.reset()
print("after reset", t1.broken, t1.n_waiting)

def failing():
    raise KeyError("act")
fb = threading.Barrier(2, action=failing)
outcome = []
def fb_party():
    try:
        fb.wait(5)
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except KeyError as ex:
        outcome.append("action raised %s" % ex)
ps = [threading.Thread(target=fb_party) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(outcome), fb.broken)

ab = threading.Barrier(3)
res = []
def ab_party():
    try:
        ab.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")
ps = [threading.Thread(target=ab_party) for _ in range(2)]
for p in ps:
    p.start()
while ab.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting", ab.n_waiting, repr(ab).split(": ")[-1])
ab.abort()
for p in ps:
    p.join()
print(res, ab.broken, ab.n_waiting)

rb = threading.Barrier(2)
res.clear()
def rb_party():
    try:
        res.append(rb.wait())
    except threading.BrokenBarrierError:
        res.append("broken")
p = threading.Thread(target=rb_party)
p.start()
while rb.n_waiting < 1:
    time.sleep(0.001)
rb.reset()
p.join()
print(res, rb.broken, rb.n_waiting)
ps = [threading.Thread(target=rb_party) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(res, key=str))
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer
tm = threading.Timer(0.01, print, ["timer fired"])
print(tm.args, tm.kwargs, tm.interval, tm.finished.is_set())
tm.start()
tm.join()
print(tm.finished.is_set())
tm2 = threading.Timer(30, print, kwargs={"sep": "-"})
tm2.start()
tm2.cancel()
tm2.join()
print("cancelled", tm2.kwargs)

# Thread misuse
class NoInit(threading.Thread):
    def __init__(self):
        pass
x = NoInit()
for f in (x.start, x.join, lambda: repr(x), lambda: x.name, x.is_alive, lambda: x.daemon,
          lambda: setattr(x, "daemon", True), lambda: x.ident):
    try:
        f()
    except BaseException as ex:
        print(type(ex).__name__, ex)
try:
    threading.Thread(group=1)
except AssertionError as ex:
    print("AssertionError", ex)
th = threading.Thread(target=lambda: None, name=7, daemon=True)
print(th.name, repr(th))
th.start()
th.join()
print(repr(th).split(", ")[1].split()[:2])
try:
    th.start()
except RuntimeError as ex:
    print(ex)
try:
    th.daemon = False
except RuntimeError as ex:
    print(ex)
print(hasattr(th, "_target"))
