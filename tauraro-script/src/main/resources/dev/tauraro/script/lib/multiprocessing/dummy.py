"""multiprocessing.dummy: multiprocessing's interface over threads (``Pool`` is a ThreadPool)."""

import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier
from threading import current_thread as current_process
from queue import Queue

from multiprocessing.pool import ThreadPool

__all__ = ["Process", "current_process", "active_children", "freeze_support", "Lock", "RLock",
           "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier", "Queue", "Pool",
           "JoinableQueue"]

JoinableQueue = Queue
Process = threading.Thread


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


def active_children():
    return [t for t in threading.enumerate() if t is not threading.main_thread()]


def freeze_support():
    pass
