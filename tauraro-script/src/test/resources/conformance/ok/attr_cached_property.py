# functools.cached_property: a non-data descriptor with __set_name__ that caches in the instance __dict__.
import functools


class C:
    def __init__(self, base):
        self.base = base

    @functools.cached_property
    def value(self):
        """the doubled base"""
        print("computing")
        return self.base * 2


c = C(21)
print(c.value, c.value, c.__dict__)
del c.value
print(c.value)
c.value = 7
print(c.value, C.value.__doc__, type(C.value).__name__, C.value.attrname)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        a = functools.cached_property(lambda self: 1)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
