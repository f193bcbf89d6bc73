# isinstance against runtime-checkable protocols: the members come from the protocol's MRO (dicts and
# annotations, inherited protocols included) as they are at each check, a method set to None on the
# instance blocks it, properties are asked (and may raise AttributeError, which counts as absent).
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class Both(HasX, Closable, Protocol):
    y: str


class Plain:
    pass


class WithX:
    x = 1


class WithXY:
    def __init__(self):
        self.x = 0
        self.y = "y"

    def close(self):
        pass


class ClosedNone:
    close = None


class InstanceNone:
    def __init__(self):
        self.close = None


class Calls:
    def __init__(self):
        self.asked = 0

    @property
    def x(self):
        self.asked += 1
        return self.asked


class Raises:
    @property
    def x(self):
        raise AttributeError("no x today")


class RaisesOther:
    @property
    def x(self):
        raise ValueError("broken x")


class Dynamic:
    def __getattr__(self, name):
        if name == "x":
            return 5
        raise AttributeError(name)


for obj in [Plain(), WithX(), WithXY(), ClosedNone(), InstanceNone(), Dynamic(), 3, "s", None]:
    print(type(obj).__name__, isinstance(obj, HasX), isinstance(obj, Closable), isinstance(obj, Both))

c = Calls()
print(isinstance(c, HasX), c.asked)
print(isinstance(Raises(), HasX))
try:
    isinstance(RaisesOther(), HasX)
except ValueError as e:
    print("ValueError", e)

# a class attribute that is callable on the protocol but data on the instance still counts
class CloseData:
    close = 0
print(isinstance(CloseData(), Closable))

# members added to or removed from a protocol later are seen by the next check
print(isinstance(WithX(), HasX))
HasX.extra = 0
print(isinstance(WithX(), HasX))
del HasX.extra
print(isinstance(WithX(), HasX))
HasX.__annotations__["z"] = int
print(isinstance(WithX(), HasX), isinstance(WithXY(), Both))
WithX.z = 2
print(isinstance(WithX(), HasX))

# nominal subclasses pass without the members; non-runtime protocols refuse
class Nominal(Closable):
    pass
print(isinstance(Nominal(), Closable), isinstance(Nominal(), HasX))


class NotRuntime(Protocol):
    x: int
try:
    isinstance(WithX(), NotRuntime)
except TypeError as e:
    print("TypeError", e)


# annotation keys that are not plain str: a str subclass is a member name, an int is refused
class Name(str):
    pass


@runtime_checkable
class Odd(Protocol):
    v: int


Odd.__annotations__[Name("w")] = int
class HasW:
    v = w = 1
print(isinstance(HasW(), Odd), isinstance(WithX(), Odd))
Odd.__annotations__[5] = int
try:
    isinstance(HasW(), Odd)
except AttributeError as e:
    print("AttributeError", e)
