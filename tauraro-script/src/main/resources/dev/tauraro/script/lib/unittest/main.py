"""unittest.main: TestProgram, the command line of a test module (unittest.main()).

It reads the options (-v, -q, --locals, -f, -c, -b, -k and test names) from argv, loads the
named tests (or every test of the module), runs them with a TextTestRunner and, unless
exit=False, exits with status 0 when they all passed and 1 otherwise."""

import argparse
import os
import sys
from unittest import loader, runner

__all__ = ["main", "TestProgram"]

# the help's epilog, as CPython prints it; %(prog)s is the script's name
_USAGE_EXAMPLES = """Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# (flags, destination, help) of the switches offered only when the program left them None
_SWITCHES = (
    (('-f', '--failfast'), 'failfast', 'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak', 'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', 'Buffer stdout and stderr during tests'),
)


def _as_glob(text):
    """-k takes a substring unless it already is a wildcard pattern."""
    return text if '*' in text else f'*{text}*'


def _command_line(prog, switches):
    cli = argparse.ArgumentParser(prog=prog, epilog=_USAGE_EXAMPLES % {'prog': prog},
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                     help='Verbose output')
    cli.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                     help='Quiet output')
    cli.add_argument('--locals', dest='tb_locals', action='store_true',
                     help='Show local variables in tracebacks')
    for flags, dest, text in switches:
        cli.add_argument(*flags, dest=dest, action='store_true', help=text)
    cli.add_argument('-k', dest='testNamePatterns', action='append', type=_as_glob,
                     help='Only run tests which match the given substring')
    cli.add_argument('tests', nargs='*',
                     help='a list of any number of test modules, classes and test methods.')
    return cli


def _resolve_module(module):
    if not isinstance(module, str):
        return module
    found = sys.modules.get(module)
    return found if found is not None else __import__(module)


class TestProgram:
    """Loads the tests of a module (or the names given on the command line) and runs them."""

    module = None
    verbosity = 1
    failfast = None
    catchbreak = None
    buffer = None
    progName = None
    warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0]) if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _default_names(self):
        if self.defaultTest is None:
            return None
        if isinstance(self.defaultTest, str):
            return (self.defaultTest,)
        return list(self.defaultTest)

    def parseArgs(self, argv):
        # a setting the program gave explicitly is not an option of its command line
        open_switches = [s for s in _SWITCHES if getattr(self, s[1]) is None]
        options = _command_line(self.progName, open_switches).parse_args(argv[1:])
        if options.verbosity is not None:
            self.verbosity = options.verbosity
        if options.tb_locals:
            self.tb_locals = True
        for _flags, dest, _text in open_switches:
            setattr(self, dest, getattr(options, dest))
        if options.testNamePatterns:
            self.testNamePatterns = options.testNamePatterns
        self.testNames = options.tests or self._default_names()
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _runner(self):
        chosen = runner.TextTestRunner if self.testRunner is None else self.testRunner
        if not isinstance(chosen, type):
            return chosen
        try:
            return chosen(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                          warnings=self.warnings, tb_locals=self.tb_locals)
        except TypeError:
            # a runner class that does not take these settings
            return chosen()

    def runTests(self):
        self.result = self._runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
