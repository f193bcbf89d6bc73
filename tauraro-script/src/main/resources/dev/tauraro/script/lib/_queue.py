'''The parts of queue that CPython implements in C: the Empty exception and SimpleQueue.

SimpleQueue is an unbounded FIFO whose put never blocks. Here a list holds the items and a
semaphore counts them, so get() waits on the semaphore alone (its timeout included) and put() is
an append plus a release: safe to call from any thread, and re-entrantly from a __del__ or
signal handler, since it takes no lock a waiting get() could be holding.
'''
import threading as _threading


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self):
        # taken items are overwritten with None and dropped in bulk once they are the larger half
        self._slots = []
        self._first = 0
        self._ready = _threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; block and timeout exist for Queue compatibility only.'''
        self._slots.append(item)
        self._ready.release()

    def put_nowait(self, item):
        '''Put an item without blocking (the same as put).'''
        self.put(item, False)

    def get(self, block=True, timeout=None):
        '''Remove and return the oldest item, waiting up to timeout seconds if block is true.'''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._ready.acquire(block, timeout if block else None):
            raise Empty
        return self._take_first()

    def get_nowait(self):
        '''Remove and return an item if one is immediately available, else raise Empty.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty (not reliable while other threads use it).'''
        return self.qsize() == 0

    def qsize(self):
        '''Return the approximate number of items in the queue.'''
        return len(self._slots) - self._first

    def _take_first(self):
        slots, at = self._slots, self._first
        item = slots[at]
        slots[at] = None
        at += 1
        if at >= 64 and at * 2 >= len(slots):
            del slots[:at]
            at = 0
        self._first = at
        return item
