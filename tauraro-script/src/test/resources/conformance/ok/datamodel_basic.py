# Data model audit: object creation, representation, comparison, hashing and truth
# (the language reference's "Basic customization"). Expected output from CPython 3.11.
def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class Point:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __bytes__(self):
        return bytes([self.x, self.y])

    def __format__(self, spec):
        return "P<" + spec + ">" if spec else str(self)


p = Point(1, y=2)
check("repr", lambda: repr(p))
check("str", lambda: str(p))
check("print-like", lambda: f"{p} {p!r} {p:>5} {p!s}")
check("format", lambda: format(p, "x"))
check("bytes", lambda: bytes(p))
check("container repr", lambda: [p, (p,), {"k": p}])


class NotInit:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


check("__new__ returning other type", lambda: NotInit())


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt")
        return self.v < o.v

    def __le__(self, o):
        print("le")
        return self.v <= o.v

    def __eq__(self, o):
        print("eq")
        return isinstance(o, Cmp) and self.v == o.v

    def __gt__(self, o):
        print("gt")
        return self.v > o.v

    def __ge__(self, o):
        print("ge")
        return self.v >= o.v

    def __hash__(self):
        return hash(self.v)


a, b = Cmp(1), Cmp(2)
check("lt", lambda: a < b)
check("le", lambda: a <= b)
check("eq", lambda: a == Cmp(1))
check("ne from eq", lambda: a != b)
check("gt", lambda: a > b)
check("ge", lambda: a >= b)
check("hash used by dict", lambda: {a: "one"}[Cmp(1)])
check("sorted uses lt", lambda: [c.v for c in sorted([b, a])])


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


check("reflected gt via lt", lambda: OnlyLt(2) > OnlyLt(1))
check("no le", lambda: OnlyLt(1) <= OnlyLt(2))
check("eq default identity", lambda: (OnlyLt(1) == OnlyLt(1), OnlyLt(1) != OnlyLt(1)))


class EqNoHash:
    def __eq__(self, o):
        return True


class HashNone:
    __hash__ = None


check("eq without hash is unhashable", lambda: hash(EqNoHash()))
check("__hash__ = None", lambda: hash(HashNone()))
check("__hash__ attribute", lambda: (EqNoHash.__hash__, HashNone.__hash__))


class BigHash:
    def __hash__(self):
        return 2 ** 70


check("hash folded", lambda: hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return "x"


check("hash must be int", lambda: hash(BadHash()))


class Truth:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


check("bool", lambda: (bool(Truth(True)), bool(Truth(False)), not Truth(False)))
check("len fallback", lambda: (bool(Sized(0)), bool(Sized(3))))
check("default true", lambda: bool(object()))
check("bool must return bool", lambda: bool(BadBool()))
check("if uses bool", lambda: "yes" if Sized(1) else "no")
