# concurrent.futures.ThreadPoolExecutor: submit, map (with a timeout), as_completed, wait in its
# three modes, exceptions, cancellation, shutdown(cancel_futures=True), the context manager, a
# failing initializer and the Future API on its own. Ordering comes from events, never from sleeps.
import concurrent.futures
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Future,
                                ThreadPoolExecutor, as_completed, wait)


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.exception())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    g = ex.submit(fail, 3)
    try:
        g.result()
    except ValueError as e:
        print("ValueError", e, type(g.exception()).__name__)
    print(sorted(h.result() for h in as_completed([ex.submit(square, i) for i in range(6)])))
    r = ex.submit(lambda a, b=0: a + b, 1, b=2)
    print("keywords", r.result())

# map stops at the first failure, in submission order
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        out.append(type(e).__name__)
    print(out)

# a result that never comes: map's timeout and as_completed's timeout raise TimeoutError
gate = threading.Event()


def blocked(x):
    gate.wait()
    return x


ex = ThreadPoolExecutor(max_workers=2)
try:
    list(ex.map(blocked, [1], timeout=0.05))
except TimeoutError as e:
    print("map timeout", type(e).__name__, e.__class__ is concurrent.futures.TimeoutError)
pending = [ex.submit(blocked, 2)]
try:
    for _ in as_completed(pending, timeout=0.05):
        pass
except TimeoutError as e:
    print("as_completed:", e)
done, not_done = wait(pending, timeout=0.05)
print("wait timeout", len(done), len(not_done))
try:
    pending[0].result(timeout=0.01)
except TimeoutError:
    print("result timeout")
gate.set()
print(pending[0].result())
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# wait's modes
with ThreadPoolExecutor(max_workers=3) as ex:
    release = threading.Event()
    slow = ex.submit(lambda: release.wait() and "slow")
    quick = ex.submit(square, 3)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print("first completed", done == {quick}, not_done == {slow})
    bad = ex.submit(fail, 1)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print("first exception", done == {bad}, not_done == {slow})
    release.set()
    res = wait([slow, quick, bad], return_when=ALL_COMPLETED)
    print("all completed", len(res.done), len(res.not_done), res.done == {slow, quick, bad})
    print(type(res).__name__, slow.result())

# shutdown(cancel_futures=True) cancels what has not started; one worker is busy meanwhile
started = threading.Event()
release = threading.Event()


def busy():
    started.set()
    release.wait()
    return "busy done"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(busy)
started.wait()
queued = [ex.submit(square, i) for i in range(3)]
print("running", first.running(), [q.running() for q in queued])
print("cancel one", queued[0].cancel(), queued[0].cancelled(), queued[0].done())
ex.shutdown(wait=False, cancel_futures=True)
print([q.cancelled() for q in queued])
try:
    queued[1].result()
except concurrent.futures.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
release.set()
ex.shutdown(wait=True)
print(first.result(), first.cancel())

# done callbacks run in the thread that completes the future, or at once if done
log = []
fut = Future()
fut.add_done_callback(lambda f: log.append(("cb", f.result())))
print(fut.set_running_or_notify_cancel(), fut.running())
fut.set_result(42)
fut.add_done_callback(lambda f: log.append(("late", f.result())))
print(log)
try:
    fut.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError", str(e).startswith("FINISHED: <Future at"))
fut2 = Future()
print(fut2.cancel(), fut2.cancelled(), fut2.set_running_or_notify_cancel())

# a failing initializer breaks the pool
def init_fail():
    raise OSError("no init")


with ThreadPoolExecutor(max_workers=1, initializer=init_fail) as ex:
    f = ex.submit(square, 2)
    try:
        f.result()
    except concurrent.futures.thread.BrokenThreadPool if hasattr(concurrent.futures, "thread") else Exception as e:
        print(type(e).__name__, e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)

print("end of main")
