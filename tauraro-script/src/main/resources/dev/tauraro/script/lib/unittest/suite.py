"""unittest.suite: TestSuite, a composite of tests that also runs the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) as the tests pass from class to class."""

import sys
from unittest import case
from unittest.util import strclass

__all__ = ["BaseTestSuite", "TestSuite"]


def _is_test_case(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder:
    """Stands for a fixture that failed (such as 'setUpClass (__main__.T)') in the result's lists."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class BaseTestSuite:
    """A list of tests (cases or suites) run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

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


class TestSuite(BaseTestSuite):
    """A suite that runs setUpClass/tearDownClass and setUpModule/tearDownModule around its tests."""

    def run(self, result, debug=False):
        topLevel = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = topLevel = True
        for test in self:
            if result.shouldStop:
                break
            if _is_test_case(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            test(result)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        setUpClass = getattr(currentClass, 'setUpClass', None)
        if setUpClass is None:
            return
        try:
            setUpClass()
        except Exception as e:
            currentClass._classSetupFailed = True
            className = strclass(currentClass)
            self._addFixtureError(result, e, 'setUpClass (%s)' % className)
            doClassCleanups = getattr(currentClass, 'doClassCleanups', None)
            if doClassCleanups is not None:
                doClassCleanups()
                for exc_info in currentClass.tearDown_exceptions:
                    self._addFixtureError(result, exc_info[1], 'setUpClass (%s)' % className, exc_info)

    def _previousModule(self, result):
        previousClass = getattr(result, '_previousTestClass', None)
        return previousClass.__module__ if previousClass is not None else None

    def _handleModuleFixture(self, test, result):
        previousModule = self._previousModule(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is None:
            return
        try:
            setUpModule()
        except Exception as e:
            result._moduleSetUpFailed = True
            self._addFixtureError(result, e, 'setUpModule (%s)' % currentModule)
            try:
                case.doModuleCleanups()
            except Exception as e:
                self._addFixtureError(result, e, 'setUpModule (%s)' % currentModule)

    def _addFixtureError(self, result, exception, description, info=None):
        error = _ErrorHolder(description)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, case.SkipTest):
            addSkip(error, str(exception))
        else:
            result.addError(error, info if info else sys.exc_info())

    def _handleModuleTearDown(self, result):
        previousModule = self._previousModule(result)
        if previousModule is None or getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(previousModule)
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._addFixtureError(result, e, 'tearDownModule (%s)' % previousModule)
        try:
            case.doModuleCleanups()
        except Exception as e:
            self._addFixtureError(result, e, 'tearDownModule (%s)' % previousModule)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = type(test)
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        className = strclass(previousClass)
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                self._addFixtureError(result, e, 'tearDownClass (%s)' % className)
        doClassCleanups = getattr(previousClass, 'doClassCleanups', None)
        if doClassCleanups is not None:
            doClassCleanups()
            for exc_info in previousClass.tearDown_exceptions:
                self._addFixtureError(result, exc_info[1], 'tearDownClass (%s)' % className, exc_info)
