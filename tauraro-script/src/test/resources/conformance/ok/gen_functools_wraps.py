# Found by the generated-program test: functools.wraps copies __module__, __name__, __qualname__,
# __doc__, __annotations__ and __dict__ (and sets __wrapped__), as CPython's update_wrapper; a
# function's __dict__, __qualname__ and __annotations__ can be read and set.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class Box:
    @logged
    def method(self, x: int) -> int:
        "Doubles x."
        return 2 * x


def tagged(fn):
    fn.tag = "t"
    return fn


@logged
@tagged
def helper(a, b=1):
    return a + b


for f in (Box.method, helper):
    print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__annotations__, f.__wrapped__.__name__)
print(helper.tag, sorted(helper.__dict__), Box().method(4), helper(1))

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
only_name = functools.wraps(helper, assigned=("__name__",), updated=())(lambda: None)
print(only_name.__name__, only_name.__qualname__, hasattr(only_name, "tag"))


def plain(a):
    return a


plain.__qualname__ = "Renamed.plain"
plain.__dict__["extra"] = 1
plain.__annotations__ = {"a": str}
print(plain.__qualname__, plain.extra, plain.__annotations__, plain.__dict__)
try:
    plain()
except TypeError as e:
    print(e)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(plain, attr, 3)
    except TypeError as e:
        print(e)
