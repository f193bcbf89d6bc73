"""unittest.async_case: IsolatedAsyncioTestCase, whose test methods, asyncSetUp, asyncTearDown and
async cleanups run as coroutines on one event loop made for each test (an asyncio.Runner in debug
mode, closed after the test's cleanups)."""

import asyncio
import inspect
from unittest.case import TestCase

__all__ = ["IsolatedAsyncioTestCase"]


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase for coroutines: setUp, asyncSetUp, the test, asyncTearDown, tearDown, then the
    cleanups, all on the test's own event loop."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # stored as an ordinary cleanup: _callCleanup sees it is a coroutine function
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        kind = type(cm)
        if not (hasattr(kind, '__aenter__') and hasattr(kind, '__aexit__')):
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the "
                            f"asynchronous context manager protocol")
        entered = await kind.__aenter__(cm)
        self.addAsyncCleanup(kind.__aexit__, cm, None, None, None)
        return entered

    def _on_loop(self, func, *args, **kwargs):
        """Calls func; a coroutine function is run to its end on the test's loop."""
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs))
        return func(*args, **kwargs)

    def _callSetUp(self):
        self.setUp()
        self._on_loop(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._on_loop(method)

    def _callTearDown(self):
        self._on_loop(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._on_loop(function, *args, **kwargs)

    def _with_loop(self, body, *args):
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return body(*args)
        finally:
            runner, self._asyncioRunner = self._asyncioRunner, None
            runner.close()

    def run(self, result=None):
        return self._with_loop(super().run, result)

    def debug(self):
        self._with_loop(super().debug)
