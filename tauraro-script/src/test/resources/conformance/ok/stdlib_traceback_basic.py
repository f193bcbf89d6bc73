# traceback: format_exc, print_exc, format_exception (chains), format_exception_only, extract_tb,
# format_tb, print_stack/extract_stack of the running frames, TracebackException (failing lines are
# whole statements: CPython's ^^^^ markers, which tauraro does not print, appear only under parts of lines)
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, "").rstrip("\n"))


def inner(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    inner(x + 1)


def outer():
    inner(0)


try:
    outer()
except ValueError:
    show(traceback.format_exc())
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    t, v, tb = sys.exc_info()
    summary = traceback.extract_tb(tb)
    print(len(summary), [(f.name, f.lineno, f.line) for f in summary])
    print([os.path.basename(f.filename) for f in summary], summary[0][2], tuple(summary[-1])[1:])
    show("".join(traceback.format_tb(tb)))
    show("".join(traceback.format_tb(tb, limit=2)))
    print(traceback.format_exception_only(t, v), traceback.format_exception_only(v))
    print(repr(summary[0]).replace(HERE, ""))

try:
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))

try:
    try:
        raise OSError(2, "No such file")
    except OSError:
        raise TypeError("while handling")
except TypeError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.__context__.exc_type.__name__)
    show("".join(te.format()))

err = ValueError("no traceback")
print(traceback.format_exception(err), traceback.format_exception_only(SyntaxError, None))
e2 = ValueError("noted")
e2.add_note("first note")
e2.add_note("second\nnote")
print("".join(traceback.format_exception(e2)), end="")
print(traceback.format_exception_only(KeyboardInterrupt()), traceback.format_exception_only(ValueError("")))


class Custom(Exception):
    pass


print(traceback.format_exception_only(Custom("mine")))


def depth3():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    show(buf.getvalue())
    stack = traceback.extract_stack()
    print([(f.name, f.line) for f in stack])
    print(sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe().f_lineno)


def depth2():
    depth3()


depth2()
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
try:
    traceback.format_exception(err, err)
except ValueError as e:
    print(e)


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    show(traceback.format_exc())
