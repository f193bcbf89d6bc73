# unittest: TestCase fixtures, skips, expected failures, subTest, the text runner's report
import unittest, sys, io, re


def report(text):
    # the run time and the script's directory vary: normalise them
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", text)
    print(re.sub(r'File "[^"]*/', 'File "', text))


class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.x = 1
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_equal(self):
        """Equal values pass."""
        self.assertEqual(self.x, 1)

    def test_fail(self):
        self.assertEqual(1, 3)

    def test_error(self):
        raise ValueError("boom")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("from inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_sub_msg(self):
        with self.subTest("msg", k="v"):
            raise KeyError("k")

    def helper(self):
        return "not a test"


def run(cls, verbosity=1, **kw):
    s = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    r = unittest.TextTestRunner(stream=s, verbosity=verbosity, **kw).run(suite)
    report(s.getvalue())
    print(r.wasSuccessful(), r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
          len(r.expectedFailures), len(r.unexpectedSuccesses))
    return r


r = run(Basic)
print([str(t) for t, _ in r.skipped], [reason for _, reason in r.skipped])
run(Basic, 2)
run(Basic, 0)
run(Basic, failfast=True)


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never")

    def test_a(self):
        pass


run(Skipped, 2)


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no fixture")

    def test_a(self):
        print("never")


run(BadSetUpClass)


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp broke")

    def test_a(self):
        print("never")


run(BadSetUp)


class AllGood(unittest.TestCase):
    def test_one(self):
        self.assertIn(1, [1, 2])

    def test_two(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")


run(AllGood)

# a test case on its own, a suite, FunctionTestCase
t = Basic("test_equal")
print(t, repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(Basic("test_fail") == Basic("test_fail"), Basic("test_fail") == t)
try:
    Basic("nope")
except ValueError as e:
    print(e)
res = unittest.TestResult()
Basic("test_fail").run(res)
print(res, res.failures[0][0])
suite = unittest.TestSuite([Basic("test_equal"), Basic("test_skip")])
suite.addTest(unittest.FunctionTestCase(lambda: None, description="a function"))
print(suite.countTestCases())
s = io.StringIO()
unittest.TextTestRunner(stream=s, verbosity=2).run(suite)
report(s.getvalue())
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
print(unittest.defaultTestLoader.getTestCaseNames(Basic))

# unittest.main: exit=False, and the exit status through SystemExit
old = sys.stderr
sys.stderr = io.StringIO()
prog = unittest.main(argv=["prog", "AllGood"], exit=False)
captured = sys.stderr.getvalue()
sys.stderr = old
report(captured)
print(prog.result.wasSuccessful())
for argv in (["prog", "AllGood"], ["prog", "Basic.test_fail"], ["prog", "-k", "one"], ["prog", "-q", "AllGood"],
             ["prog", "Nope"]):
    sys.stderr = io.StringIO()
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        code = e.code
    captured = sys.stderr.getvalue()
    sys.stderr = old
    report(captured)
    print("exit status", code)
