# Attribute sites remember class lookups; every change to a class or a base must be seen at once.
class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


class Other:
    kind = "other"

    def greet(self):
        return "other greet"


def read(o):
    return o.kind, o.greet()


c = Child()
for step in range(7):
    if step == 1:
        Base.kind = "changed in base"
    elif step == 2:
        Child.kind = "shadowed in child"
    elif step == 3:
        Base.greet = lambda self: "replaced method"
    elif step == 4:
        c.greet = lambda: "instance attribute wins over a plain function"
    elif step == 5:
        del Child.kind
        del c.greet
    elif step == 6:
        c.__class__ = Other
    print(step, read(c))

# a property added to the class after the site has seen a plain instance attribute
class P:
    def __init__(self):
        self.v = "instance value"


def get_v(o):
    return o.v


p = P()
print(get_v(p))
P.v = property(lambda self: "property wins")
print(get_v(p))
del P.v
print(get_v(p))

# the same site seeing many types in turn
class A:
    x = 1


class B:
    x = 2


class C(A):
    pass


print([o.x for o in [A(), B(), C(), A(), C(), B()] * 2])
A.x = 10
print([o.x for o in [A(), B(), C()]])

# a setattr hook installed later, and removed again
class H:
    pass


def store(o):
    o.y = 1
    return o.__dict__


h = H()
print(store(h))
H.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 100)
print(store(h))
del H.__setattr__
print(store(h))

# method call sites: a method replaced on the class between calls, and a subclass override added later
class M:
    def f(self):
        return "f1"


class N(M):
    pass


n = N()
out = []
for i in range(4):
    if i == 1:
        M.f = lambda self: "f2"
    if i == 2:
        N.f = lambda self: "override"
    if i == 3:
        del N.f
    out.append(n.f())
print(out)

# augmented assignment through a site, with a class attribute as the first value
class Counter:
    count = 0


k = Counter()
for _ in range(3):
    k.count += 1
print(k.count, Counter.count)
Counter.count = 100
k2 = Counter()
k2.count += 1
print(k2.count)
