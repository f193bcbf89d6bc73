'''concurrent.futures for tauraro scripts, written for this project from the Python 3.11
documentation of the package and from the behaviour of CPython 3.11 observed in experiments.

A package, as CPython's: concurrent.futures._base holds Future, wait, as_completed and Executor,
concurrent.futures.thread ThreadPoolExecutor and BrokenThreadPool, concurrent.futures.process
ProcessPoolExecutor and BrokenProcessPool (see their docs for where they differ from CPython).
The two executors are imported on first use, as in CPython.
'''
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __getattr__(name):
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor
        return ProcessPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
