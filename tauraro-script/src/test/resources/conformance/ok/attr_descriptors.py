# Descriptors: __get__/__set__/__delete__ on script classes, __set_name__, the lookup order
# (data descriptor > instance dict > non-data descriptor), property with getter/setter/deleter,
# classmethod/staticmethod/function __get__, bound method __func__/__self__.


class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = int(value)

    def __delete__(self, obj):
        print("deleting", self.name, "from", type(obj).__name__)
        del obj.__dict__[self.name]


class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class Model:
    size = Typed()
    other = NonData()


m = Model()
print(m.size, Model.size.name, Model.size.owner, isinstance(Model.size, Typed))
m.size = "42"
print(m.size, m.__dict__)
m.__dict__["size"] = "shadow?"
print(m.size)  # the data descriptor wins over the instance dict
del m.size
print(m.size)
print(m.other, Model.other)
m.__dict__["other"] = "instance wins"
print(m.other)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1

    def __delete__(self, obj):
        pass


class H:
    r = ReadOnly()


h = H()
try:
    h.r = 2
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleter called")
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="computed")


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
for action in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)
print(p.__get__(t, Temperature) is None, p.__get__(None, Temperature) is p)
p.__set__(t, 7)
print(t.celsius)
kw = property(fget=lambda self: "kw")


class K:
    v = kw


print(K().v)


class Methods:
    def f(self, x):
        return ("f", x)

    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)

    @staticmethod
    def s(x):
        return ("s", x)


class Sub(Methods):
    pass


obj = Methods()
bound = Methods.f.__get__(obj, Methods)
print(bound(1), bound.__self__ is obj, bound.__func__ is Methods.f)
cm = Methods.__dict__["c"]
sm = Methods.__dict__["s"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(3))
print(cm.__get__(None, Sub)(2), sm.__get__(obj)(4))
print(obj.f.__func__ is Methods.f, Sub.c.__self__ is Sub, Sub().c(5))
print(Methods.f.__get__(None, Methods) is Methods.f)


def log_errors(desc):
    try:
        class Owner:
            d = desc
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom")


log_errors(Bad())


class Counter:
    """A descriptor counting reads per instance, stored on the instance under a private name."""

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        n = getattr(obj, self.private, 0) + 1
        setattr(obj, self.private, n)
        return n


class Page:
    views = Counter()


pg = Page()
print(pg.views, pg.views, pg.views, pg._views)
