# The builtin exception hierarchy of CPython 3.11, OSError's fields and errno mapping, the errno
# module, the Unicode errors' attributes, and the exception attributes of the data model.
import errno

classes = [
    ArithmeticError, AssertionError, AttributeError, BaseException, BaseExceptionGroup, BlockingIOError,
    BrokenPipeError, BufferError, BytesWarning, ChildProcessError, ConnectionAbortedError, ConnectionError,
    ConnectionRefusedError, ConnectionResetError, DeprecationWarning, EOFError, EncodingWarning,
    EnvironmentError, Exception, ExceptionGroup, FileExistsError, FileNotFoundError, FloatingPointError,
    FutureWarning, GeneratorExit, IOError, ImportError, ImportWarning, IndentationError, IndexError,
    InterruptedError, IsADirectoryError, KeyError, KeyboardInterrupt, LookupError, MemoryError,
    ModuleNotFoundError, NameError, NotADirectoryError, NotImplementedError, OSError, OverflowError,
    PendingDeprecationWarning, PermissionError, ProcessLookupError, RecursionError, ReferenceError,
    ResourceWarning, RuntimeError, RuntimeWarning, StopAsyncIteration, StopIteration, SyntaxError,
    SyntaxWarning, SystemError, SystemExit, TabError, TimeoutError, TypeError, UnboundLocalError,
    UnicodeDecodeError, UnicodeEncodeError, UnicodeError, UnicodeTranslateError, UnicodeWarning, UserWarning,
    ValueError, Warning, ZeroDivisionError,
]
print(len(classes))
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__])
print(EnvironmentError is OSError, IOError is OSError)

for args in [(), ("m",), (2, "x"), (2, "x", "f"), (2, "x", "f", None, "g"), (1, 2, 3, 4, 5, 6),
             (errno.ECONNRESET, "r"), (errno.ENOENT, "n", "p"), ("a", "b")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2, repr(e))
for code in [errno.EAGAIN, errno.EWOULDBLOCK, errno.EALREADY, errno.EINPROGRESS, errno.ECHILD, errno.EPIPE,
             errno.ESHUTDOWN, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EEXIST,
             errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EINTR, errno.EACCES, errno.EPERM, errno.ESRCH,
             errno.ETIMEDOUT, errno.EIO, 99999]:
    print(code, errno.errorcode.get(code), type(OSError(code, "msg")).__name__)


class MyOSError(OSError):
    pass


print(type(MyOSError(errno.ENOENT, "x")).__name__, type(FileNotFoundError(errno.EPERM, "x")).__name__)
e = OSError(2, "x")
e.errno = 5
print(e, e.args)
e = BlockingIOError(11, "x", 3)
print(e.characters_written, e)
try:
    raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
except ConnectionError as c:
    print("caught", type(c).__name__, c.errno, c)
try:
    raise OSError(errno.EPIPE, "Broken pipe")
except BrokenPipeError as b:
    print("caught", repr(b))
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN], errno.ENOTSUP == errno.EOPNOTSUPP)

d = UnicodeDecodeError("utf-8", b"caf\xc3(", 3, 4, "invalid continuation byte")
print(d, d.encoding, d.object, d.start, d.end, d.reason, isinstance(d, ValueError))
d2 = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "ordinal not in range(128)")
print(d2)
u = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(u, u.object, u.start)
print(UnicodeEncodeError("ascii", "a\u20acb\U0001f600", 1, 2, "r"))
print(UnicodeEncodeError("ascii", "a\u20acb\U0001f600", 3, 4, "r"))
print(UnicodeEncodeError("ascii", "abcd", 1, 3, "r"))
for bad in [lambda: UnicodeDecodeError("x"), lambda: UnicodeDecodeError(1, b"", 0, 0, "r")]:
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)

i = ImportError("no module", name="mod", path="/x")
print(i, i.name, i.path, i.msg, ImportError("m").name)
try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError:", t)


class WithKw(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.b = b


print(WithKw(1, b=3).args, WithKw(1, b=3).b)
s = StopIteration(7)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code, KeyError("k"))

e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as t:
    print("TypeError:", t)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    print(caught.with_traceback(None) is caught, caught.__traceback__)


def f():
    raise RuntimeError("in f")


try:
    f()
except RuntimeError as r:
    tb = r.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as k:
    print(type(k.__context__).__name__, k.__cause__, k.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("from") from z
except KeyError as k:
    print(type(k.__cause__).__name__, k.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)

g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
print(g.message, g.exceptions, repr(g))
print(type(BaseExceptionGroup("b", [ValueError(1)])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("g", []), lambda: ExceptionGroup("g", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("g", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as t:
        print(type(t).__name__ + ":", t)
m, r = g.split(ValueError)
print(repr(m), repr(r), repr(g.subgroup(TypeError)), repr(g.derive([KeyError(3)])))
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning), issubclass(TabError, SyntaxError))
