"""unittest.runner: TextTestRunner and the TextTestResult it prints with.

The text is CPython 3.11's: a dot or letter per test (verbosity 1) or a line per test
(verbosity 2), the failure blocks, 'Ran N tests in T.TTTs' and OK or FAILED with the counts."""

import sys
import time
import warnings
from unittest import result
from unittest.case import _SubTest

__all__ = ["TextTestRunner", "TextTestResult"]


class _LineStream:
    """Wraps the output stream with writeln; everything else goes to the stream itself."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        self.write((text or '') + '\n')


# outcome -> (the word at verbosity 2, the letter at verbosity 1)
_MARKS = {
    'ok': ('ok', '.'),
    'error': ('ERROR', 'E'),
    'fail': ('FAIL', 'F'),
    'skip': (None, 's'),
    'xfail': ('expected failure', 'x'),
    'xpass': ('unexpected success', 'u'),
}


class TextTestResult(result.TestResult):
    """A result that reports each test on a stream as it finishes."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity >= 2
        self.dots = verbosity == 1
        self._newline = True

    def getDescription(self, test):
        text = str(test)
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            text += '\n' + first_doc_line
        return text

    def _announce(self, test, indent=''):
        self.stream.write(indent + self.getDescription(test) + " ... ")

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._announce(test)
            self.stream.flush()
            self._newline = False

    def _show(self, test, outcome, word=None):
        """Prints what happened to test: its letter, or at verbosity 2 its word on its own line
        (a subtest's line names the subtest, indented)."""
        line_word, letter = _MARKS[outcome]
        if self.dots:
            self.stream.write(letter)
        elif self.showAll:
            word = word or line_word
            if outcome in ('xfail', 'xpass'):
                self.stream.writeln(word)
            else:
                is_part = isinstance(test, _SubTest)
                if is_part or self._newline:
                    if not self._newline:
                        self.stream.writeln()
                    self._announce(test, '  ' if is_part else '')
                self.stream.writeln(word)
                self._newline = True
        else:
            return
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'error')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'fail')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._show(subtest, 'fail' if issubclass(err[0], subtest.failureException) else 'error')
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skip', f"skipped {reason!r}")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'xpass')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            for line in (self.separator1, f"{flavour}: {self.getDescription(test)}", self.separator2, text):
                self.stream.writeln(line)
            self.stream.flush()


def _summary_counts(outcome):
    """The '(failures=1, skipped=2)' parts of the last line, in CPython's order."""
    counted = []
    if not outcome.wasSuccessful():
        counted += [("failures", outcome.failures), ("errors", outcome.errors)]
    counted += [("skipped", outcome.skipped), ("expected failures", outcome.expectedFailures),
                ("unexpected successes", outcome.unexpectedSuccesses)]
    return [f"{label}={len(items)}" for label, items in counted if items]


class TextTestRunner:
    """Runs a test or suite and prints the results on a stream (sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _LineStream(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _timed_run(self, test, outcome):
        """Runs test into outcome (between startTestRun and stopTestRun); the seconds it took."""
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            getattr(outcome, 'startTestRun', _nothing)()
            try:
                test(outcome)
            finally:
                getattr(outcome, 'stopTestRun', _nothing)()
            return time.perf_counter() - began

    def run(self, test):
        outcome = self._makeResult()
        outcome.failfast, outcome.buffer, outcome.tb_locals = self.failfast, self.buffer, self.tb_locals
        seconds = self._timed_run(test, outcome)
        outcome.printErrors()
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        count = outcome.testsRun
        self.stream.writeln(f"Ran {count} test{'' if count == 1 else 's'} in {seconds:.3f}s")
        self.stream.writeln()
        verdict = "OK" if outcome.wasSuccessful() else "FAILED"
        counts = _summary_counts(outcome)
        self.stream.writeln(verdict + (f" ({', '.join(counts)})" if counts else ""))
        self.stream.flush()
        return outcome


def _nothing():
    pass
