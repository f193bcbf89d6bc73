# concurrent.futures is a package with the submodules CPython has: _base, thread and process.
import concurrent
import concurrent.futures
import concurrent.futures._base as base
import concurrent.futures.thread as thread
import concurrent.futures.process as process
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool

print(concurrent.futures.__all__)
print(concurrent.futures.Future is base.Future, concurrent.futures.wait is base.wait)
print(concurrent.futures.ThreadPoolExecutor is thread.ThreadPoolExecutor)
print(concurrent.futures.ProcessPoolExecutor is process.ProcessPoolExecutor)
print(concurrent.futures.thread is thread, concurrent.futures.process is process, concurrent.futures._base is base)
for cls in (base.Future, base.Executor, base.Error, base.CancelledError, base.InvalidStateError, base.BrokenExecutor,
            ThreadPoolExecutor, BrokenThreadPool, ProcessPoolExecutor, BrokenProcessPool):
    print(cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__[1:]])
print(base.TimeoutError is TimeoutError, concurrent.futures.CancelledError is base.CancelledError)
print(concurrent.futures.InvalidStateError is base.InvalidStateError)
print(base.PENDING, base.RUNNING, base.CANCELLED, base.CANCELLED_AND_NOTIFIED, base.FINISHED)
print(base.FIRST_COMPLETED, base.FIRST_EXCEPTION, base.ALL_COMPLETED)
print(base.DoneAndNotDoneFutures._fields)
f = base.Future()
f.set_result(1)
print(type(base.wait([f])).__name__)
print(base.wait([f]).done == {f})
try:
    concurrent.futures.NoSuchThing
except AttributeError as e:
    print(e)
e = BrokenThreadPool('x')
print(isinstance(e, base.BrokenExecutor), isinstance(e, RuntimeError), repr(e))
print(repr(BrokenProcessPool('y')), str(BrokenProcessPool('y')))
