"""unittest.main: TestProgram, the command line of a test module (unittest.main()).

It reads the options (-v, -q, --locals, -f, -c, -b, -k and test names) from argv, loads the
named tests (or every test of the module), runs them with a TextTestRunner and, unless
exit=False, exits with status 0 when they all passed and 1 otherwise."""

import argparse
import os
import sys
from unittest import loader, runner

__all__ = ["main", "TestProgram"]

# the help's examples, as CPython prints them; %(prog)s is the program's name
_COMMAND_EXAMPLES = """Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""
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


def _convert_name(name):
    """A test file's path given on the command line as the dotted name of its module."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            relative = os.path.relpath(name, os.getcwd())
            if os.path.isabs(relative) or relative.startswith(os.pardir):
                return name
            name = relative
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _common_options(cli, switches):
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


def _command_line(prog, switches, module_given=True):
    """The parser of a test module's command line, or of `python -m unittest`'s (module_given=False),
    whose help also shows the discover subcommand's."""
    if module_given:
        cli = argparse.ArgumentParser(prog=prog, epilog=_USAGE_EXAMPLES % {'prog': prog},
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    else:
        cli = argparse.ArgumentParser(prog=prog)

        def print_help(file=None):
            print(cli.format_help())
            print(_COMMAND_EXAMPLES % {'prog': prog})
            _discovery_command_line(prog, switches).print_help()
        cli.print_help = print_help
    _common_options(cli, switches)
    cli.add_argument('tests', nargs='*',
                     help='a list of any number of test modules, classes and test methods.')
    return cli


def _discovery_command_line(prog, switches):
    cli = argparse.ArgumentParser(prog=f'{prog} discover', epilog='For test discovery all test modules must be '
                                  'importable from the top level directory of the project.')
    _common_options(cli, switches)
    cli.add_argument('-s', '--start-directory', dest='start', help="Directory to start discovery ('.' default)")
    cli.add_argument('-p', '--pattern', dest='pattern', help="Pattern to match tests ('test*.py' default)")
    cli.add_argument('-t', '--top-level-directory', dest='top',
                     help='Top level directory of project (defaults to start directory)')
    for name in ('start', 'pattern', 'top'):
        cli.add_argument(name, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
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
        discovery = None
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            options = discovery = _discovery_command_line(self.progName, open_switches).parse_args(argv[2:])
        else:
            options = _command_line(self.progName, open_switches, self.module is not None).parse_args(argv[1:])
            if self.module is None and not options.tests:
                discovery = options   # `python -m unittest` alone discovers from the working directory
        self._apply(options, open_switches)
        if discovery is not None:
            self.start = getattr(discovery, 'start', None) or '.'
            self.pattern = getattr(discovery, 'pattern', None) or 'test*.py'
            self.top = getattr(discovery, 'top', None)
            self.createTests(from_discovery=True)
            return
        self.testNames = [_convert_name(n) for n in options.tests] or self._default_names()
        self.createTests()

    def _apply(self, options, open_switches):
        if options.verbosity is not None:
            self.verbosity = options.verbosity
        if options.tb_locals:
            self.tb_locals = True
        for _flags, dest, _text in open_switches:
            setattr(self, dest, getattr(options, dest))
        if options.testNamePatterns:
            self.testNamePatterns = options.testNamePatterns

    def createTests(self, from_discovery=False):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            self.test = self.testLoader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
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
