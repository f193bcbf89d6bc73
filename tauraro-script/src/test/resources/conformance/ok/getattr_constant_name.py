# getattr(obj, "name"[, default]) with a constant name caches its lookup at the call site; every
# corner must still answer as CPython's getattr does.
import builtins


class Base:
    LIMIT = 3

    def method(self):
        return "method"


class C(Base):
    def __init__(self):
        self.x = 1

    @property
    def broken(self):
        raise AttributeError("from the getter")

    @property
    def failing(self):
        raise KeyError("not an attribute error")


def read(o):
    return (getattr(o, "x", "dx"), getattr(o, "LIMIT", "dl"), getattr(o, "y", "dy"),
            getattr(o, "broken", "db"), getattr(o, "__class__", None))


c = C()
for _ in range(3):
    print(read(c))
c.y = "own y"                 # an instance attribute added later is seen
C.LIMIT = 4                   # so is a changed class attribute
print(read(c))
c.LIMIT = "own LIMIT"         # and an instance attribute shadowing the class's
print(read(c))
del c.x
print(read(c))
print(getattr(c, "method", None)(), getattr(C, "method", None)(c), getattr(C, "LIMIT", 0))
try:
    getattr(c, "failing", "d")
except KeyError as e:
    print("KeyError", e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "nope", None), getattr(C, "nope", "class default"))


class Hooked:
    def __getattr__(self, name):
        if name == "virtual":
            return "from __getattr__"
        raise AttributeError(name)


class Intercepting:
    def __getattribute__(self, name):
        return "intercepted " + name


h = Hooked()
print(getattr(h, "virtual", None), getattr(h, "other", "default"), getattr(Intercepting(), "z", None))


class Slotted:
    __slots__ = ("a",)


s = Slotted()
print(getattr(s, "a", "unset"))
s.a = 5
print(getattr(s, "a", "unset"))


class Data:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        pass


class WithData:
    d = Data()


w = WithData()
w.__dict__["d"] = "shadowed?"
print(getattr(w, "d", None))
import math
print(getattr(math, "pi", None), getattr(math, "tau_", "no"), getattr(1, "real", None), getattr("s", "nope", 0))


def side(tag, value):
    print("evaluated", tag)
    return value


print(getattr(side("object", c), "LIMIT", side("default", None)))
try:
    getattr(c, "x", 1, 2)
except TypeError as e:
    print("TypeError:", e)


# a rebinding of getattr is honoured, at module level, in a function's locals and in builtins
def rebound_local(o):
    getattr = lambda *a: ("local", a[1:])
    return getattr(o, "x", None)


print(rebound_local(c))
original = builtins.getattr
builtins.getattr = lambda *a: ("patched builtins", a[1:])
print(read(c))
builtins.getattr = original
print(read(c))
getattr = lambda *a: ("module global", a[1:])
print(read(c))
del getattr
print(read(c))
