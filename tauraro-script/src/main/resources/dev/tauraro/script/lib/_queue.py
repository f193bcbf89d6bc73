'''C-level parts of the queue module in CPython: Empty and SimpleQueue.'''
import threading as _threading
from time import monotonic as _time


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._items = []
        self._head = 0
        self._count = _threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; never blocks (block and timeout are ignored).'''
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 64 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._items) == self._head

    def qsize(self):
        return len(self._items) - self._head
