# unittest: how a run is reported — nested subtests, failfast, expected failures inside subtests,
# failing class fixtures, cleanups, verbosity 0/1/2, unexpected successes
import io
import re
import sys
import unittest


def run(*classes, verbosity=2, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue())
    text = re.sub(r'File "[^"]*", line \d+, in (\w+)', r'File F, line L, in \1', text)
    text = "\n".join(l for l in text.splitlines() if not l.strip().startswith(('self.', 'raise', 'with', 'for', '1 /')) and '^' not in l)
    print(text)
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


class Nested(unittest.TestCase):
    def test_nested(self):
        for i in range(2):
            with self.subTest(i=i):
                for j in range(2):
                    with self.subTest("inner", j=j, k=0):
                        self.assertNotEqual((i, j), (1, 0))

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i):
                pass

    def test_error_in_sub(self):
        with self.subTest(kind="err"):
            {}["missing"]
        print("after the subtest")

    def test_skip_in_sub(self):
        with self.subTest(n=1):
            self.skipTest("not this one")
        with self.subTest(n=2):
            pass


class FailFast(unittest.TestCase):
    def test_a(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_b(self):
        pass


class XFail(unittest.TestCase):
    @unittest.expectedFailure
    def test_sub_xfail(self):
        with self.subTest(x=1):
            self.assertEqual(1, 2)
        print("never printed")

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.expectedFailure
    def test_setup_ok_teardown_fails(self):
        self.fail("expected")

    def tearDown(self):
        if self._testMethodName == 'test_setup_ok_teardown_fails':
            raise ValueError("tear down broke")


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup ran")
        raise RuntimeError("no class today")

    def test_never(self):
        print("never")


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("gone")

    def test_fine(self):
        pass


class SkippedClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("whole class skipped")

    def test_x(self):
        pass


@unittest.skip("decorated class")
class SkippedClass(unittest.TestCase):
    def test_y(self):
        pass


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(self._boom)

    def _boom(self):
        raise OSError("cleanup failed")

    def test_runs(self):
        print("test body")

    def test_setup_fail_still_cleans(self):
        pass


run(Nested)
run(FailFast, failfast=True)
run(FailFast, verbosity=1)
run(FailFast, verbosity=0)
run(XFail)
run(XFail, verbosity=1)
run(BadClass, BadTearDownClass, SkippedClassSetUp, SkippedClass)
run(Cleanups)
import warnings
warnings.simplefilter('ignore')   # CPython warns about the missing add* methods

# a result without addSubTest / addSkip / addExpectedFailure
class Plain:
    shouldStop = False
    failfast = False
    def __init__(self): self.log = []
    def startTest(self, t): self.log.append('start')
    def stopTest(self, t): self.log.append('stop')
    def addSuccess(self, t): self.log.append('success')
    def addFailure(self, t, e): self.log.append(('failure', e[0].__name__))
    def addError(self, t, e): self.log.append(('error', e[0].__name__))

for name in ('test_sub_xfail', 'test_xpass'):
    p = Plain()
    XFail(name).run(p)
    print(name, p.log)
p = Plain()
Nested('test_error_in_sub').run(p)
print(p.log)

# TestCase.run() without a result, doCleanups' return value, debug()
t = Cleanups('test_runs')
r = t.run()
print(type(r).__name__, r.testsRun, len(r.errors))
c = Cleanups('test_runs')
c.addCleanup(lambda: None)
print(c.doCleanups())
try:
    Nested('test_error_in_sub').debug()
except KeyError as e:
    print("debug raised", repr(e))
try:
    SkippedClass('test_y').debug()
except unittest.SkipTest as e:
    print("debug skip", e)
print(unittest.FunctionTestCase(lambda: None, description="d").shortDescription())
print(Nested('test_nested') == Nested('test_nested'), Nested('test_nested') == Nested('test_all_pass'))
print(repr(unittest.TestSuite([Nested('test_nested')])))
print(unittest.TestSuite([Nested('test_nested'), unittest.TestSuite([FailFast('test_a')])]).countTestCases())
try:
    unittest.TestSuite().addTest(Nested)
except TypeError as e:
    print(e)
try:
    unittest.TestSuite("abc")
except TypeError as e:
    print(e)
try:
    Nested('test_nope')
except ValueError as e:
    print(e)
