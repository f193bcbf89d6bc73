"""unittest.main: TestProgram, the command line of a test module (unittest.main())."""

import argparse
import os
import sys
from unittest import loader, runner

__all__ = ["main", "TestProgram"]

_EXAMPLES = """Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _pattern(arg):
    return arg if '*' in arg else '*%s*' % arg


class TestProgram:
    """Loads the tests of a module (or the names given on the command line), runs them and, unless
    exit=False, exits with status 0 when they all passed and 1 otherwise."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module] if module in sys.modules else __import__(module)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0]) if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        parser = argparse.ArgumentParser(prog=self.progName, epilog=_EXAMPLES % {'prog': self.progName},
                                         formatter_class=argparse.RawDescriptionHelpFormatter)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                            help='Stop on first fail or error')
        parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                            help='Catch Ctrl-C and display results so far')
        parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                            help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns', action='append', type=_pattern,
                            help='Only run tests which match the given substring')
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def parseArgs(self, argv):
        args = self._parser().parse_args(argv[1:])
        if args.verbosity is not None:
            self.verbosity = args.verbosity
        for name in ('tb_locals', 'failfast', 'catchbreak', 'buffer'):
            if getattr(args, name) and getattr(self, name) in (None, False):
                setattr(self, name, True)
        if args.testNamePatterns:
            self.testNamePatterns = args.testNamePatterns
        if args.tests:
            self.testNames = args.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        testRunner = self.testRunner if self.testRunner is not None else runner.TextTestRunner
        if isinstance(testRunner, type):
            try:
                testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                        warnings=self.warnings, tb_locals=self.tb_locals)
            except TypeError:
                testRunner = testRunner()
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
