"""unittest.case: TestCase, its assertion methods, skipping and expected failures, subTest.

Written for tauraro-script from the unittest documentation and the output CPython 3.11 prints
for the same tests. A test runs in stages: setUp, the test method, tearDown, then the cleanups.
An exception in a stage is reported on the result (a failure when it is the test's
failureException, else an error) and the later stages are left out, except the cleanups, which
always run. The bookkeeping of one run lives in a _Ledger, which subTest shares."""

import sys
import re
import contextlib
from unittest.util import safe_repr, strclass, _common_shorten_repr, _count_diff

__all__ = ["TestCase", "FunctionTestCase", "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext"]

# the tail of a message whose diff is longer than maxDiff (the text CPython prints)
_TOO_LONG = '\nDiff is %d characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raised by a test (or skipTest) to skip it; the argument is the reason shown."""


class _AbandonTest(Exception):
    """Ends a test from inside a subTest block: failfast after a failing subtest, or the failure
    an @expectedFailure test was waiting for has happened."""


def _report_skip(result, test, reason):
    hook = getattr(result, 'addSkip', None)
    if hook is None:
        result.addSuccess(test)
    else:
        hook(test, reason)


def _report_problem(result, test, exc_info):
    if result is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Ledger:
    """The state of one run of one test: its result, how many stages went wrong (failed, errored
    or skipped), and the exception caught while an expected failure was awaited."""

    def __init__(self, result, awaiting_failure=False):
        self.result = result
        self.awaiting_failure = awaiting_failure
        self.in_method = False
        self.setbacks = 0
        self.expected_exc_info = None
        self.subtests_supported = hasattr(result, 'addSubTest')

    @property
    def clean(self):
        return self.setbacks == 0

    def absorb(self, test, exc_info, subtest=False):
        """Records an exception that ended a stage; KeyboardInterrupt is not absorbed."""
        kind, exc = exc_info[0], exc_info[1]
        if isinstance(exc, KeyboardInterrupt):
            raise exc
        if isinstance(exc, _AbandonTest):
            return
        if isinstance(exc, SkipTest):
            self.setbacks += 1
            _report_skip(self.result, test, str(exc))
            return
        if self.in_method and self.awaiting_failure:
            self.expected_exc_info = exc_info
            return
        self.setbacks += 1
        if subtest:
            self.result.addSubTest(test.test_case, test, exc_info)
        else:
            _report_problem(self.result, test, exc_info)

    def attempt(self, test, function, *args, **kwargs):
        """Calls function; an exception it raises is absorbed. True when it returned normally."""
        try:
            function(*args, **kwargs)
        except BaseException:
            self.absorb(test, sys.exc_info())
            return False
        return True


def _skip_marks(owner, why):
    owner.__unittest_skip__ = True
    owner.__unittest_skip_why__ = why
    return owner


def _skipping_function(func, why):
    def skipped(*args, **kwargs):
        raise SkipTest(why)
    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        if hasattr(func, attr):
            setattr(skipped, attr, getattr(func, attr))
    return skipped


def skip(reason):
    """Skips the decorated test (or every test of the decorated class) unconditionally."""
    if callable(reason):   # used bare, as @skip
        return skip('')(reason)

    def mark(item):
        if isinstance(item, type):
            return _skip_marks(item, reason)
        return _skip_marks(_skipping_function(item, reason), reason)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skips the decorated test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Marks a test whose failure is expected: its failure is not counted, its success is."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _all_subclasses_of(candidate, base):
    items = candidate if isinstance(candidate, tuple) else (candidate,)
    return all(isinstance(c, type) and issubclass(c, base) for c in items)


def _display_name(thing):
    try:
        return thing.__name__
    except AttributeError:
        return str(thing)


class _Catcher:
    """What assertRaises/assertWarns (and their Regex forms) return or run the callable in."""

    wanted_base = BaseException
    wanted_text = 'an exception type or tuple of exception types'
    missing_word = 'raised'

    def __init__(self, wanted, test_case, pattern=None):
        self.expected = wanted
        self.test_case = test_case
        self.expected_regex = None if pattern is None else re.compile(pattern)
        self.msg = None
        self._callee = None

    def start(self, caller, args, kwargs):
        if not _all_subclasses_of(self.expected, self.wanted_base):
            raise TypeError('%s() arg 1 must be %s' % (caller, self.wanted_text))
        if not args:
            # the context manager form: msg is the one keyword it takes
            self.msg = kwargs.pop('msg', None)
            for extra in kwargs:
                raise TypeError('%r is an invalid keyword argument for this function' % (extra,))
            return self
        target = args[0]
        self._callee = _display_name(target)
        with self:
            target(*args[1:], **kwargs)
        return None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def _fail_missing(self):
        what = _display_name(self.expected)
        if self._callee:
            self._fail("%s not %s by %s" % (what, self.missing_word, self._callee))
        self._fail("%s not %s" % (what, self.missing_word))

    def _fail_mismatch(self, text):
        self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, text))

    def _matches(self, text):
        return self.expected_regex is None or self.expected_regex.search(text) is not None


