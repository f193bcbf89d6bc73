'''concurrent.futures for tauraro scripts, written for this project from the Python 3.11
documentation of the module and from the behaviour of CPython 3.11 observed in experiments.

It is built over the script threading and queue modules. ThreadPoolExecutor workers are script
threads: a submitted function holds the script GIL while it runs Python code and lets it go where
CPython's would (time.sleep, lock, queue and event waits, joins), so blocking work overlaps with
the main thread and with a running asyncio loop (asyncio's run_in_executor, to_thread,
wrap_future and run_coroutine_threadsafe use the Future and executors defined here).

Where tauraro differs from CPython:
- failures that CPython sends to the 'concurrent.futures' logger (a done callback that raises, a
  failing thread initializer) are printed on stderr without the logging module;
- an executor that is never shut down keeps its idle workers until the interpreter exits (there
  are no weak references to notice that it was dropped); they are woken and joined at exit;
- ProcessPoolExecutor runs on the script multiprocessing.Pool (workers with their own module
  state, copied arguments and results); its map checks chunksize but does not batch (the results
  are the same), a submitted call only becomes "running" once its outcome is back, and
  BrokenProcessPool is never raised (a worker cannot die abruptly);
- everything lives in this one module: there are no concurrent.futures._base / .thread / .process
  submodules.
'''
import collections
import itertools
import os
import queue
import sys
import threading
import time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')

# The three values of wait()'s return_when are plain strings, as in CPython.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _complain(message, exc=None):
    '''Stands in for CPython's module logger: the message, then the exception's type and text.'''
    print(message, file=sys.stderr)
    if exc is not None:
        print(f'{type(exc).__name__}: {exc}', file=sys.stderr)


# ------------------------------------------------------------------------------- exceptions

class Error(Exception):
    '''Base of this module's own exceptions (the documented ones derive from it).'''


class CancelledError(Error):
    '''The outcome of a future that was cancelled.'''


class InvalidStateError(Error):
    '''An operation that the future's current state does not allow (e.g. a second set_result).'''


# Since Python 3.11 the module's TimeoutError is the built-in one.
TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    '''An executor that can no longer run work.'''


class BrokenThreadPool(BrokenExecutor):
    '''A ThreadPoolExecutor whose worker initializer raised.'''


class BrokenProcessPool(BrokenExecutor):
    '''A ProcessPoolExecutor whose worker died (never raised by tauraro: see the module doc).'''


# ------------------------------------------------------------------------------- Future

