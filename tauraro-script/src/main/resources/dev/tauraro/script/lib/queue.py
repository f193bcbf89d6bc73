'''Synchronised queues for passing work between threads: Queue (FIFO), LifoQueue, PriorityQueue
and SimpleQueue (from _queue).

Queue, LifoQueue and PriorityQueue share one lock and three conditions on it (the public
attributes mutex, not_empty, not_full and all_tasks_done, which scripts sometimes hold to inspect
or clear .queue). Subclasses change only how items are stored, through the hooks _init, _qsize,
_put and _get, which are called with the lock held.
'''
import threading
from collections import deque
from heapq import heappop, heappush
from time import monotonic
from _queue import Empty, SimpleQueue

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(condition, is_ready, block, timeout, failure):
    """With condition's lock held, wait until is_ready() is true or raise failure.

    block false: no wait at all. timeout None: wait as long as it takes. Otherwise wait at most
    timeout seconds in total, however many wake-ups come in between (spurious or stolen ones).
    """
    if not block:
        if not is_ready():
            raise failure
        return
    if timeout is None:
        while not is_ready():
            condition.wait()
        return
    # a negative timeout is refused even when no wait would be needed
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = monotonic() + timeout
    while not is_ready():
        left = deadline - monotonic()
        if left <= 0:
            raise failure
        condition.wait(left)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue, waiting for a free slot if block is true (at most timeout
        seconds when it is not None) and raising Full when none comes.'''
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item, waiting for one if block is true (at most timeout seconds
        when it is not None) and raising Empty when none comes.'''
        with self.not_empty:
            _wait_until(self.not_empty, self._has_items, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item only if a free slot is immediately available, else raise Full.'''
        return self.put(item, False)

    def get_nowait(self):
        '''Remove and return an item only if one is immediately available, else raise Empty.'''
        return self.get(False)

    def task_done(self):
        '''Tell the queue that one formerly taken item has been fully processed; join() returns
        once every item put has been marked so.'''
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Block until every item put into the queue has been taken and marked task_done().'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable while other threads use it).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty (not reliable while other threads use it).'''
        with self.mutex:
            return not self._has_items()

    def full(self):
        '''Return True if the queue is full (not reliable while other threads use it).'''
        with self.mutex:
            return not self._has_room()

    # storage hooks, called with self.mutex held: a FIFO over a deque
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)