class _RaisesCatcher(_Catcher):

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self._fail_missing()
        if not issubclass(kind, self.expected):
            return False   # some other exception: it goes on up
        self.exception = value.with_traceback(None)
        if not self._matches(str(value)):
            self._fail_mismatch(str(value))
        return True


class _WarnsCatcher(_Catcher):
    wanted_base = Warning
    wanted_text = 'a warning type or tuple of warning types'
    missing_word = 'triggered'

    def __enter__(self):
        import warnings
        self._recorder = warnings.catch_warnings(record=True)
        self.warnings = self._recorder.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._recorder.__exit__(kind, value, tb)
        if kind is not None:
            return False
        of_kind = [m for m in self.warnings if isinstance(m.message, self.expected)]
        for record in of_kind:
            if self._matches(str(record.message)):
                self.warning = record.message
                self.filename = record.filename
                self.lineno = record.lineno
                return None
        if of_kind:
            self._fail_mismatch(str(of_kind[0].message))
        self._fail_missing()


_NO_MESSAGE = object()


def _diff_lines(left, right):
    import difflib
    import pprint
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(left).splitlines(),
                                          pprint.pformat(right).splitlines()))


def _pop_cleanups(stack):
    while stack:
        yield stack.pop()


class TestCase:
    """A test case: each test_* method of a subclass becomes one test (see the module docstring)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 640
    _diffThreshold = 1 << 16     # strings longer than this are compared without a diff
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        method = getattr(self, methodName, None)
        if method is None and not hasattr(self, methodName):
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
            self._testMethodDoc = 'No test'
        else:
            self._testMethodDoc = method.__doc__
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # ------------------------------------------------------------------ fixtures and cleanups

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        entered, leave = _enter(cm)
        self.addCleanup(leave, cm, None, None, None)
        return entered

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        entered, leave = _enter(cm)
        cls.addClassCleanup(leave, cm, None, None, None)
        return entered

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def doCleanups(self):
        """Runs the cleanups, last added first; each one's exception is reported, the rest still
        run. True when none raised."""
        ledger = self._outcome or _Ledger(None)
        before = ledger.setbacks
        for function, args, kwargs in _pop_cleanups(self._cleanups):
            ledger.attempt(self, self._callCleanup, function, *args, **kwargs)
        return ledger.setbacks == before

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups; the exc_info of those that raised is left in tearDown_exceptions."""
        cls.tearDown_exceptions = []
        for function, args, kwargs in _pop_cleanups(cls._class_cleanups):
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # the stages, one method each so that IsolatedAsyncioTestCase can run them on its loop
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    # ------------------------------------------------------------------ identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from unittest.result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().splitlines()[0].strip()

    def id(self):
        return strclass(type(self)) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(type(self))}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(type(self))} testMethod={self._testMethodName}>"

    # ------------------------------------------------------------------ running

    def _skip_reason(self, method):
        """The reason the test is to be skipped, or None when it is to run."""
        for owner in (type(self), method):
            if getattr(owner, '__unittest_skip__', False):
                return (getattr(type(self), '__unittest_skip_why__', '')
                        or getattr(method, '__unittest_skip_why__', ''))
        return None

    def _expects_failure(self, method):
        return bool(getattr(self, '__unittest_expecting_failure__', False)
                    or getattr(method, '__unittest_expecting_failure__', False))

    def _run_stages(self, ledger, method):
        if not ledger.attempt(self, self._callSetUp):
            return
        ledger.in_method = True
        ledger.attempt(self, self._callTestMethod, method)
        ledger.in_method = False
        ledger.attempt(self, self._callTearDown)

    def _report_end(self, ledger, result):
        if not ledger.clean:
            return
        if not ledger.awaiting_failure:
            result.addSuccess(self)
        elif ledger.expected_exc_info is not None:
            hook = getattr(result, 'addExpectedFailure', None)
            if hook is None:
                result.addSuccess(self)
            else:
                hook(self, ledger.expected_exc_info)
        else:
            hook = getattr(result, 'addUnexpectedSuccess', None)
            if hook is not None:
                hook(self)
            else:
                try:
                    raise _UnexpectedSuccess from None
                except _UnexpectedSuccess:
                    result.addFailure(self, sys.exc_info())

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            getattr(result, 'startTestRun', _nothing)()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            ledger = _Ledger(result, self._expects_failure(method))
            self._outcome = ledger
            try:
                self._run_stages(ledger, method)
                self.doCleanups()
                self._report_end(ledger, result)
            finally:
                ledger.expected_exc_info = None
                self._outcome = None
            return result
        finally:
            result.stopTest(self)
            if own_result:
                getattr(result, 'stopTestRun', _nothing)()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result: its exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for function, args, kwargs in _pop_cleanups(self._cleanups):
            self._callCleanup(function, *args, **kwargs)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A part of the test that fails on its own: the test goes on after it."""
        ledger = self._outcome
        if ledger is None or not ledger.subtests_supported:
            yield
            return
        outer = self._subtest
        # the innermost block's params come first, then the enclosing blocks' (as CPython shows them)
        merged = dict(params)
        for key, value in ({} if outer is None else outer.params).items():
            merged.setdefault(key, value)
        sub = _SubTest(self, msg, merged)
        self._subtest = sub
        before = ledger.setbacks
        try:
            try:
                yield
            except BaseException:
                ledger.absorb(sub, sys.exc_info(), subtest=True)
            else:
                if ledger.setbacks == before:
                    ledger.result.addSubTest(self, sub, None)
            if ledger.setbacks != before:
                if ledger.result is not None and ledger.result.failfast:
                    raise _AbandonTest
            elif ledger.expected_exc_info is not None:
                raise _AbandonTest
        finally:
            self._subtest = outer

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # ------------------------------------------------------------------ messages

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        return standardMsg if msg is None else f'{standardMsg} : {msg}'

    def _truncateMessage(self, message, diff):
        if self.maxDiff is not None and len(diff) > self.maxDiff:
            return message + _TOO_LONG % len(diff)
        return message + diff

    def _check(self, passed, msg, standard):
        if not passed:
            self.fail(self._formatMessage(msg, standard))

    # ------------------------------------------------------------------ assertions

    def assertTrue(self, expr, msg=None):
        self._check(expr, msg, f"{safe_repr(expr)} is not true")

    def assertFalse(self, expr, msg=None):
        self._check(not expr, msg, f"{safe_repr(expr)} is not false")

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesCatcher(expected_exception, self).start('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        catcher = _RaisesCatcher(expected_exception, self, expected_regex)
        return catcher.start('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsCatcher(expected_warning, self).start('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        catcher = _WarnsCatcher(expected_warning, self, expected_regex)
        return catcher.start('assertWarnsRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            checker = self._type_equality_funcs.get(type(first))
            if isinstance(checker, str):
                return getattr(self, checker)
            if checker is not None:
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second)))

    def assertEqual(self, first, second, msg=None):
        check = self._getAssertEqualityFunc(first, second)
        check(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        self._check(first != second, msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def _closeness(self, first, second, places, delta):
        """(close enough, how the comparison reads in a message)"""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            return gap <= delta, f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)'
        if places is None:
            places = 7
        return round(gap, places) == 0, f'{places!r} places'

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        close, how = self._closeness(first, second, places, delta)
        if not close:
            if delta is None:
                how += f' ({safe_repr(abs(first - second))} difference)'
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} != {safe_repr(second)} within {how}'))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, how = self._closeness(first, second, places, delta)
        if first == second or close:
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} == {safe_repr(second)} within {how}'))

    def _sequence_report(self, seq1, seq2, kind):
        """Why two sequences differ, or None when they are equal."""
        try:
            n1 = len(seq1)
        except (TypeError, NotImplementedError):
            return f'First {kind} has no length.    Non-sequence?'
        try:
            n2 = len(seq2)
        except (TypeError, NotImplementedError):
            return f'Second {kind} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        found = False
        for i in range(min(n1, n2)):
            pair = []
            for which, seq in (('first', seq1), ('second', seq2)):
                try:
                    pair.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    text += f'\nUnable to index element {i} of {which} {kind}\n'
                    found = True
                    break
            if found:
                break
            if pair[0] != pair[1]:
                text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(*pair))
                found = True
                break
        if not found and n1 == n2:
            return ''   # equal items, only the sequence types differ
        if n1 != n2:
            longer, which, extra_at = (seq1, 'first', n2) if n1 > n2 else (seq2, 'second', n1)
            text += f'\n{which.capitalize()} {kind} contains {abs(n1 - n2)} additional elements.\n'
            try:
                text += f'First extra element {extra_at}:\n{safe_repr(longer[extra_at])}\n'
            except (TypeError, IndexError, NotImplementedError):
                text += f'Unable to index element {extra_at} of {which} {kind}\n'
        return text

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(f'{ordinal} sequence is not a {kind}: {safe_repr(seq)}')
        report = self._sequence_report(seq1, seq2, kind)
        if report is None:
            return
        if report == '':
            if seq_type is None and type(seq1) != type(seq2):
                return
            report = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        self.fail(self._formatMessage(msg, self._truncateMessage(report, _diff_lines(seq1, seq2))))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _one_sided(self, a, b, ordinal):
        try:
            return a.difference(b)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'{ordinal} argument does not support set difference: {e}')

    def assertSetEqual(self, set1, set2, msg=None):
        only1 = self._one_sided(set1, set2, 'first')
        only2 = self._one_sided(set2, set1, 'second')
        if not only1 and not only2:
            return
        lines = []
        for items, title in ((only1, 'Items in the first set but not the second:'),
                             (only2, 'Items in the second set but not the first:')):
            if items:
                lines.append(title)
                lines.extend(map(repr, items))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        self._check(member in container, msg, f'{safe_repr(member)} not found in {safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        self._check(member not in container, msg,
                    f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}')

    def assertIs(self, expr1, expr2, msg=None):
        self._check(expr1 is expr2, msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        self._check(expr1 is not expr2, msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        head = '%s != %s' % _common_shorten_repr(d1, d2)
        self.fail(self._formatMessage(msg, self._truncateMessage(head, _diff_lines(d1, d2))))

    def assertCountEqual(self, first, second, msg=None):
        mismatches = _count_diff(list(first), list(second))
        if not mismatches:
            return
        body = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
        text = self._truncateMessage('Element counts were not equal:\n', body)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        import difflib
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        left = first.splitlines(keepends=True)
        right = second.splitlines(keepends=True)
        if len(left) == 1 and first.strip('\r\n') == first:
            # a single line without its end: give both one, so that ndiff shows them as lines
            left, right = [first + '\n'], [second + '\n']
        head = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(left, right))
        self.fail(self._formatMessage(msg, self._truncateMessage(head, diff)))

    def assertLess(self, a, b, msg=None):
        self._check(a < b, msg, f'{safe_repr(a)} not less than {safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}')

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, msg, f'{safe_repr(a)} not greater than {safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}')

    def assertIsNone(self, obj, msg=None):
        self._check(obj is None, msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        self._check(obj is not None, msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        self._check(isinstance(obj, cls), msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        self._check(not isinstance(obj, cls), msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _compiled(expected_regex)
        if pattern.search(text) is None:
            self.fail(self._formatMessage(
                msg, f"Regex didn't match: {pattern.pattern!r} not found in {text!r}"))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _compiled(unexpected_regex)
        found = pattern.search(text)
        if found is not None:
            self.fail(self._formatMessage(
                msg, f'Regex matched: {found.group(0)!r} matches {pattern.pattern!r} in {text!r}'))


class _UnexpectedSuccess(Exception):
    """Reported as a failure to a result that has no addUnexpectedSuccess."""


def _nothing():
    pass


def _compiled(pattern):
    return re.compile(pattern) if isinstance(pattern, (str, bytes)) else pattern


def _enter(cm):
    """(what cm.__enter__ returned, its type's __exit__) for the enter*Context methods."""
    kind = type(cm)
    entered = kind.__enter__(cm)
    return entered, kind.__exit__


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional set-up and tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return f"{strclass(type(self))} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(type(self))} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """The test as seen from inside one subTest block: its id and str add the message and params."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _label(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append(f"[{self._message}]")
        if self.params:
            pieces.append("(" + ', '.join(f"{k}={v!r}" for k, v in self.params.items()) + ")")
        return " ".join(pieces) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._label()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._label()}"


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers a function to call after the module's last test (tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    entered, leave = _enter(cm)
    addModuleCleanup(leave, cm, None, None, None)
    return entered


def doModuleCleanups():
    """Runs the module cleanups, last first; the first exception among them is raised at the end."""
    first_error = None
    for function, args, kwargs in _pop_cleanups(_module_cleanups):
        try:
            function(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error
