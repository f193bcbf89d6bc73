"""traceback: extract, format and print stack traces and exceptions.

Written for tauraro from the Python 3.11 library documentation and from what /usr/bin/python3
prints in experiments; the text produced is CPython 3.11's, with the ^^^^ markers under the failing
part of a traceback entry's line (drawn by the interpreter's own printer, so both agree) and, as in
3.11, without the "Did you mean" that only the interpreter's display adds. Source lines come from
the files, or from the interpreter's copies of frozen library modules, through linecache.

Differences from CPython: frames show their code's name, file and line but carry no locals
(capture_locals is accepted and has no effect); an exception group is drawn by the interpreter's
own printer, so max_group_width and max_group_depth are kept as attributes only."""

import sys
import linecache
from itertools import islice

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

# A run of identical frames (same file, line and function) prints this many entries, then one
# "[Previous line repeated N more times]" line for the rest.
_SHOWN_OF_A_RUN = 3

_HEADER = "Traceback (most recent call last):\n"
_BETWEEN = {
    "cause": "\nThe above exception was the direct cause of the following exception:\n\n",
    "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
}

# Marks the value/tb parameters that were not passed at all (None is a meaningful value there).
_UNSET = object()


# ---- frames ------------------------------------------------------------------------------------

class FrameSummary:
    """What a traceback shows of one frame: file, line number, function name and source line.
    It also behaves as the 4-tuple (filename, lineno, name, line) of older Pythons."""

    __slots__ = ("filename", "lineno", "name", "_text", "locals", "end_lineno", "colno", "end_colno", "_markers")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._text = line
        self._markers = None  # the ^^^^ line of a traceback entry (see StackSummary._extract_tb)
        self.locals = {key: repr(val) for key, val in locals.items()} if locals is not None else None
        if lookup_line:
            self.line  # read the source now, while the file is as it was when the frame ran

    @property
    def line(self):
        if self._text is None and self.lineno is not None:
            self._text = linecache.getline(self.filename, self.lineno)
        return None if self._text is None else self._text.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    __hash__ = None

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(list(self._as_tuple()))

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)


def walk_tb(tb):
    """Yields (frame, line number) for each level of a traceback, from the outermost call in."""
    node = tb
    while node is not None:
        yield node.tb_frame, node.tb_lineno
        node = node.tb_next


def walk_stack(f):
    """Yields (frame, line number) from frame f (by default the caller's) out to the module."""
    return _frames_outwards(sys._getframe(1) if f is None else f)


def _frames_outwards(frame):
    while frame is not None:
        yield frame, frame.f_lineno
        frame = getattr(frame, "f_back", None)


def _effective_limit(limit):
    # An absent limit means sys.tracebacklimit, where a negative setting shows no entries at all.
    if limit is not None:
        return limit
    configured = getattr(sys, "tracebacklimit", None)
    return None if configured is None else max(configured, 0)


def _take(items, limit):
    """The first `limit` items if limit >= 0, the last -limit ones if negative, all if None."""
    if limit is None:
        return list(items)
    if limit >= 0:
        return list(islice(items, limit))
    return list(items)[limit:]


