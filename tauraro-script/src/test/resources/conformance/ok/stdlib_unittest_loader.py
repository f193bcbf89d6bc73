# unittest: TestLoader by class, module and dotted name (bad names become erroring tests),
# method prefix, sorting and -k patterns; unittest.main(exit=False) with argv and a runner instance
import io
import re
import sys
import unittest
import __main__


class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    def helper(self):
        pass

    test_attr = 5


class R(unittest.TestCase):
    def runTest(self):
        pass


def make():
    return unittest.TestSuite([T('test_a')])


def bad():
    return 5


ldr = unittest.TestLoader()
print(ldr.getTestCaseNames(T))
for n in ['T', 'T.test_a', 'make', 'nothere', 'T.nope']:
    s = ldr.loadTestsFromName(n, __main__)
    print(n, s, s.countTestCases())
try:
    ldr.loadTestsFromName('bad', __main__)
except TypeError as e:
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
try:
    ldr.loadTestsFromName('T.test_attr', __main__)
except TypeError as e:
    print(e)
print([e.splitlines()[0] for e in ldr.errors], [e.splitlines()[-1] for e in ldr.errors])
s = ldr.loadTestsFromNames(['nothere', 'T.test_b'], __main__)
r = unittest.TextTestRunner(stream=io.StringIO()).run(s)
print(r.errors[0][0], r.errors[0][1].splitlines()[-1], r.testsRun)
print(unittest.TestLoader().loadTestsFromName('unittest.TestCase'))
ldr.testNamePatterns = ['*test_b*']
print(ldr.getTestCaseNames(T))
ldr2 = unittest.TestLoader()
ldr2.sortTestMethodsUsing = None
print(sorted(ldr2.getTestCaseNames(T)))
ldr2.testMethodPrefix = 'check'
print(ldr2.getTestCaseNames(T))
ldr3 = unittest.TestLoader()
ldr3.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(ldr3.getTestCaseNames(T))
try:
    ldr.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)
print(ldr.loadTestsFromTestCase(R))


def load_tests(loader, tests, pattern):
    print("load_tests", tests.countTestCases(), pattern)
    return tests


print(unittest.defaultTestLoader.loadTestsFromModule(__main__).countTestCases())

for argv in (['prog'], ['prog', '-v', 'T'], ['prog', '-k', 'test_a'], ['prog', '-q', 'T.test_b', 'R']):
    out = io.StringIO()
    prog = unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
    print(argv, re.sub(r'in \d+\.\d+s', 'in T', out.getvalue()), prog.result.wasSuccessful(), prog.verbosity)
    unittest.defaultTestLoader.testNamePatterns = None
prog = unittest.main(argv=['prog', '-f', '-b'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.failfast, prog.buffer, prog.catchbreak, prog.tb_locals, prog.progName, prog.testNames)
try:
    unittest.main(argv=['prog'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
for kwargs, argv in (({'failfast': False, 'catchbreak': None}, ['prog', '--locals', '-c']),
                     ({'buffer': False}, ['prog']),
                     ({'failfast': True}, ['prog', '-f'])):
    try:
        prog = unittest.main(argv=argv, exit=False, defaultTest=[], **kwargs,
                             testRunner=unittest.TextTestRunner(stream=io.StringIO()))
        print(prog.failfast, prog.buffer, prog.catchbreak, prog.tb_locals)
    except SystemExit as e:
        print("exit", e.code)
