# __dict__ reassignment, non-identifier and str-subclass keys, __class__ assignment, dir().
class A:
    def __init__(self):
        self.a = 1
        self.b = 2

    def who(self):
        return "A"


class B:
    def __init__(self):
        self.b = 20
        self.a = 10

    def who(self):
        return "B"


x = A()
old = x.__dict__
x.__dict__ = {"q": 5, "a": 7}
print(x.a, x.q, hasattr(x, "b"), old, x.__dict__)
x.r = 6
print(x.__dict__)
nd = {}
x.__dict__ = nd
x.z = 1
print(nd, x.z)
try:
    x.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)

y = A()
setattr(y, "not an identifier", 3)
setattr(y, "1", 4)
print(y.__dict__, getattr(y, "not an identifier"), vars(y)["1"])


class S(str):
    pass


s = S("a")
setattr(y, s, 99)
print(y.a, y.__dict__, [type(k).__name__ for k in y.__dict__])
setattr(y, S("fresh"), 1)
print(y.fresh, list(y.__dict__))
y.__dict__[1] = "int key"
print(y.__dict__[1], len(y.__dict__))
del y.__dict__[1]
try:
    setattr(y, 1, 2)
except TypeError as e:
    print("TypeError", e)

z = A()
z.__class__ = B
print(z.who(), z.a, z.b, z.__dict__, type(z).__name__)
z.c = 3
print(z.__dict__)
w = B()
print(w.__dict__, list(vars(w)))

print([n for n in dir(z) if not n.startswith("__")])
print([n for n in dir(y) if not n.startswith("__")])


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


class SlottedChild(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = 2


t = Slotted()
print(t.p, hasattr(t, "q"), hasattr(t, "__dict__"))
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError", e)
u = SlottedChild()
print(u.p, u.extra, u.__dict__)
u.q = 3
print(u.q, u.__dict__)

# class attribute vs instance attribute
class K:
    v = "class"

k1, k2 = K(), K()
k1.v = "inst"
print(k1.v, k2.v)
del k1.v
print(k1.v)
K.v = "changed"
print(k1.v, k2.v)
k2.__dict__["v"] = "via dict"
print(k2.v)
