# Data model audit: class creation and type attributes (__init_subclass__, __class_getitem__,
# metaclasses with __prepare__/__new__/__init__/__call__, __instancecheck__, __subclasscheck__,
# type(name, bases, ns), __name__, __qualname__, __module__, __doc__, __bases__, __mro__, mro(),
# __subclasses__(), __dict__, __annotations__). Expected output from CPython 3.11.
def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


check("init_subclass", lambda: (Plugin.registry, Csv.plugin_name))
check("class_getitem", lambda: Plugin[int])
check("init_subclass bad kw", lambda: type("Bad", (Plugin,), {}, other=1))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)

    def __instancecheck__(cls, obj):
        return obj == "anything"

    def __subclasscheck__(cls, sub):
        return sub is int


class Managed(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v


check("meta call", lambda: Managed(3).v)
check("prepared namespace", lambda: Managed.prepared)
check("instancecheck", lambda: (isinstance("anything", Managed), isinstance(3, Managed)))
check("subclasscheck", lambda: (issubclass(int, Managed), issubclass(str, Managed)))
check("type of class", lambda: type(Managed).__name__)

Dyn = type("Dyn", (Csv,), {"x": 1, "hello": lambda self: "hi"})
check("type(name, bases, ns)", lambda: (Dyn.__name__, Dyn.x, Dyn().hello(), Dyn.plugin_name))
check("type(obj)", lambda: type(3).__name__)


class Outer:
    """Outer's doc."""
    attr: int = 1

    class Inner:
        def method(self):
            pass


check("names", lambda: (Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__))
check("module", lambda: Outer.__module__)
check("doc", lambda: (Outer.__doc__, Outer.Inner.__doc__))
check("annotations", lambda: Outer.__annotations__)
check("bases", lambda: [c.__name__ for c in Json.__bases__])
check("mro", lambda: [c.__name__ for c in Dyn.__mro__])
check("mro()", lambda: [c.__name__ for c in Dyn.mro()])
check("subclasses", lambda: [c.__name__ for c in Plugin.__subclasses__()])
check("class dict", lambda: (type(Outer.__dict__).__name__, "attr" in Outer.__dict__))
check("class dict read-only", lambda: Outer.__dict__.__setitem__("x", 1))
check("class attribute set", lambda: (setattr(Outer, "added", 2), Outer.added))
check("object base", lambda: Outer.__bases__[0].__name__)
