import threading

def f():
    pass

# names: "Thread-N (target)", explicit names do not use a number
t = threading.Thread(target=f)
print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
print(repr(t))
t2 = threading.Thread(target=f, name="worker", daemon=True)
print(t2.name, t2.daemon, t2.getName())
print(repr(t2))

class Sub(threading.Thread):
    pass

print(Sub().name, threading.Thread().name)
t2.name = "renamed"
t2.setName("renamed again")
print(t2.name)
t2.setDaemon(False)
print(t2.daemon, t2.isDaemon())

t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    t.daemon = True
except RuntimeError as e:
    print(e)
t.join()
print(repr(t).startswith("<Thread(Thread-1 (f), stopped "), t.is_alive(), t.ident is not None)
print(isinstance(t.ident, int), t.native_id is not None)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
try:
    threading.Thread(target=f).join()
except RuntimeError as e:
    print(e)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.active_count(), [x.name for x in threading.enumerate()])

# a thread's view of itself and of the thread list
seen = []
def look():
    me = threading.current_thread()
    seen.append((me.name, me is not threading.main_thread(), threading.get_ident() == me.ident))
    seen.append(sorted(x.name for x in threading.enumerate()))
    seen.append(threading.active_count())

t3 = threading.Thread(target=look, name="looker")
t3.start()
t3.join()
print(seen)
print(threading.active_count())

# kwargs and args
out = []
def collect(a, b, *, c):
    out.append((a, b, c))
t4 = threading.Thread(target=collect, args=(1, 2), kwargs={"c": 3})
t4.start()
t4.join()
print(out)

# run() overridden in a subclass; the thread's result is read after join
class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="summer")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))

s = Summer(1000)
s.start()
s.join()
print(s.total, s.name, repr(s).startswith("<Summer(summer, stopped "))

# join with timeouts
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.01)
print("alive after join(0.01):", slow.is_alive())
slow.join(0)
slow.join(-1)
print("alive after join(0):", slow.is_alive())
ev.set()
slow.join()
print("alive after set:", slow.is_alive())

# daemon inherits from the creating thread
flags = []
def spawn():
    child = threading.Thread(target=f)
    flags.append(child.daemon)
d = threading.Thread(target=spawn, daemon=True)
d.start()
d.join()
print(flags)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
print(tm.name.startswith("Thread-"))
tm.start()
tm.join()
tm2 = threading.Timer(30, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

# an exception in a thread goes to excepthook (stderr) and the program goes on
def boom():
    raise ValueError("in thread")
b = threading.Thread(target=boom)
b.start()
b.join()
print("still running", b.is_alive())

hooked = []
def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
b2 = threading.Thread(target=boom, name="hooked")
b2.start()
b2.join()
print(hooked)
threading.excepthook = threading.__excepthook__

# SystemExit ends a thread silently
import sys
def quit_thread():
    sys.exit(3)
q = threading.Thread(target=quit_thread)
q.start()
q.join()
print("after SystemExit in thread")
