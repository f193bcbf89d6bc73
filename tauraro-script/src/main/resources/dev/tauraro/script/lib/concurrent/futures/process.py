'''concurrent.futures.process: ProcessPoolExecutor, written for this project from the Python 3.11
documentation of concurrent.futures and from the behaviour of CPython 3.11 observed in experiments.

It runs on the script multiprocessing.Pool: each worker has its own copy of the module state, and
arguments and results are copied, as with processes. A worker that dies while it runs a call
(os._exit in the call, or a Java Error escaping it) breaks the executor as in CPython: every
future not finished yet fails with BrokenProcessPool, the other workers are stopped, and submit()
raises BrokenProcessPool from then on.

Where tauraro differs from CPython: map checks chunksize but does not batch (the results are the
same); a submitted call only becomes "running" once its outcome is back; a worker is a thread,
so it cannot be killed by a signal from outside, and a worker that dies while idle is only noticed
by the pool it belongs to (which replaces it), not by the executor.
'''
import os
import threading
from concurrent.futures._base import Executor, Future
from concurrent.futures import thread as _threads
# A subclass of _base.BrokenExecutor, made in Java: the multiprocessing pool fails the call that a
# dying worker was running with it.
from _concurrent_futures import BrokenProcessPool

# What the futures pending when a worker died fail with, and what submit() raises afterwards.
_DIED_WHILE_PENDING = ('A process in the process pool was terminated abruptly while the future was '
                       'running or pending.')
_NOT_USABLE = 'A child process terminated abruptly, the process pool is not usable anymore'


class ProcessPoolExecutor(Executor):
    '''The documented API over the script multiprocessing.Pool.'''

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError('max_tasks_per_child must be an integer')
            if max_tasks_per_child <= 0:
                raise ValueError('max_tasks_per_child must be >= 1')
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None          # the multiprocessing.Pool, made by the first submit
        self._in_flight = set()    # futures whose outcome has not come back yet
        self._lock = threading.Lock()
        self._closed = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(_NOT_USABLE)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _threads._exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            if self._pool is None:
                import multiprocessing
                self._pool = multiprocessing.Pool(self._max_workers, self._initializer,
                                                  self._initargs, self._max_tasks_per_child)
            future = Future()
            self._in_flight.add(future)

        # The pool calls one of these on the worker that ran the call; the future goes through
        # "running" only then, since the pool does not tell when a worker starts the call.
        def arrived(value):
            if self._landed(future) and future.set_running_or_notify_cancel():
                future.set_result(value)

        def raised(exc):
            if isinstance(exc, BrokenProcessPool):
                self._break()
            elif self._landed(future) and future.set_running_or_notify_cancel():
                future.set_exception(exc)

        self._pool.apply_async(fn, args, kwargs, callback=arrived, error_callback=raised)
        return future

    def _landed(self, future):
        '''Whether the future still waited for its outcome (not failed by _break meanwhile).'''
        with self._lock:
            if future not in self._in_flight:
                return False
            self._in_flight.discard(future)
            return True

    def _break(self):
        '''A worker died: fail everything unfinished and stop the other workers, as CPython does.'''
        with self._lock:
            if self._broken:
                return
            self._broken = True
            unfinished, self._in_flight = self._in_flight, set()
            pool = self._pool
        for future in unfinished:
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenProcessPool(_DIED_WHILE_PENDING))
        pool.terminate()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._closed = True
            if cancel_futures:
                # a call already handed to the pool cannot be withdrawn; cancel() succeeds for
                # the futures not marked running, and their outcome is then dropped
                for future in list(self._in_flight):
                    future.cancel()
            pool = self._pool
        if pool is not None:
            pool.close()
            if wait:
                pool.join()
