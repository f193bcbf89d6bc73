"""unittest.loader: TestLoader, which finds the test methods of TestCase classes (by the 'test'
prefix, sorted by name) and builds suites from classes, modules and dotted names.

A name that cannot be resolved does not stop the loading: it becomes a test that, when run,
errors with the exception the lookup raised, and the loader's errors list gets a line about it
(as CPython does). Directory discovery (discover) is absent."""

import fnmatch
import functools
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
