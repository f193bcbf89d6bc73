# type(name, bases, ns) makes a class; type(x) is the class of x, metaclasses included.
def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "dims": 2, "norm": lambda self: abs(self.x)})
p = Point(-3)
print(Point, Point.__name__, Point.__qualname__, Point.__bases__, p.x, p.norm(), Point.dims, type(p) is Point)


class Base:
    def hello(self):
        return "hello " + type(self).__name__


Derived = type("Derived", (Base,), {"extra": True})
print(Derived().hello(), Derived.extra, issubclass(Derived, Base), [c.__name__ for c in Derived.__mro__])
print(type(Derived), type(type), type(int), type(Base()), type(len).__name__)


class Hook:
    def __init_subclass__(cls, **kw):
        cls.kw = kw


Dyn = type("Dyn", (Hook,), {}, answer=42)
print(Dyn.kw)
Mod = type("Mod", (), {"__module__": "somewhere", "__qualname__": "Outer.Mod"})
print(Mod, Mod.__module__, Mod.__qualname__)

for args in [("a", (), {}, 4), (1, (), {}), ("a", 1, {}), ("a", (), 1), ("a", (1,), {}), ()]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type("a"), type(b""), type(None).__name__)
