# Calling a class whose construction is object.__new__ then a plain __init__: call nodes run
# __init__ themselves. Each corner here must still act as type.__call__ does.

class P:
    def __init__(self, x, y=10, z=20):
        self.x, self.y, self.z = x, y, z

    def total(self, k=1, m=2):
        return (self.x + self.y + self.z) * k + m


for args in [(1,), (1, 2), (1, 2, 3)]:
    p = P(*args)
    print(p.x, p.y, p.z, p.total(), p.total(3), p.total(3, 4))
print(vars(P(1)), vars(P(1, 2)), vars(P(1, 2, 3)), vars(P(x=5)))

for call in (lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1).total(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Zero:
    def __init__(self):
        self.made = True


print(Zero().made)
try:
    Zero(1)
except TypeError as e:
    print("TypeError:", e)


class Returns:
    def __init__(self, v):
        self.v = v
        return v


print(Returns(None).v)
for v in (1, "s"):
    try:
        Returns(v)
    except TypeError as e:
        print("TypeError:", e)


# __init__ replaced, then __new__ added, after the call site has seen the class.
class R:
    def __init__(self, a, b):
        self.s = a + b


def make():
    return R(1, 2)


print(make().s)
R.__init__ = lambda self, a, b: setattr(self, "s", a * b)
print(make().s)


def init3(self, a, b, c=100):
    self.s = a - b - c


R.__init__ = init3
print(make().s)


def new(cls, *a):
    print("new", cls.__name__, a)
    return object.__new__(cls)


R.__new__ = staticmethod(new)
print(make().s)


# An argument that rebinds __init__: the class call looks __init__ up after its arguments.
class Late:
    def __init__(self, a, b):
        self.how = "first"


def rebind():
    Late.__init__ = lambda self, a, b: setattr(self, "how", "second")
    return 0


print(Late(1, 2).how, Late(rebind(), 1).how)


# An argument that replaces the defaults of the method being called.
class D:
    def m(self, a, b=1, c=2):
        return (a, b, c)


def shorten():
    D.m.__defaults__ = None
    return 7


d = D()
print(d.m(0), d.m(0, 5))
try:
    print(d.m(shorten()))
except TypeError as e:
    print("TypeError:", e)
D.m.__defaults__ = (8, 9)
print(d.m(0), d.m(0, 1))


def fn(a, b=3):
    return a * b


print(fn(2), fn(2, 5))
fn.__defaults__ = (4,)
print(fn(2))


# A subclass, a base's __init__, a metaclass, a __slots__ class, an exception class, a dict subclass.
class Q(P):
    pass


class Q2(P):
    def __init__(self, a):
        super().__init__(a, a, a)


print(vars(Q(7)), vars(Q2(2)))


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a, b, c):
        self.t = (a, b, c)


print(M(1, 2, 3).t)


class S:
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c=3):
        self.a, self.b, self.c = a, b, c


s = S(1, 2)
print(s.a, s.b, s.c, hasattr(s, "__dict__"))


class E(Exception):
    def __init__(self, a, b, c):
        super().__init__(a + b + c)


print(repr(E(1, 2, 3)), E(1, 2, 3).args)


class DD(dict):
    def __init__(self, a, b, c):
        super().__init__(a=a, b=b, c=c)


print(DD(1, 2, 3))


# Errors raised inside __init__ come out of the call.
class Bad:
    def __init__(self, a):
        raise ValueError("bad %r" % (a,))


try:
    Bad(5)
except ValueError as e:
    print("ValueError:", e)
