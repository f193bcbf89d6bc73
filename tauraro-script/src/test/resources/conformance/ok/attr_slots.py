# __slots__: no __dict__, no new attributes, member descriptors on the class, unset slots,
# inheritance with and without slots, '__dict__' and '__weakref__' in __slots__.


def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


class S:
    __slots__ = ("a",)


s = S()
attempt("unset", lambda: s.a)
attempt("new attr", lambda: setattr(s, "b", 1))
attempt("__dict__", lambda: s.__dict__)
attempt("vars", lambda: vars(s))
s.a = 10
print(s.a, hasattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "default"))
del s.a
print(hasattr(s, "a"))
attempt("del unset", lambda: delattr(s, "a"))
print(type(S.a).__name__, S.a, S.a.__name__)
s.a = 5
print(S.a.__get__(s, S))
S.a.__set__(s, 6)
print(s.a, S.__slots__)


class T(S):
    pass


t = T()
t.b = 2
t.a = 1
print(t.__dict__, t.a)


class U(S):
    __slots__ = ("c",)


u = U()
u.a, u.c = 1, 3
print(u.a, u.c)
attempt("U new attr", lambda: setattr(u, "d", 1))
attempt("U __dict__", lambda: u.__dict__)


class W:
    __slots__ = ("a", "__dict__", "__weakref__")


w = W()
w.a = 1
w.z = 3
print(w.__dict__, w.a)


class One:
    __slots__ = "only"


o = One()
o.only = "x"
print(One.__slots__, One.only, o.only)


attempt("conflict", lambda: type("V", (), {"__slots__": ("a",), "a": 1}))


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


def layout_conflict():
    class C(A, B):
        pass
    return C


attempt("layout", layout_conflict)


class Empty:
    __slots__ = ()


attempt("empty", lambda: setattr(Empty(), "q", 1))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x += 5
print(p, [getattr(p, n) for n in Point.__slots__])
attempt("Point.z", lambda: setattr(p, "z", 0))
print(sorted(n for n in dir(p) if not n.startswith("__")))
