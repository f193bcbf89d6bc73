# Data model audit: attribute access (__getattr__, __getattribute__, __setattr__, __delattr__,
# __dir__), descriptors (__get__, __set__, __delete__, __set_name__),
# __slots__, __dict__ and __class__. Expected output from CPython 3.11.

def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class Hooks:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "from __getattribute__"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "from __getattr__ " + name

    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)

    def __dir__(self):
        return ["b", "a", "real"]


h = Hooks()
check("real", lambda: h.real)
check("getattribute", lambda: h.secret)
check("getattr fallback", lambda: h.other)
h.x = 5
check("set", lambda: h.x)
del h.x
check("after del", lambda: h.x)
check("dir sorted", lambda: dir(h))
check("getattr builtin", lambda: getattr(h, "other"))
check("vars", lambda: vars(h))


class Raising:
    def __getattribute__(self, name):
        raise AttributeError("nope " + name)

    def __getattr__(self, name):
        return "rescued " + name


check("getattr after getattribute AttributeError", lambda: Raising().x)


class Typed:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("int required")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("__delete__")
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data"


class Model:
    size = Typed()
    label = NonData()


m = Model()
check("descriptor unset", lambda: m.size)
m.size = 3
check("descriptor set", lambda: (m.size, m.__dict__))
check("descriptor type check", lambda: setattr(m, "size", "x"))
del m.size
check("descriptor deleted", lambda: m.size)
check("descriptor on class", lambda: Model.size)
check("non-data", lambda: m.label)
m.label = "instance wins"
check("instance dict over non-data", lambda: m.label)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
check("slot", lambda: s.a)
check("unset slot", lambda: s.b)
check("new attribute", lambda: setattr(s, "c", 1))
check("no __dict__", lambda: s.__dict__)
check("slot descriptor", lambda: type(Slotted.a).__name__)
check("__slots__ value", lambda: Slotted.__slots__)


class WithDict:
    pass


w = WithDict()
w.__dict__["k"] = 5
check("dict write seen", lambda: w.k)
w.j = 6
check("attribute write in dict", lambda: w.__dict__)
w.__dict__ = {"z": 1}
check("dict replaced", lambda: (w.z, hasattr(w, "k")))


class Other:
    def hello(self):
        return "other"


w.__class__ = Other
check("__class__ assignment", lambda: (type(w).__name__, w.hello()))
check("__class__ read", lambda: m.__class__.__name__)
