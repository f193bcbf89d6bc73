"""multiprocessing.pool: the process ``Pool`` and ``ThreadPool``, the same interface run by threads.

``Pool`` is the multiprocessing module's own (workers with copied module state). ``ThreadPool``
runs tasks on threads of this interpreter: they share the caller's objects (nothing is copied)
and take turns under the GIL, as in CPython, so it suits I/O-bound functions.

Differences from CPython: ``terminate()`` cannot stop a task that is running on a thread (no more
can CPython's); it discards the tasks not yet started and the workers end after their current one.
"""

import os
import threading
import queue

import multiprocessing as _mp
from multiprocessing import Pool, TimeoutError

__all__ = ["Pool", "ThreadPool"]

INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"


class AsyncResult:
    """The outcome of ``apply_async`` (and, as ``MapResult``, of ``map_async``)."""

    def __init__(self, callback=None, error_callback=None):
        self._finished = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._ok = None
        self._value = None

    def _deliver(self, ok, value):
        self._ok, self._value = ok, value
        hook = self._callback if ok else self._error_callback
        if hook is not None:
            hook(value)
        self._finished.set()

    def ready(self):
        return self._finished.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._ok

    def wait(self, timeout=None):
        self._finished.wait(timeout)

    def get(self, timeout=None):
        if not self._finished.wait(timeout):
            raise TimeoutError
        if self._ok:
            return self._value
        raise self._value


ApplyResult = AsyncResult


class MapResult(AsyncResult):
    """A ``map_async`` outcome: a list once every chunk is in, or the first chunk's error."""

    def __init__(self, chunks, length, callback, error_callback):
        super().__init__(callback, error_callback)
        self._lock = threading.Lock()
        self._items = [None] * length
        self._pending = chunks
        if chunks == 0:
            self._deliver(True, [])

    def _chunk_done(self, start, ok, values):
        with self._lock:
            if self._pending <= 0:
                return  # already failed
            if not ok:
                self._pending = 0
            else:
                self._items[start:start + len(values)] = values
                self._pending -= 1
            finished = self._pending == 0
        if finished:
            if ok:
                self._deliver(True, self._items)
            else:
                self._deliver(False, values)


class IMapIterator:
    """The results of ``imap`` in input order (``imap_unordered``: in completion order)."""

    def __init__(self, ordered):
        self._ordered = ordered
        self._ready = threading.Condition(threading.Lock())
        self._arrived = {}      # chunk index -> (ok, values), ordered only
        self._queue = []        # (ok, value) waiting to be handed out
        self._next_chunk = 0
        self._chunks = None     # known once every chunk has been submitted

    def _chunk_done(self, index, ok, values):
        with self._ready:
            if self._ordered:
                self._arrived[index] = (ok, values)
                while self._next_chunk in self._arrived:
                    self._hand_out(*self._arrived.pop(self._next_chunk))
            else:
                self._hand_out(ok, values)
            self._ready.notify_all()

    def _hand_out(self, ok, values):
        self._next_chunk += 1
        if ok:
            self._queue.extend((True, v) for v in values)
        else:
            self._queue.append((False, values))

    def _set_length(self, chunks):
        with self._ready:
            self._chunks = chunks
            self._ready.notify_all()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._ready:
            if not self._ready.wait_for(self._has_next, timeout):
                raise TimeoutError
            if not self._queue:
                raise StopIteration
            ok, value = self._queue.pop(0)
        if ok:
            return value
        raise value

    __next__ = next

    def _has_next(self):
        return bool(self._queue) or (self._chunks is not None and self._next_chunk >= self._chunks)


IMapUnorderedIterator = IMapIterator


def _chunks(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class ThreadPool:
    """A pool of worker threads with ``multiprocessing.Pool``'s interface."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._size = processes
        self._jobs = queue.SimpleQueue()
        self._state = RUN
        self._workers = []
        for _ in range(processes):
            t = threading.Thread(target=self._work, args=(initializer, initargs), daemon=True)
            self._workers.append(t)
            t.start()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (
            type(self).__module__, type(self).__qualname__, self._state, self._size)

    def _work(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job()

    def _submit(self, job):
        if self._state != RUN:
            raise ValueError("Pool not running")
        self._jobs.put(job)

    @staticmethod
    def _run_chunk(func, items, star):
        try:
            return True, [func(*i) if star else func(i) for i in items]
        except BaseException as e:
            return False, e

    # -- single calls

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        result = AsyncResult(callback, error_callback)

        def job():
            try:
                value = func(*args, **kwds)
            except BaseException as e:
                result._deliver(False, e)
            else:
                result._deliver(True, value)
        self._submit(job)
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    # -- maps

    def _map_async(self, func, iterable, chunksize, star, callback, error_callback):
        if self._state != RUN:
            raise ValueError("Pool not running")
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._size * 4)
            if extra:
                chunksize += 1
        chunksize = max(chunksize, 1)
        batches = list(_chunks(items, chunksize))
        result = MapResult(len(batches), len(items), callback, error_callback)
        for n, batch in enumerate(batches):
            start = n * chunksize
            self._submit(lambda batch=batch, start=start:
                         result._chunk_done(start, *self._run_chunk(func, batch, star)))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, True, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, False, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, True, None, None).get()

    def _imap(self, func, iterable, chunksize, ordered):
        if self._state != RUN:
            raise ValueError("Pool not running")
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        it = IMapIterator(ordered)
        n = 0
        for n, batch in enumerate(_chunks(iterable, chunksize), 1):
            self._submit(lambda batch=batch, index=n - 1:
                         it._chunk_done(index, *self._run_chunk(func, batch, False)))
        it._set_length(n)
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    # -- ending

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._workers:
                self._jobs.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        while True:  # tasks not yet started are dropped
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        for _ in self._workers:
            self._jobs.put(None)
        # As CPython's terminate(): the workers have ended (each after its current task) when it
        # returns, so nothing they print or change comes after the pool's end.
        me = threading.current_thread()
        for t in self._workers:
            if t is not me:
                t.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._workers:
            t.join()

    def __enter__(self):
        if self._state != RUN:
            raise ValueError("Pool not running")
        return self

    def __exit__(self, *exc):
        self.terminate()
