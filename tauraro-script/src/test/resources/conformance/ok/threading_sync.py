import threading

# Lock
lock = threading.Lock()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"), lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
for bad in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*bad)
    except ValueError as e:
        print(e)
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

# a Lock may be released by another thread than the one that acquired it
handoff = threading.Lock()
handoff.acquire()
def releaser():
    handoff.release()
r = threading.Thread(target=releaser)
r.start()
print("acquired after release by other thread", handoff.acquire(True, 5))
r.join()

# RLock
rl = threading.RLock()
print(repr(rl).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"), rl._is_owned())
rl.acquire()
rl.acquire()
print(repr(rl).split(" owner=")[0], "count=2" in repr(rl), rl._is_owned())
def foreign():
    try:
        rl.release()
    except RuntimeError as e:
        print("foreign:", e)
    print("foreign owns:", rl._is_owned(), "non-blocking acquire:", rl.acquire(False))
ft = threading.Thread(target=foreign)
ft.start()
ft.join()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print(e)

# Condition
cond = threading.Condition()
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: "yes", 0.01))

items = []
ready = threading.Condition(threading.Lock())
consumed = []
def consumer(tag):
    with ready:
        ok = ready.wait_for(lambda: items, timeout=10)
        consumed.append((tag, items.pop()))

cs = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in cs:
    c.start()
# wait until all three wait on the condition
while True:
    with ready:
        if len(ready._waiters) == 3:
            break
with ready:
    items.append("a")
    ready.notify()
with ready:
    items.extend(["b", "c"])
    ready.notify_all()
for c in cs:
    c.join()
print(sorted(x for _, x in consumed), len(consumed))

# RLock-based condition keeps the recursion level across wait()
rc = threading.Condition()
def notifier():
    with rc:
        rc.notify()
with rc:
    with rc:
        n = threading.Thread(target=notifier)
        n.start()
        print("woken", rc.wait(10), "count=2" in repr(rc._lock))
    print("count=1" in repr(rc._lock))
n.join()

# Semaphore / BoundedSemaphore
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
print(repr(sem).startswith("<threading.Semaphore at 0x"), repr(sem).endswith(": value=0>"))
try:
    sem.acquire(False, 1)
except ValueError as e:
    print(e)
sem.release(2)
print(repr(sem).endswith("value=2>"))
try:
    sem.release(0)
except ValueError as e:
    print(e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
bs = threading.BoundedSemaphore(1)
print(repr(bs).endswith("value=1/1>"))
try:
    bs.release()
except ValueError as e:
    print(e)
with bs:
    print("inside", repr(bs).endswith("value=0/1>"))

# at most 2 workers inside the semaphore at once
gate = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with gate:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(2000):
            pass
        with guard:
            inside[0] -= 1
ws = [threading.Thread(target=limited) for _ in range(6)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("peak <= 2:", peak[0] <= 2, inside[0])

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01), repr(ev).endswith(": unset>"))
def setter():
    ev.set()
st = threading.Thread(target=setter)
st.start()
print(ev.wait(10), ev.is_set(), repr(ev).endswith(": set>"))
st.join()
ev.clear()
print(ev.is_set())

# Barrier
barrier = threading.Barrier(3, timeout=10)
print(barrier.parties, barrier.n_waiting, barrier.broken)
arrivals = []
def arrive(i):
    idx = barrier.wait()
    arrivals.append(idx)
bts = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for t in bts:
    t.start()
for t in bts:
    t.join()
print(sorted(arrivals))
b2 = threading.Barrier(2)
b2.abort()
print(b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, issubclass(threading.BrokenBarrierError, RuntimeError))
b3 = threading.Barrier(2)
try:
    b3.wait(0.01)
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b3.reset()
print(b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
