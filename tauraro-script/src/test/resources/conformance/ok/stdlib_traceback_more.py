# traceback beyond the basics: limit (positive, negative, sys.tracebacklimit) for tracebacks and
# the running stack, runs of repeated frames, format_frame_summary overrides, FrameSummary as a
# tuple, TracebackException's compact/chain options and cycles, SyntaxError and __notes__ lines,
# an exception group inside a chain (no ^^^^ markers anywhere: every failing line is a whole statement)
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
TE = traceback.TracebackException


def show(lines):
    print("".join(lines).replace(HERE, "").rstrip("\n"))


def dive(n):
    if n == 0:
        raise ValueError("deep")
    dive(n - 1)


try:
    dive(4)
except ValueError as e:
    tb = e.__traceback__
    for lim in (None, 0, 1, 2, -1, -2, 10, -10):
        print(lim, [(f.name, f.lineno) for f in traceback.extract_tb(tb, limit=lim)])
    sys.tracebacklimit = 2
    print("tracebacklimit 2:", [f.lineno for f in traceback.extract_tb(tb)], len(traceback.extract_tb(tb, 3)))
    sys.tracebacklimit = -1
    print("tracebacklimit -1:", traceback.extract_tb(tb), traceback.format_exception(e))
    sys.tracebacklimit = None  # (tauraro cannot yet delete a sys attribute)
    show(traceback.format_exception(e, limit=-2))
    buf = io.StringIO()
    traceback.print_tb(tb, limit=1, file=buf)
    show([buf.getvalue()])


def stack_of(lim):
    return [(f.name, f.lineno) for f in traceback.extract_stack(limit=lim)]


def caller(lim):
    return stack_of(lim)


for lim in (None, 0, 1, 2, -1, -2):
    print("stack", lim, caller(lim))
show(traceback.format_stack(limit=1))
print(traceback.extract_tb(None), traceback.format_tb(None), type(traceback.extract_tb(None)).__name__)

A = ("a.py", 1, "f", "x = 1")
show(traceback.format_list([A] * 5 + [("a.py", 2, "f", "y")] + [A] * 4))
show(traceback.format_list([("a.py", 1, "f", "one"), ("a.py", 1, "f", "two"), ("a.py", 1, "f", "three"),
                            ("a.py", 1, "f", "four"), ("b.py", 3, "<module>", None), ("b.py", 4, "g", "")]))


class Terse(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == "skip":
            return None
        return "[%s:%s]\n" % (fs.name, fs.lineno)


B = ("a.py", 2, "skip", "z")
print(Terse(traceback.StackSummary.from_list([A, A, B, A, A, A])).format())
print(Terse(traceback.StackSummary.from_list([A, B, B, B, B, A])).format())
print(type(Terse.from_list([A])).__name__, type(Terse.extract(iter([]))).__name__)

fs = traceback.FrameSummary("x.py", 3, "fn", line="  hello  ")
print(fs, repr(fs.line), fs == ("x.py", 3, "fn", "hello"), list(fs), fs[1:], len(fs), fs[-1])
print(fs.end_lineno, fs.colno, fs.end_colno, fs.locals, fs.__hash__)
fs2 = traceback.FrameSummary("x.py", 3, "fn", locals={"b": "s", "a": 1}, lookup_line=False)
print(fs2.locals, fs2 == fs, fs2 != fs, fs == traceback.FrameSummary("x.py", 3, "fn"))
print(traceback.FrameSummary("absent.py", None, "fn").line, repr(traceback.FrameSummary("absent.py", 5, "fn").line))
print(traceback.StackSummary().format_frame_summary(fs2), end="")
try:
    fs < fs2
except TypeError as err:
    print("TypeError:", err)


def chained(inner, outer, how):
    try:
        try:
            raise inner
        except Exception as caught:
            if how == "from":
                raise outer from caught
            if how == "from None":
                raise outer from None
            if how == "from other":
                raise outer from KeyError("other")
            raise outer
    except Exception as result:
        return result


for how in ("from", "from None", "from other", "context"):
    e = chained(OSError("first"), RuntimeError("second"), how)
    for compact in (False, True):
        te = TE.from_exception(e, compact=compact)
        print(how, compact, te.__cause__ and te.__cause__.exc_type.__name__,
              te.__context__ and te.__context__.exc_type.__name__, te.__suppress_context__)
    show(te.format())
    show(te.format(chain=False))

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))
a.__cause__ = a
show(traceback.format_exception(a))
te = TE(ValueError, a, None)
print(te.__cause__, te.__context__.exc_type.__name__, te.__context__.__context__)
print(te == TE(ValueError, a, None), te == 3, str(te), te.exceptions, te.__notes__, te.max_group_width,
      te.max_group_depth)


def syntax_error(msg, filename, lineno, offset, text, end_offset=None):
    err = SyntaxError(msg)
    err.msg, err.filename, err.lineno, err.offset, err.text = msg, filename, lineno, offset, text
    err.end_lineno, err.end_offset = lineno, end_offset
    return err


for args in [("bad", "f.py", 3, 5, "   x = = 1\n"), ("bad", "f.py", 3, 5, "   x = = 1\n", 8),
             ("bad", "f.py", 3, 1, "x\n"), ("bad", "f.py", 3, None, "x = 1\n"), ("bad", None, 3, 2, "x = 1"),
             ("bad", "f.py", None, 2, "x = 1"), ("ind", "g.py", 1, 0, "  y\n"), ("m", "f", 1, 3, "  y\n"),
             ("m", "f", 1, 3, "abcdef\n", 2), ("m", "f", 1, 3, "abcdef\n", 3), ("m", "f", 1, 3, "abcdef\n", 20),
             ("m", "f", 1, 9, "abc\n"), ("m", "f", 1, -3, "abc\n"), ("m", "f", 1, 2, "\tab\n"),
             ("m", "f", 1, 2, "\f ab \n"), ("m", "f", 1, 2, None), (None, "f", 1, 2, "abc\n", 0)]:
    print(traceback.format_exception_only(syntax_error(*args)))
te = TE.from_exception(syntax_error("bad", "f.py", 3, 5, "x = = 1\n", 8))
print(te.filename, repr(te.lineno), repr(te.text), te.offset, te.end_offset, te.msg, repr(te.end_lineno))


class Unprintable:
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        raise RuntimeError("no repr")


for notes in (["one", "two\nlines"], ("tup", "le"), "ab", 5, {"k": 1}, None, [Unprintable(), 3], Unprintable()):
    err = ValueError("x")
    err.__notes__ = notes
    print(traceback.format_exception_only(err))
print(traceback.format_exception_only(None), traceback.format_exception(None, None, None))
print(traceback.format_exception_only(ValueError, ValueError("q")), traceback.format_exception_only(ValueError, None))
for call in (lambda: traceback.format_exception(object()), lambda: traceback.format_exception(ValueError(), None),
             lambda: traceback.print_exception(ValueError, None, tb=None, file=io.StringIO())):
    try:
        print(call())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)


def group_after_error():
    try:
        try:
            raise ZeroDivisionError("zero")
        except ZeroDivisionError:
            raise ExceptionGroup("eg", [KeyError("k"), ValueError("v")])
    except ExceptionGroup as g:
        return g


g = group_after_error()
show(traceback.format_exception(g))
show(traceback.format_exception(g, chain=False))
te = TE.from_exception(g)
print([x.exc_type.__name__ for x in te.exceptions], traceback.format_exception_only(g))
