# Class keyword arguments reach __init_subclass__ (an implicit classmethod); *bases and **kw work.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, flag=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.flag = flag
        Plugin.registry.append(cls)


class Csv(Plugin, name="csv", flag=True):
    pass


class Json(Plugin):
    pass


print([c.plugin_name for c in Plugin.registry], Csv.flag, Json.flag)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Sub(Csv, name="sub"):
    pass


print(Sub.plugin_name, Sub.flag, len(Plugin.registry))

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    pass


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


bases = (Base, Mixin)
opts = {"name": "starred"}


class Star(Plugin, *bases, **opts):
    pass


print(Star.plugin_name, [c.__name__ for c in Star.__mro__], Star().hello())


class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count


class A(Counted):
    pass


class B(Counted):
    pass


class C(A):
    pass


print(A.index, B.index, C.index, Counted.count)


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class Child(Generic):
    pass


print(Generic[int], Child["x"], type(Generic.__dict__["__class_getitem__"]).__name__)


class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        cls.kw = kw


class E2(Explicit, a=1, b=2):
    pass


print(E2.kw)
