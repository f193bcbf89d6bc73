"""unittest.suite: TestSuite, a composite of tests that also runs the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) as the tests pass from class to class.

The suite at the top of a run remembers, on the result, the class of the last test run; when the
next test belongs to another class (or module) the old one's tear-down runs and the new one's
set-up. A fixture that raises is reported as an error of a stand-in test named like
'setUpClass (module.Class)'; its tests are then not run."""

import sys
from unittest import case
from unittest.util import strclass

__all__ = ["BaseTestSuite", "TestSuite"]


class _ErrorHolder:
    """Stands for a fixture that failed (such as 'setUpClass (__main__.T)') in the result's lists."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    def __call__(self, result):
        return self.run(result)


class BaseTestSuite:
    """A list of tests (cases or suites) run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return list(other) == list(self)

    def __repr__(self):
        return f"<{strclass(type(self))} tests={list(self)}>"

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_single_test(test):
    """A test case rather than a suite: suites are the iterable tests."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _report_fixture_error(result, exc, label, exc_info=None):
    stand_in = _ErrorHolder(label)
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exc, case.SkipTest):
        add_skip(stand_in, str(exc))
    else:
        result.addError(stand_in, exc_info or sys.exc_info())


def _call_fixture(result, fixture, label):
    """Calls a set-up or tear-down; an exception is reported under label. True when none."""
    try:
        fixture()
    except Exception as exc:
        _report_fixture_error(result, exc, label)
        return False
    return True


def _run_class_cleanups(cls, result, label):
    run_them = getattr(cls, 'doClassCleanups', None)
    if run_them is None:
        return
    run_them()
    for exc_info in cls.tearDown_exceptions:
        _report_fixture_error(result, exc_info[1], label, exc_info)


def _module_of(cls):
    return None if cls is None else cls.__module__


class TestSuite(BaseTestSuite):
    """A suite that runs setUpClass/tearDownClass and setUpModule/tearDownModule around its tests."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if _is_single_test(test) and not self._enter_fixtures_of(test, result):
                continue
            test(result)
        if outermost:
            self._leave_class(getattr(result, '_previousTestClass', None), result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_fixtures_of(self, test, result):
        """Moves the fixtures from the previous test's class and module to test's. False when
        test must not run because its class or module set-up failed."""
        previous = getattr(result, '_previousTestClass', None)
        current = type(test)
        if current != previous:
            self._leave_class(previous, result)
            if _module_of(previous) != current.__module__:
                self._leave_module(result)
                self._enter_module(current.__module__, result)
            self._enter_class(current, result)
        result._previousTestClass = current
        return not (getattr(current, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def _enter_module(self, name, result):
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if set_up is None:
            return
        label = f'setUpModule ({name})'
        if not _call_fixture(result, set_up, label):
            result._moduleSetUpFailed = True
            _call_fixture(result, case.doModuleCleanups, label)

    def _leave_module(self, result):
        name = _module_of(getattr(result, '_previousTestClass', None))
        if name is None or getattr(result, '_moduleSetUpFailed', False):
            return
        label = f'tearDownModule ({name})'
        tear_down = getattr(sys.modules.get(name), 'tearDownModule', None)
        if tear_down is not None:
            _call_fixture(result, tear_down, label)
        _call_fixture(result, case.doModuleCleanups, label)

    def _enter_class(self, cls, result):
        if getattr(result, '_moduleSetUpFailed', False) or getattr(cls, '__unittest_skip__', False):
            return
        cls._classSetupFailed = False
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        label = f'setUpClass ({strclass(cls)})'
        if not _call_fixture(result, set_up, label):
            cls._classSetupFailed = True
            _run_class_cleanups(cls, result, label)

    def _leave_class(self, cls, result):
        if cls is None or getattr(cls, '__unittest_skip__', False):
            return
        if getattr(cls, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
            return
        label = f'tearDownClass ({strclass(cls)})'
        tear_down = getattr(cls, 'tearDownClass', None)
        if tear_down is not None:
            _call_fixture(result, tear_down, label)
        _run_class_cleanups(cls, result, label)
