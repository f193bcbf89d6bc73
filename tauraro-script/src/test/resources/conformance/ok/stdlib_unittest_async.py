# unittest.IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups on one loop per test
import unittest, asyncio, io, re

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        events.append("asyncSetUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_sleep(self):
        await asyncio.sleep(0.01)
        self.assertIs(asyncio.get_running_loop(), self.loop)
        events.append("test_sleep")

    async def test_gather(self):
        async def double(x):
            await asyncio.sleep(0)
            return 2 * x
        self.assertEqual(await asyncio.gather(double(1), double(2)), [2, 4])
        events.append("test_gather")

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(await asyncio.sleep(0, result=1), 2)

    async def test_raises(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), 0.01)
        events.append("test_raises")

    async def test_cleanup(self):
        async def close():
            events.append("async cleanup")
        self.addAsyncCleanup(close)

    def test_sync(self):
        events.append("test_sync")


s = io.StringIO()
result = unittest.TextTestRunner(stream=s, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests))
# the status lines; not the tracebacks, where CPython shows frames of asyncio's own code
print(s.getvalue().split("=" * 70)[0])
print(s.getvalue().splitlines()[-1])
for test, text in result.failures:
    print(test, text.splitlines()[-1])
for e in events:
    print(e)
print(result.wasSuccessful())
