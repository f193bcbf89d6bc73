'''concurrent.futures._base: the Future, wait(), as_completed() and the Executor base shared by
the thread and process executors, written for this project from the Python 3.11 documentation of
concurrent.futures and from the behaviour of CPython 3.11 observed in experiments.

Where tauraro differs from CPython: failures that CPython sends to the 'concurrent.futures'
logger (a done callback that raises, a failing thread initializer) are printed on stderr without
the logging module, so there is no LOGGER.
'''
import collections
import queue
import sys
import threading
import time
# BrokenExecutor (a RuntimeError) is made in Java, where the multiprocessing pool raises its
# subclass BrokenProcessPool for a worker that died.
from _concurrent_futures import BrokenExecutor


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


# ------------------------------------------------------------------------------- Future

# Life of a future:  PENDING -> RUNNING -> FINISHED
#                    PENDING -> CANCELLED -> CANCELLED_AND_NOTIFIED
# The upper-case names show in InvalidStateError messages; repr uses the lower-case word.
# A cancelled future only counts as complete for wait() and as_completed() once whoever would
# have run it called set_running_or_notify_cancel() (CPython behaves the same way).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'


class Future:
    '''The eventual outcome of a call: a result, an exception, or a cancellation.'''
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self):
        self._lock = threading.Condition()
        self._state = PENDING
        self._value = None
        self._error = None
        self._callbacks = []
        # queues of wait()/as_completed() calls that want this future once it completes
        self._watchers = []

    def __repr__(self):
        head = f'<{type(self).__name__} at {hex(id(self))} state='
        with self._lock:
            if self._state == FINISHED:
                if self._error is not None:
                    return f'{head}finished raised {type(self._error).__name__}>'
                return f'{head}finished returned {type(self._value).__name__}>'
            if self._state == CANCELLED_AND_NOTIFIED:
                return f'{head}cancelled>'
            return f'{head}{self._state.lower()}>'

    # -- queries

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _complete(self):
        '''Complete as far as wait() and as_completed() are concerned.'''
        return self._state in (CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        '''Called with the lock held once done(): the result, or raise what the future holds.'''
        if self._state != FINISHED:
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
            if self._state != FINISHED:
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
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._lock.notify_all()
        self._settled()
        return True

    def set_running_or_notify_cancel(self):
        with self._lock:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._tell_watchers()
                return False
            state = self._state
        _complain(f'Future {id(self)} in unexpected state: {state}')
        raise RuntimeError('Future in unexpected state')

    def _finish(self, value, error):
        with self._lock:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._value = value
            self._error = error
            self._state = FINISHED
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
    return f._state == FINISHED and f._error is not None


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
