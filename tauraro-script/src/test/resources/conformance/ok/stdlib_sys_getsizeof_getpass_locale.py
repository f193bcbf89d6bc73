# sys.getsizeof (CPython 3.11's sizes for the basic types), getpass (from a non-terminal stdin)
# and locale (the C locale)
import sys
import io
import getpass
import locale
import warnings

print(sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100), sys.getsizeof(-5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("\u00e9"), sys.getsizeof("\u20ac\u20ac"),
      sys.getsizeof("\U0001F600"))
print(sys.getsizeof(b""), sys.getsizeof(b"ab"), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]),
      sys.getsizeof([1, 2]))
print(sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof({"a": 1}), sys.getsizeof(set()),
      sys.getsizeof(1.0), sys.getsizeof(None), sys.getsizeof(True))


class A:
    pass


class B:
    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(A(), 5) > 0)
for call in [lambda: sys.getsizeof(1, 2, 3), lambda: sys.getsizeof(Bad())]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# getpass with stdin that is not a terminal: CPython's fallback (a warning, the prompt on stream)
sys.stdin = io.StringIO("s3cret\nsecond\n")
stream = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(repr(getpass.getpass("PIN: ", stream=stream)))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(repr(stream.getvalue()))
sys.stdin = io.StringIO("")
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        getpass.getpass(stream=io.StringIO())
except EOFError:
    print("EOFError")
print(issubclass(getpass.GetPassWarning, UserWarning), type(getpass.getuser()).__name__)

# locale: the C locale
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["frac_digits"])
print(locale.format_string("%.2f", 1234567.891), locale.format_string("%d", 1234567, grouping=True))
print(locale.str(3.14159265358979), locale.atof("2.5"), locale.atoi("42"), locale.strcoll("a", "b"))
print(locale.strxfrm("abc"), locale.LC_ALL, locale.LC_CTYPE, locale.CHAR_MAX)
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE.UTF-8")
except locale.Error as e:
    print("locale.Error", e)
