"""unittest.result: TestResult, which collects what happened to each test.

Failures and errors are kept as (test, formatted traceback). The traceback leaves out the frames
of unittest itself, as CPython does, so that it starts at the test method: here those frames are
recognised by their file name, '<frozen unittest...>'. With buffer=True the output a test prints
is captured and shown only when the test fails or errors."""

import io
import sys
import traceback

__all__ = ["TestResult"]


def _stops_when_failfast(record):
    """Wraps an add* method so that it first stops the run when failfast is set."""
    def recording(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return record(self, *args, **kwargs)
    recording.__name__ = record.__name__
    recording.__doc__ = record.__doc__
    return recording


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


def _captured_sections(out_text, err_text):
    """The 'Stdout:' and 'Stderr:' blocks added after a failure of a buffered test."""
    sections = []
    for title, text in (('Stdout', out_text), ('Stderr', err_text)):
        sections.append('\n%s:\n%s' % (title, _with_newline(text)) if text else '')
    return sections


def _without_unittest_frames(exc_summary, visited=None):
    visited = set() if visited is None else visited
    node = exc_summary
    while node is not None and id(node) not in visited:
        visited.add(id(node))
        kept = [f for f in node.stack if not f.filename.startswith('<frozen unittest')]
        node.stack = traceback.StackSummary.from_list(kept)
        if node.__cause__ is not None:
            _without_unittest_frames(node.__cause__, visited)
        node = node.__context__


class TestResult:
    """Holds the outcome of the tests run: failures, errors, skips, expected failures."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self.tb_locals = False
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False

    # ------------------------------------------------------------------ the run

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def stopTest(self, test):
        if self.buffer:
            self._end_capture()
        self._mirrorOutput = False

    def _end_capture(self):
        if self._mirrorOutput:
            shown_out, shown_err = _captured_sections(sys.stdout.getvalue(), sys.stderr.getvalue())
            if shown_out:
                self._original_stdout.write(shown_out)
            if shown_err:
                self._original_stderr.write(shown_err)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stop(self):
        self.shouldStop = True

    def printErrors(self):
        pass

    # ------------------------------------------------------------------ outcomes

    def _keep_problem(self, into, test, err, owner):
        into.append((test, self._exc_info_to_string(err, owner)))
        self._mirrorOutput = True

    @_stops_when_failfast
    def addError(self, test, err):
        self._keep_problem(self.errors, test, err, test)

    @_stops_when_failfast
    def addFailure(self, test, err):
        self._keep_problem(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        into = self.failures if issubclass(err[0], test.failureException) else self.errors
        self._keep_problem(into, subtest, err, test)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_when_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not (self.failures or self.errors or self.unexpectedSuccesses)

    def _exc_info_to_string(self, err, test):
        kind, value, tb = err
        summary = traceback.TracebackException(kind, value, tb, capture_locals=self.tb_locals, compact=True)
        _without_unittest_frames(summary)
        text = ''.join(summary.format())
        if self.buffer:
            text += ''.join(_captured_sections(sys.stdout.getvalue(), sys.stderr.getvalue()))
        return text

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")