# Life of a future:  PENDING -> RUNNING -> FINISHED
#                    PENDING -> CANCELLED -> CANCELLED_AND_NOTIFIED
# The upper-case names show in InvalidStateError messages; repr uses the lower-case word.
# A cancelled future only counts as complete for wait() and as_completed() once whoever would
# have run it called set_running_or_notify_cancel() (CPython behaves the same way).
_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Future:
    '''The eventual outcome of a call: a result, an exception, or a cancellation.'''

    def __init__(self):
        self._lock = threading.Condition()
        self._state = _PENDING
        self._value = None
        self._error = None
        self._callbacks = []
        # queues of wait()/as_completed() calls that want this future once it completes
        self._watchers = []

    def __repr__(self):
        head = f'<{type(self).__name__} at {hex(id(self))} state='
        with self._lock:
            if self._state == _FINISHED:
                if self._error is not None:
                    return f'{head}finished raised {type(self._error).__name__}>'
                return f'{head}finished returned {type(self._value).__name__}>'
            if self._state == _NOTIFIED:
                return f'{head}cancelled>'
            return f'{head}{self._state.lower()}>'

    # -- queries

    def cancelled(self):
        return self._state in (_CANCELLED, _NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _NOTIFIED, _FINISHED)

    def _complete(self):
        '''Complete as far as wait() and as_completed() are concerned.'''
        return self._state in (_NOTIFIED, _FINISHED)

    def _outcome(self):
        '''Called with the lock held once done(): the result, or raise what the future holds.'''
        if self._state != _FINISHED:
            raise CancelledError()
        if self._error is not None:
            raise self._error
        return self._value

    def _await_done(self, timeout):
        '''Called with the lock held: block until done(), at most timeout seconds.'''
        if not self.done():
            self._lock.wait(timeout)
            if not self.done():
                raise TimeoutError()

    def result(self, timeout=None):
        with self._lock:
            self._await_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        with self._lock:
            self._await_done(timeout)
            if self._state != _FINISHED:
                raise CancelledError()
            return self._error

    # -- callbacks

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception as exc:
            _complain(f'exception calling callback for {self!r}', exc)

    def add_done_callback(self, fn):
        with self._lock:
            if not self.done():
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def _settled(self):
        '''After a transition to a done state (lock released): run the callbacks once.'''
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._call_back(fn)

    def _tell_watchers(self):
        '''With the lock held, when the future becomes complete for wait()/as_completed().'''
        for q in self._watchers:
            q.put(self)

    def _watch(self, q):
        '''Register q to receive this future when it completes; True if it already has.'''
        with self._lock:
            if self._complete():
                return True
            self._watchers.append(q)
            return False

    def _unwatch(self, q):
        with self._lock:
            if q in self._watchers:
                self._watchers.remove(q)

    # -- for executors (and tests)

    def cancel(self):
        with self._lock:
            if self._state in (_CANCELLED, _NOTIFIED):
                return True
            if self._state != _PENDING:
                return False
            self._state = _CANCELLED
            self._lock.notify_all()
        self._settled()
        return True

    def set_running_or_notify_cancel(self):
        with self._lock:
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            if self._state == _CANCELLED:
                self._state = _NOTIFIED
                self._tell_watchers()
                return False
            state = self._state
        _complain(f'Future {id(self)} in unexpected state: {state}')
        raise RuntimeError('Future in unexpected state')

    def _finish(self, value, error):
        with self._lock:
            if self._state in (_CANCELLED, _NOTIFIED, _FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._value = value
            self._error = error
            self._state = _FINISHED
            self._tell_watchers()
            self._lock.notify_all()
        self._settled()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


# ------------------------------------------------------------------------------- wait, as_completed

DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _failed(f):
    return f._state == _FINISHED and f._error is not None


def _enough(done, total, return_when):
    '''Whether wait() can return with these futures complete.'''
    if len(done) == total:
        return True
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION:
        return any(_failed(f) for f in done)
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    '''Block until the futures fs meet return_when (or timeout seconds pass); returns the named
    pair (done, not_done) of sets.'''
    fs = set(fs)
    done = {f for f in fs if f._complete()}
    if _enough(done, len(fs), return_when):
        return DoneAndNotDoneFutures(done, fs - done)
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return condition: {return_when!r}')
    deadline = None if timeout is None else time.monotonic() + timeout
    arrivals = queue.Queue()
    try:
        for f in fs - done:
            if f._watch(arrivals):
                done.add(f)
        while not _enough(done, len(fs), return_when):
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            try:
                done.add(arrivals.get(timeout=left))
            except queue.Empty:
                break
    finally:
        for f in fs:
            f._unwatch(arrivals)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    '''Yield the futures fs (each once) as they complete, those already complete first; raise
    TimeoutError if some are still unfinished timeout seconds after the first next().'''
    fs = set(fs)
    total = len(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    arrivals = queue.Queue()
    waiting = set()
    ready = []
    for f in fs:
        if f._watch(arrivals):
            ready.append(f)
        else:
            waiting.add(f)
    try:
        yield from ready
        while waiting:
            left = None if deadline is None else deadline - time.monotonic()
            try:
                if left is not None and left <= 0:
                    raise queue.Empty
                f = arrivals.get(timeout=left)
            except queue.Empty:
                raise TimeoutError(f'{len(waiting)} (of {total}) futures unfinished') from None
            if f in waiting:
                waiting.discard(f)
                yield f
    finally:
        for f in waiting:
            f._unwatch(arrivals)


# ------------------------------------------------------------------------------- Executor

class Executor:
    '''Base of the executors: submit() is theirs, map() and the context manager are shared.'''

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        '''Like map(fn, *iterables) with the calls submitted at once; the results come back in
        order. Leaving the iteration early cancels the calls not started yet.'''
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _in_order(futures, deadline):
    '''The generator behind Executor.map.'''
    index = 0
    try:
        while index < len(futures):
            f = futures[index]
            index += 1
            if deadline is None:
                yield f.result()
            else:
                yield f.result(deadline - time.monotonic())
    finally:
        for f in futures[index:]:
            f.cancel()


# ------------------------------------------------------------------------------- threads

# Every ThreadPoolExecutor not shut down yet, so that the interpreter's exit can wake and join
# their workers; _exiting refuses new work from then on.
_open_pools = set()
_registry_lock = threading.Lock()
_exiting = False
_pool_numbers = itertools.count()


def _at_exit():
    global _exiting
    with _registry_lock:
        _exiting = True
        pools = list(_open_pools)
    for pool in pools:
        pool._stop_workers()
    for pool in pools:
        pool._join_workers()


# The script threading runs this just before it joins the non-daemon threads (the workers), as
# CPython's does for its own executor: without it an idle worker would keep the process alive.
threading._register_atexit(_at_exit)

# Queue item that tells one worker to leave.
_STOP = None


class ThreadPoolExecutor(Executor):
    '''Runs the submitted calls on up to max_workers script threads, started when needed.'''

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # the documented default: enough threads for I/O-bound work, at most 32
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{next(_pool_numbers)}'
        self._initializer = initializer
        self._initargs = initargs
        self._jobs = queue.Queue()
        self._threads = []
        self._idle = threading.Semaphore(0)  # one permit per worker waiting for a job
        self._lock = threading.Lock()
        self._closed = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = Future()
            self._jobs.put((future, fn, args, kwargs))
            self._add_worker_if_needed()
            return future

    def _add_worker_if_needed(self):
        # an idle worker will take the job; otherwise start one while under the limit
        if self._idle.acquire(blocking=False):
            return
        if len(self._threads) >= self._max_workers:
            return
        name = f'{self._thread_name_prefix}_{len(self._threads)}'
        worker = threading.Thread(name=name, target=self._work)
        worker.start()
        self._threads.append(worker)
        with _registry_lock:
            _open_pools.add(self)

    def _work(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                _complain('Exception in initializer:', exc)
                self._break()
                return
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            future, fn, args, kwargs = job
            del job
            if future.set_running_or_notify_cancel():
                try:
                    outcome = fn(*args, **kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(outcome)
            del future, fn, args, kwargs
            self._idle.release()

    def _break(self):
        '''A worker's initializer failed: no more work, and what is queued fails.'''
        with self._lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for future, fn, args, kwargs in self._take_queued():
                if future.set_running_or_notify_cancel():
                    future.set_exception(BrokenThreadPool(self._broken))

    def _take_queued(self):
        '''Remove and return the jobs nobody started (stop markers are dropped).'''
        jobs = []
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return jobs
            if job is not _STOP:
                jobs.append(job)

    def _stop_workers(self):
        # queued after any remaining jobs, so those still run first
        for _ in self._threads:
            self._jobs.put(_STOP)

    def _join_workers(self):
        for t in self._threads:
            t.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._closed = True
            if cancel_futures:
                for future, fn, args, kwargs in self._take_queued():
                    future.cancel()
            self._stop_workers()
        with _registry_lock:
            _open_pools.discard(self)
        if wait:
            self._join_workers()


# ------------------------------------------------------------------------------- processes

class ProcessPoolExecutor(Executor):
    '''The documented API over the script multiprocessing.Pool: each worker has its own copy of
    the module state; arguments and results are copied, as with processes.'''

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

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            if self._pool is None:
                import multiprocessing
                self._pool = multiprocessing.Pool(self._max_workers, self._initializer,
                                                  self._initargs, self._max_tasks_per_child)
            future = Future()
            self._in_flight.add(future)

        # The pool calls one of these on its result thread; the future goes through "running"
        # only then, since the pool does not tell when a worker starts the call.
        def arrived(value):
            self._landed(future)
            if future.set_running_or_notify_cancel():
                future.set_result(value)

        def raised(exc):
            self._landed(future)
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)

        self._pool.apply_async(fn, args, kwargs, callback=arrived, error_callback=raised)
        return future

    def _landed(self, future):
        with self._lock:
            self._in_flight.discard(future)

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
