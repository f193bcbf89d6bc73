# Found by the generated-program test: `in` on an object that cannot be iterated says so in
# CPython's words; obj.name(args) looks the method up before it computes the arguments; a slotted
# instance calls a class attribute it cannot set or delete read-only; and a right operand whose
# type is a proper subclass of the left's gets its reflected method tried first.


class Plain:
    pass


try:
    2 in Plain()
except TypeError as e:
    print(e)
try:
    "a" in 3
except TypeError as e:
    print(e)


class Loud:
    @property
    def prop(self):
        print("lookup prop")
        return lambda x: ("called", x)

    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)


def arg(v):
    print("argument", v)
    return v


obj = Loud()
print(obj.prop(arg(1)))
try:
    obj.missing(arg(2))
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain.nothing(arg(3))
except AttributeError as e:
    print("AttributeError", e)
try:
    [].nope(arg(4))
except AttributeError as e:
    print("AttributeError", e)


class Slotted:
    __slots__ = ("a",)
    kind = "class"

    def method(self):
        return 1


s = Slotted()
for name in ("kind", "method", "a", "other"):
    try:
        setattr(s, name, 1)
        print("set", name)
    except AttributeError as e:
        print("set", name, "AttributeError", e)
    try:
        delattr(s, name)
        print("deleted", name)
    except AttributeError as e:
        print("del", name, "AttributeError", e)


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Base.__eq__")
        return isinstance(other, Base) and self.v == other.v

    def __lt__(self, other):
        print("Base.__lt__")
        return self.v < other.v

    def __add__(self, other):
        print("Base.__add__")
        return "base-add"

    def __radd__(self, other):
        print("Base.__radd__")
        return "base-radd"


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return isinstance(other, Derived) and self.v == other.v

    def __gt__(self, other):
        print("Derived.__gt__")
        return self.v > other.v

    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived-radd"


class Inheriting(Base):
    pass


print(Base(1) == Derived(1), Derived(1) == Base(1))
print(Base(1) != Derived(1))
print(Base(1) < Derived(2))
print(Base(1) + Derived(1))
print(Base(1) + Inheriting(1))
print(Base(1) == Inheriting(1))


class Hooked:
    def __getattr__(self, name):
        print("__getattr__ once for", name)
        raise AttributeError("hook says no: " + name)


h = Hooked()
for thunk in (lambda: h.missing, lambda: getattr(h, "missing"), lambda: getattr(h, "missing", "default"),
              lambda: hasattr(h, "missing")):
    try:
        print(thunk())
    except AttributeError as e:
        print("AttributeError", e)
