# Metaclasses: type subclasses with __new__/__init__/__call__/__prepare__, inheritance and conflicts.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, type(Config), type(a).__name__, isinstance(Config, type), isinstance(Config, Singleton))


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Model(metaclass=Registry):
    pass


class User(Model):
    pass


print(Registry.classes, User.describe(), User.upper_name, type(User) is Registry, User.__class__)
try:
    User().describe()
except AttributeError as e:
    print("AttributeError:", e)


class Upper(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        cls = super().__new__(mcs, name, bases, renamed)
        cls.created_by = mcs.__name__
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Shout(metaclass=Upper, loud=True):
    greeting = "hi"

    def speak(self):
        return "spoken"


print(Shout.GREETING, Shout().SPEAK(), Shout.created_by, Shout.options, hasattr(Shout, "greeting"))


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = type.__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        type.__init__(cls, name, bases, ns)


class Fields(metaclass=Ordered, tag="x"):
    zeta = 1
    alpha = 2

    def method(self):
        return self.injected


print(Fields.order, Fields().method())


class NoDuplicates:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        if key in self.data and not key.startswith("__"):
            raise TypeError("duplicate attribute " + key)
        self.data[key] = value

    def __iter__(self):
        return iter(self.data)


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns.data)


try:
    class Twice(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


class Once(metaclass=Strict):
    x = 1


print(Once.x, type(Once).__name__)


class Meta1(type):
    pass


class Meta2(type):
    pass


class DerivedMeta(Meta1):
    pass


class P(metaclass=Meta1):
    pass


class Q(metaclass=Meta2):
    pass


class R(metaclass=DerivedMeta):
    pass


class S(P, R):
    pass


print(type(S).__name__, type(P).__name__)
try:
    class T(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)


class Inherited(P):
    pass


print(type(Inherited).__name__, Inherited.__class__.__name__, type(type(Inherited)).__name__)


class Outer:
    class Inner:
        pass

    def method(self):
        pass


print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.__module__, Outer.Inner)
print(S.__mro__)
print([c.__name__ for c in S.mro()], S.__bases__, P.__bases__)
print(P.__subclasses__(), sorted(c.__name__ for c in Outer.__subclasses__()))


def meta_function(name, bases, ns, **kw):
    ns["made_by"] = "function"
    ns["kw"] = kw
    return type(name, bases, ns)


class ByFunction(metaclass=meta_function, x=1):
    pass


print(ByFunction.made_by, ByFunction.kw, type(ByFunction).__name__)


class Counting(type):
    count = 0

    def __call__(cls, *args, **kwargs):
        Counting.count += 1
        return type.__call__(cls, *args, **kwargs)


class Point(metaclass=Counting):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, y=2)
print(p.x, p.y, Counting.count, Point.__name__)


class Init(type):
    def __init__(cls, name, bases, ns):
        cls.fields = sorted(k for k in ns if not k.startswith("_"))


class Rec(metaclass=Init):
    b = 1
    a = 2


class Rec2(Rec):
    c = 3


print(Rec.fields, Rec2.fields)
print(type.__new__(Meta1, "Dyn", (), {"v": 5}).v, type(type.__new__(Meta1, "Dyn", (), {})).__name__)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
