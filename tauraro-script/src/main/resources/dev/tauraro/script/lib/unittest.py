"""unittest: Python's unit testing framework, written for tauraro-script from the unittest
documentation and CPython 3.11's observed output (its modules are unittest.case, .suite, .loader,
.result, .runner, .main, .async_case and .mock).

Differences from CPython: tracebacks in failure reports are tauraro's (the same frames and
lines; no ^^^ markers); discovery takes directories, not dotted package names."""

from unittest.result import TestResult
from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure,
                           addModuleCleanup, doModuleCleanups, enterModuleContext)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.main import main, TestProgram
from unittest.runner import TextTestRunner, TextTestResult

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']



def __getattr__(name):
    # imported on first use, as CPython does: it brings in asyncio
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from unittest.async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