class StackSummary(list):
    """A list of FrameSummary objects that formats itself as the lines of a traceback."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summaries of the (frame, lineno) pairs of frame_gen, as walk_tb and walk_stack yield them."""
        chosen = _take(frame_gen, _effective_limit(limit))
        return cls(FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name, lookup_line=lookup_lines)
                   for frame, lineno in chosen)

    @classmethod
    def _extract_tb(cls, tb, *, limit=None, lookup_lines=True):
        """extract() of a traceback's entries, each with the marker line the display draws under it."""
        import _traceback
        nodes = []
        while tb is not None:
            nodes.append(tb)
            tb = tb.tb_next
        summary = cls()
        for node in _take(nodes, _effective_limit(limit)):
            code = node.tb_frame.f_code
            frame_summary = FrameSummary(code.co_filename, node.tb_lineno, code.co_name, lookup_line=lookup_lines)
            frame_summary._markers = _traceback.markers(node)
            summary.append(frame_summary)
        return summary

    @classmethod
    def from_list(cls, a_list):
        """A StackSummary (the base class, as in CPython) of FrameSummary objects or 4-tuples."""
        summary = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, text = entry
                entry = FrameSummary(filename, lineno, name, line=text)
            summary.append(entry)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry; an override returning None leaves the frame out."""
        text = '  File "%s", line %s, in %s\n' % (frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    " + frame_summary.line + "\n"
            if frame_summary._markers:
                text += frame_summary._markers + "\n"
        for name in sorted(frame_summary.locals or ()):
            text += "    %s = %s\n" % (name, frame_summary.locals[name])
        return text

    def format(self):
        """One string per shown entry. Consecutive frames at the same place (deep recursion) show
        three times, then as a single "[Previous line repeated N more times]" line; frames that
        format_frame_summary leaves out do not interrupt such a run."""
        out = []
        run_key, run_length = None, 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != run_key:
                out.extend(_repeat_note(run_length))
                run_key, run_length = key, 0
            run_length += 1
            if run_length <= _SHOWN_OF_A_RUN:
                out.append(text)
        out.extend(_repeat_note(run_length))
        return out


def _repeat_note(run_length):
    hidden = run_length - _SHOWN_OF_A_RUN
    if hidden <= 0:
        return []
    return ["  [Previous line repeated %d more time%s]\n" % (hidden, "" if hidden == 1 else "s")]


# ---- exceptions --------------------------------------------------------------------------------

def _str_or(value, fallback):
    try:
        return str(value)
    except BaseException:
        return fallback


def _qualified_type_name(exc_type):
    module = exc_type.__module__
    if module in ("__main__", "builtins"):
        return exc_type.__qualname__
    return "%s.%s" % (module if isinstance(module, str) else "<unknown>", exc_type.__qualname__)


def _is_sequence(value):
    # the built-in sequences; a script's own directory may shadow collections, so no abc check
    return isinstance(value, (list, tuple, str, bytes, range))


def _note_lines(notes):
    # A list (any sequence) of notes gives each note's lines; anything else shows as its repr,
    # without a newline, as CPython 3.11 prints it.
    if notes is None:
        return []
    if not _is_sequence(notes):
        try:
            return [repr(notes)]
        except BaseException:
            return ["<__notes__ repr() failed>"]
    lines = []
    for note in notes:
        lines.extend(piece + "\n" for piece in _str_or(note, "<note str() failed>").split("\n"))
    return lines


def _syntax_error_lines(te, type_name):
    """The lines under a SyntaxError: where (file, line), the text with a caret line under the
    offending columns, then the message."""
    lines = []
    where = ""
    if te.lineno is not None:
        lines.append('  File "%s", line %s\n' % (te.filename or "<string>", te.lineno))
    elif te.filename is not None:
        where = " (%s)" % te.filename
    if te.text is not None:
        trimmed = te.text.rstrip("\n")
        shown = trimmed.lstrip(" \n\f")
        lines.append("    " + shown + "\n")
        if te.offset is not None:
            dropped = len(trimmed) - len(shown)
            start = te.offset - 1 - dropped
            if start >= 0:
                if te.end_offset is None or te.end_offset < 1 or te.end_offset == te.offset:
                    width = 1
                else:
                    width = te.end_offset - te.offset
                # keep the text's tabs so the caret lines up however tabs are expanded
                pad = "".join(ch if ch.isspace() else " " for ch in shown[:start])
                lines.append("    " + pad + "^" * max(width, 0) + "\n")
    lines.append("%s: %s%s\n" % (type_name, te.msg or "<no detail available>", where))
    return lines


class TracebackException:
    """An exception captured for later rendering: its type, text, stack summary, and the
    TracebackExceptions of its cause, context and (for groups) member exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        seen = _seen if _seen is not None else set()
        seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exc_type = exc_type
        self._str = _str_or(exc_value, "<exception str() failed>")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = StackSummary._extract_tb(exc_traceback, limit=limit, lookup_lines=lookup_lines)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._take_syntax_error_fields(exc_value)
        self.__cause__ = self.__context__ = self.exceptions = None
        self._group = exc_value if isinstance(exc_value, BaseExceptionGroup) else None
        if exc_value is None:
            return

        # The linked exceptions of this level are claimed (marked seen) before any of them is
        # expanded, so an exception met again deeper down (as when the cause is also the context,
        # or in a cycle) is shown where it was first linked.
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals, compact=compact,
                       max_group_width=max_group_width, max_group_depth=max_group_depth)
        cause = exc_value.__cause__
        context = exc_value.__context__
        if compact and (cause is not None or exc_value.__suppress_context__):
            context = None  # compact keeps only what format() prints
        linked = {}
        for role, other in (("cause", cause), ("context", context)):
            if other is not None and id(other) not in seen:
                seen.add(id(other))
                linked[role] = other
        members = list(exc_value.exceptions) if self._group is not None else []
        seen.update(id(member) for member in members)
        if "cause" in linked:
            self.__cause__ = self._summarize(linked["cause"], options, seen)
        if "context" in linked:
            self.__context__ = self._summarize(linked["context"], options, seen)
        if self._group is not None:
            self.exceptions = [self._summarize(member, options, seen) for member in members]

    @staticmethod
    def _summarize(exc, options, seen):
        return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **options)

    def _take_syntax_error_fields(self, exc_value):
        # tauraro's SyntaxError may lack the detail attributes; the message is then its first argument
        def detail(name):
            return getattr(exc_value, name, None)
        args = getattr(exc_value, "args", ())
        self.filename = detail("filename")
        self.lineno = None if detail("lineno") is None else str(detail("lineno"))
        self.end_lineno = None if detail("end_lineno") is None else str(detail("end_lineno"))
        self.text = detail("text")
        self.offset = detail("offset")
        self.end_offset = detail("end_offset")
        self.msg = detail("msg") if hasattr(exc_value, "msg") else (args[0] if args else None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of an exception object (its type and __traceback__ implied)."""
        exc_type, exc_tb = type(exc), exc.__traceback__
        return cls(exc_type, exc, exc_tb, *args, **kwargs)

    def format_exception_only(self):
        """The closing lines: "Type: message" (or a SyntaxError's several lines), then any notes."""
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        type_name = _qualified_type_name(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from _syntax_error_lines(self, type_name)
        elif self._str:
            yield type_name + ": " + self._str + "\n"
        else:
            yield type_name + "\n"
        yield from _note_lines(self.__notes__)

    def _chain(self):
        """The chain's TracebackExceptions, earliest first, and the separators between them."""
        latest_first, links = [self], []
        while True:
            te = latest_first[-1]
            if te.__cause__ is not None:
                links.append(_BETWEEN["cause"])
                latest_first.append(te.__cause__)
            elif te.__context__ is not None and not te.__suppress_context__:
                links.append(_BETWEEN["context"])
                latest_first.append(te.__context__)
            else:
                return latest_first[::-1], links[::-1]

    def format(self, *, chain=True):
        """The lines an uncaught exception prints: the chain (if chain), each with its stack."""
        members, links = self._chain() if chain else ([self], [])
        for index, te in enumerate(members):
            if index:
                yield links[index - 1]
            if te._group is not None and te.exceptions is not None:
                yield from te._group_lines()
                continue
            if te.stack:
                yield _HEADER
                yield from te.stack.format()
            yield from te.format_exception_only()

    def _group_lines(self):
        # the boxed tree of an exception group, drawn by the interpreter's printer; its chain is
        # hidden for the call since format() prints the chain itself
        import _traceback
        group = self._group
        cause, context, suppress = group.__cause__, group.__context__, group.__suppress_context__
        try:
            group.__cause__, group.__context__ = None, None
            return _traceback.format(group).splitlines(True)
        finally:
            group.__cause__, group.__context__ = cause, context
            group.__suppress_context__ = suppress

    def print(self, *, file=None, chain=True):
        """Writes format()'s lines to file (sys.stderr by default)."""
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end="")

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return _comparable(self) == _comparable(other)

    __hash__ = None

    def __str__(self):
        return self._str


def _comparable(te):
    # the group object kept for drawing is not part of what a TracebackException records
    return {key: value for key, value in vars(te).items() if key != "_group"}


# ---- module-level functions --------------------------------------------------------------------

def _value_and_tb(exc, value, tb):
    """The (value, traceback) meant by the exc[, value, tb] parameters of the print/format functions."""
    if (value is _UNSET) != (tb is _UNSET):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _UNSET:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
    return exc, exc.__traceback__


def _write(lines, file):
    out = sys.stderr if file is None else file
    for text in lines:
        print(text, file=out, end="")


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object, outermost call first."""
    return StackSummary._extract_tb(tb, limit=limit)


def format_list(extracted_list):
    """Lines for FrameSummary objects or (filename, lineno, name, line) tuples."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit=limit), file)


def format_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, chain=True):
    """The lines (each ending in a newline) printed for an exception and, if chain, its chain."""
    value, tb = _value_and_tb(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit, compact=True).format(chain=chain))


def format_exception_only(exc, /, value=_UNSET):
    """The "Type: message" lines of an exception (its value, or exc itself if value is not given)."""
    if value is _UNSET:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True).format_exception_only())


def print_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, file=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """What print_exc() would print, as one string."""
    handled = sys.exc_info()[1]
    return "".join(format_exception(handled, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled the way an uncaught one is printed."""
    handled = sys.exc_info()[1]
    print_exception(handled, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    try:
        last = (sys.last_type, sys.last_value, sys.last_traceback)
    except AttributeError:
        raise ValueError("no last exception") from None
    print_exception(*last, limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    """The running frames from f (the caller by default) out to the module, outermost first; a
    positive limit keeps the innermost entries, a negative one the outermost."""
    summary = StackSummary.extract(walk_stack(sys._getframe(1) if f is None else f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    return format_list(extract_stack(sys._getframe(1) if f is None else f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(sys._getframe(1) if f is None else f, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to do: tauraro's finished frames keep no locals to clear."""
