# Special methods found on the type go through the descriptor protocol, as CPython's lookup does.


class Getter:
    """A descriptor whose __get__ hands back a function closed over the instance."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        print("__get__", type(obj).__name__, owner.__name__)
        return lambda *a: self.fn(obj, *a)


class Plain:
    """A callable without __get__: called without the instance."""

    def __init__(self, result):
        self.result = result

    def __call__(self, *args):
        print("Plain called with", len(args), "args")
        return self.result


class C:
    __len__ = Getter(lambda self: 3)
    __str__ = Getter(lambda self: "str via descriptor")
    __repr__ = Getter(lambda self: "<C via descriptor>")
    __iter__ = Getter(lambda self: iter([1, 2]))
    __add__ = Getter(lambda self, other: ("add", other))
    __contains__ = Getter(lambda self, x: x == 5)
    __getitem__ = Getter(lambda self, k: ("item", k))
    __bool__ = Getter(lambda self: False)
    __eq__ = Getter(lambda self, other: "eq")
    __call__ = Getter(lambda self, *a: ("called", a))
    __hash__ = Getter(lambda self: 42)
    __index__ = Getter(lambda self: 2)
    __neg__ = Getter(lambda self: "neg")


c = C()
print(len(c))
print(str(c))
print(repr(c))
print([x for x in c])
print(c + 1)
print(5 in c)
print(c["k"])
print(bool(c))
print(bool(c == 1))
print(c(1, 2))
print(hash(c))
print([10, 20, 30][c])
print(-c)


class S:
    __len__ = staticmethod(lambda: 7)
    __str__ = staticmethod(lambda: "static str")
    __iter__ = classmethod(lambda cls: iter([cls.__name__]))
    __getitem__ = staticmethod(lambda k: k * 2)
    __add__ = classmethod(lambda cls, o: (cls.__name__, o))


s = S()
print(len(s), str(s), [x for x in s], s[4], s + 1)


class P:
    __len__ = Plain(9)
    __str__ = Plain("plain str")
    __add__ = Plain("plain add")


p = P()
print(len(p))
print(str(p))
print(p + 1)


class Ctx:
    __enter__ = Getter(lambda self: "entered")
    __exit__ = Getter(lambda self, *exc: print("exit", exc[0]))


with Ctx() as v:
    print(v)


class Prop:
    __len__ = property(lambda self: (lambda: 11))


print(len(Prop()))


class Regular:
    def __len__(self):
        return 1

    def __add__(self, other):
        return other + 1


print(len(Regular()), Regular() + 1)
