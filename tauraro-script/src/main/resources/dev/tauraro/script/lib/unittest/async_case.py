"""unittest.async_case: IsolatedAsyncioTestCase, whose test methods, asyncSetUp, asyncTearDown and
async cleanups run as coroutines on one event loop made for each test (asyncio.Runner)."""

import asyncio
import inspect
from unittest.case import TestCase

__all__ = ["IsolatedAsyncioTestCase"]


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase for coroutines: setUp, asyncSetUp, the test, asyncTearDown, tearDown, all in one
    event loop that is closed after the test's cleanups."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                            f"asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs))
        return func(*args, **kwargs)

    def run(self, result=None):
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return super().run(result)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None

    def debug(self):
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            super().debug()
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None
