'''concurrent.futures.thread: ThreadPoolExecutor, written for this project from the Python 3.11
documentation of concurrent.futures and from the behaviour of CPython 3.11 observed in experiments.

Workers are script threads: a submitted function holds the script GIL while it runs Python code
and lets it go where CPython's would (time.sleep, lock, queue and event waits, joins), so blocking
work overlaps with the main thread and with a running asyncio loop (asyncio's run_in_executor,
to_thread, wrap_future and run_coroutine_threadsafe use this executor and the Future of _base).

Where tauraro differs from CPython: an executor that is never shut down keeps its idle workers
until the interpreter exits (there are no weak references to notice that it was dropped); they
are woken and joined at exit.
'''
import itertools
import os
import queue
import threading
from concurrent.futures._base import Executor, Future, BrokenExecutor, _complain

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


class BrokenThreadPool(BrokenExecutor):
    '''A ThreadPoolExecutor whose worker initializer raised.'''


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
