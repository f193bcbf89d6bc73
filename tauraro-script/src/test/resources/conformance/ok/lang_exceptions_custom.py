# Custom exception hierarchies, args, str/repr, matching by base class.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))


def find(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]


try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
try:
    raise Invalid(1, 2)
except NotFound:
    print("wrong handler")
except Invalid as e:
    print(e, e.args, isinstance(e, AppError), isinstance(e, Exception))
for exc in [ValueError("v"), KeyError("k"), IndexError(), TypeError("t", 2)]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", repr(e), str(e))
    except Exception as e:
        print("other", repr(e), str(e))
print(issubclass(KeyError, LookupError), issubclass(NotFound, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
e = ValueError("a", "b")
print(e.args, str(e), repr(ValueError()), str(ValueError()), repr(Exception("x")))
try:
    raise AppError
except AppError as e:
    print("bare class raised:", repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [][0]
except LookupError as e:
    print(type(e).__name__ + ":", e)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__ + ":", e)
