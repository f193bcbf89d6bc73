"""unittest.loader: TestLoader, which finds the test methods of TestCase classes (by the 'test'
prefix, sorted by name) and builds suites from classes, modules and dotted names.

A name that cannot be resolved does not stop the loading: it becomes a test that, when run,
errors with the exception the lookup raised, and the loader's errors list gets a line about it
(as CPython does). discover finds the test modules under a directory, as `python -m unittest`
does with no test names."""

import fnmatch
import functools
import os
import re
import sys
import traceback
from unittest import case, suite

__all__ = ["TestLoader", "defaultTestLoader"]


def _three_way(a, b):
    return (a > b) - (a < b)


class _FailedTest(case.TestCase):
    """A test name that could not be loaded: running it raises what loading raised."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # only reached for names the instance lacks: the test method is made up on demand
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def raise_load_error():
            raise self._exception
        return raise_load_error


def _trace_of(exc):
    return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _is_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


_MODULE_FILE = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)   # what discovery can import


def _skipped_module(name, exc, suite_class):
    """A module that raised SkipTest when imported: one skipped test in its place."""
    @case.skip(str(exc))
    def testSkipped(self):
        pass
    return suite_class((type("ModuleSkipped", (case.TestCase,), {name: testSkipped})(name),))


class TestLoader:
    """Builds suites of tests; testMethodPrefix, sortTestMethodsUsing, suiteClass and
    testNamePatterns tune how."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def _unloadable(self, name, exc, headline):
        self.errors.append(headline + _trace_of(exc))
        return self.suiteClass((_FailedTest(name, exc),))

    def getTestCaseNames(self, testCaseClass):
        """The names of testCaseClass's test methods, in the order they are run."""
        def wanted(name):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            qualified = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
            return any(fnmatch.fnmatchcase(qualified, p) for p in self.testNamePatterns)
        found = list(filter(wanted, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            found.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return found

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(list(map(testCaseClass, names)))

    def loadTestsFromModule(self, module, *, pattern=None):
        found = self.suiteClass([self.loadTestsFromTestCase(getattr(module, attr))
                                 for attr in dir(module) if _is_case_class(getattr(module, attr))])
        hook = getattr(module, 'load_tests', None)
        return found if hook is None else hook(self, found, pattern)

    _top_level_dir = None

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules under start_dir whose file names match pattern, and of the packages
        (directories with __init__.py) there and below; a package with load_tests loads its own. Each is
        imported by its dotted name from top_level_dir (start_dir unless given), which joins sys.path."""
        if top_level_dir is None:
            top_level_dir = start_dir if self._top_level_dir is None else self._top_level_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start = os.path.abspath(start_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if start != top_level_dir and not os.path.isfile(os.path.join(start, '__init__.py')):
            raise ImportError('Start directory is not importable: %r' % start)
        self._loading_packages = set()
        return self.suiteClass(list(self._find_tests(start, pattern)))

    def _name_of(self, path):
        """The dotted module name of a path under the top-level directory ('.' for that directory)."""
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_level_dir)
        if os.path.isabs(relative) or relative.startswith('..'):
            raise ImportError(f'Path must be within the project: {path!r}')
        return relative.replace(os.path.sep, '.')

    def _find_tests(self, directory, pattern):
        name = self._name_of(directory)
        if name != '.' and name not in self._loading_packages:
            tests, recurse = self._tests_at(directory, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            tests, recurse = self._tests_at(path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._name_of(path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _tests_at(self, path, pattern):
        """(the tests of the module or package at path or None, whether to look inside it)."""
        if os.path.isfile(path):
            base = os.path.basename(path)
            if not _MODULE_FILE.match(base) or not fnmatch.fnmatch(base, pattern):
                return None, False
        elif not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False
        name = self._name_of(path)
        try:
            __import__(name)
            module = sys.modules[name]
        except case.SkipTest as exc:
            return _skipped_module(name, exc, self.suiteClass), False
        except BaseException:
            message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
            self.errors.append(message)
            return self.suiteClass((_FailedTest(name, ImportError(message)),)), False
        if os.path.isfile(path):
            return self.loadTestsFromModule(module, pattern=pattern), False
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(module, pattern=pattern)
        finally:
            self._loading_packages.discard(name)
        return tests, getattr(module, 'load_tests', None) is None

    def _import_longest(self, parts):
        """Imports the longest importable prefix of the dotted name; (module, names left)."""
        for cut in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:cut])), parts[1:]
            except ImportError:
                if cut == 1:
                    raise
        raise ImportError('empty name')

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            try:
                module, parts = self._import_longest(parts)
            except ImportError as exc:
                return self._unloadable(name, exc, f'Failed to import test module: {name}\n')
        owner, obj = None, module
        for part in parts:
            try:
                owner, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                return self._unloadable(part, exc, 'Failed to access attribute:\n')
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if _is_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if _is_case_class(owner) and callable(obj):
            return self.suiteClass([owner(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, (suite.TestSuite, case.TestCase)):
            return made
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()
