# concurrent.futures beyond the basics: Future reprs in every state, the state errors, callbacks
# that raise, wait()'s and as_completed()'s edge cases, map's early exit, thread names, the default
# worker count, the base Executor and the argument checks of both executors.
import os
import re
import threading
import concurrent.futures as cf


def shown(f):
    return re.sub(r"0x[0-9a-f]+", "0x?", repr(f))


pending = cf.Future()
print(shown(pending))
running = cf.Future()
print(running.set_running_or_notify_cancel(), shown(running), running.cancel(), running.running())
ok = cf.Future()
ok.set_result(3)
print(shown(ok), ok.result(timeout=0), ok.exception())
none = cf.Future()
none.set_result(None)
print(shown(none))
bad = cf.Future()
bad.set_exception(KeyError("k"))
print(shown(bad), repr(bad.exception()))
try:
    bad.result()
except KeyError as e:
    print("raised", repr(e))
gone = cf.Future()
print(gone.cancel(), gone.cancel(), shown(gone), gone.done(), gone.running())
for call in (gone.result, gone.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))

# the state errors name the state
for f, value in ((ok, 1), (gone, 2)):
    try:
        f.set_result(value)
    except cf.InvalidStateError as e:
        print("InvalidStateError", re.sub(r"0x[0-9a-f]+", "0x?", str(e)))
try:
    bad.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(str(e).split(":")[0])
print(gone.set_running_or_notify_cancel(), shown(gone))
try:
    gone.set_result(1)
except cf.InvalidStateError as e:
    print(str(e).split(":")[0])
for f in (running, ok):
    try:
        f.set_running_or_notify_cancel()
    except RuntimeError as e:
        print("RuntimeError", e)
# a pending future can be given its result without running
direct = cf.Future()
direct.set_result("direct")
print(direct.result(), direct.running())

# timeouts are the built-in TimeoutError, without a message
for call in (pending.result, pending.exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)

# a callback that raises does not stop the next ones (the error goes to stderr)
calls = []


def boom(f):
    calls.append("boom")
    raise ValueError("in callback")


cb = cf.Future()
cb.add_done_callback(boom)
cb.add_done_callback(lambda f: calls.append(("next", f.result())))
cb.set_result(5)
cb.add_done_callback(boom)
cancelled_cb = cf.Future()
cancelled_cb.add_done_callback(lambda f: calls.append(("cancelled", f.cancelled())))
cancelled_cb.cancel()
print(calls)

# exception classes
print([c.__name__ for c in cf.CancelledError.__mro__])
print([c.__name__ for c in cf.InvalidStateError.__mro__])
print([c.__name__ for c in cf.BrokenExecutor.__mro__])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED, sorted(cf.__all__))

# wait: empty, already done, a cancelled future counts once it was notified, bad return_when
print(cf.wait([]), list(cf.as_completed([])))
res = cf.wait([ok, ok, bad])
print(type(res).__name__, res._fields, len(res.done), len(res.not_done))
print(len(cf.wait([ok, pending], timeout=0).done), len(cf.wait([bad, pending], return_when=cf.FIRST_EXCEPTION).done))
print(len(cf.wait([ok, pending], return_when=cf.FIRST_COMPLETED).done))
late = cf.Future()
late.cancel()
print("not notified", len(cf.wait([late, pending], timeout=0.01, return_when=cf.FIRST_COMPLETED).done))
late.set_running_or_notify_cancel()
print("notified", len(cf.wait([late, pending], timeout=0.01, return_when=cf.FIRST_COMPLETED).done))
print("cancelled is no exception", len(cf.wait([late, pending], timeout=0.01, return_when=cf.FIRST_EXCEPTION).done))
try:
    cf.wait([pending], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError", e)
print(len(cf.wait([ok], return_when="SOMETIMES").done))

# as_completed: each future once, the timeout counts the unfinished ones
print(len(list(cf.as_completed([ok, ok, bad]))))
other = cf.Future()
try:
    for f in cf.as_completed([ok, pending, other, pending], timeout=0.02):
        print("got", f is ok)
except TimeoutError as e:
    print("TimeoutError", e)
# a future completed by another thread while as_completed waits
later = cf.Future()
threading.Timer(0.02, later.set_result, ("later",)).start()
print([f.result() for f in cf.as_completed([later], timeout=5)])

# map: results in order, zip semantics, early exit cancels what has not started
gate = threading.Event()
started = threading.Event()


def hold(x):
    if x == 0:
        started.set()
        gate.wait()
    return x


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    print(list(ex.map(pow, [2, 3, 4], [1, 2])), list(ex.map(abs, [-1, -2], chunksize=7)))
    it = ex.map(hold, range(4))
    started.wait()
    gate.set()
    print(next(it))
    it.close()
    print("closed early")
    r = ex.submit(lambda **kw: kw, fn=1, self=2)
    print(r.result())

# thread names and the default worker count
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="crew") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with cf.ThreadPoolExecutor() as ex:
    print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
    print(re.sub(r"-\d+_", "-N_", ex.submit(lambda: threading.current_thread().name).result()))

# initializer arguments reach every worker
seen = []
with cf.ThreadPoolExecutor(max_workers=1, initializer=seen.append, initargs=("init",)) as ex:
    ex.submit(seen.append, "work").result()
print(seen)

# the base Executor
try:
    cf.Executor().submit(abs, 1)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
with cf.Executor() as base:
    print(type(base).__name__, base.shutdown())

# argument checks
for make in (lambda: cf.ThreadPoolExecutor(-1), lambda: cf.ThreadPoolExecutor(initializer=3),
             lambda: cf.ProcessPoolExecutor(initializer="x"),
             lambda: cf.ProcessPoolExecutor(max_tasks_per_child=0),
             lambda: cf.ProcessPoolExecutor(max_tasks_per_child=1.5)):
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pool = cf.ProcessPoolExecutor(1)
try:
    pool.map(abs, [1], chunksize=0)
except ValueError as e:
    print("ValueError", e)
pool.shutdown()
stopped = cf.ThreadPoolExecutor(1)
stopped.shutdown()
stopped.shutdown()
try:
    stopped.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError", e)

# an executor never shut down: the interpreter's exit waits for its queued work, then ends
finish = threading.Event()
forgotten = cf.ThreadPoolExecutor(max_workers=1)
forgotten.submit(lambda: finish.wait() and print("queued work ran at exit"))
print("end of main")
finish.set()
