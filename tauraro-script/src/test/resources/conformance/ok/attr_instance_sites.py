# Reads and stores of instance attributes at one site, seen with many classes and dict layouts,
# while classes gain hooks and descriptors and instances change class or lose attributes.


class Base:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v


class A(Base):
    pass


class B(Base):
    def __init__(self, x):
        self.y = "y first"          # another layout: x at another position
        self.x = x


class C(Base):
    pass


class D(Base):
    pass


class E(Base):
    pass


objs = [A(1), B(2), C(3), D(4), E(5), A(6), B(7)]
for round in range(3):
    for o in objs:
        o.put(o.get() + 10)
    print([o.get() for o in objs])


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


a, a2 = A(1), A(2)
for i in range(3):
    set_x(a, get_x(a) + 1)
print(get_x(a), get_x(a2))

del a.x                                   # the dict leaves the shared layout
try:
    get_x(a)
except AttributeError as e:
    print("AttributeError", e)
set_x(a, "again")
print(get_x(a), get_x(a2))
a2.__dict__["x"] = "through __dict__"
print(get_x(a2))
a2.__dict__ = {"x": "new dict"}
print(get_x(a2))
set_x(a2, "stored in the new dict")
print(a2.__dict__)

# a data descriptor added to a base class takes over reads and stores
log = []


class Prop:
    def __get__(self, obj, owner):
        return "descriptor read"

    def __set__(self, obj, value):
        log.append(value)


c = C(0)
set_x(c, 1)
print(get_x(c))
Base.x = Prop()
set_x(c, 2)
print(get_x(c), c.__dict__, log)
del Base.x
print(get_x(c))

# a plain class attribute added: the instance's own value still wins
D.x = "class value"
d = D(9)
print(get_x(d))
del d.x
print(get_x(d))
del D.x

# hooks added later
e = E(1)
print(get_x(e))
E.__getattribute__ = lambda self, name: "getattribute " + name
print(get_x(e))
del E.__getattribute__
E.__setattr__ = lambda self, name, v: log.append((name, v))
set_x(e, "hooked")
print(get_x(e), log[-1])
del E.__setattr__
set_x(e, "plain again")
print(get_x(e))

# __class__ assignment keeps the dict and its layout
class F(Base):
    @property
    def x(self):
        return "property of F"

    @x.setter
    def x(self, v):
        log.append(("F", v))


b = A(5)
print(get_x(b))
b.__class__ = C
print(get_x(b))
try:
    b.__class__ = F
    print(get_x(b))
    set_x(b, "to F")
    print(log[-1], b.__dict__)
except TypeError as ex:
    print("TypeError", ex)

# exceptions keep some attributes outside the dict
class Err(Exception):
    pass


def set_args(o, v):
    o.args = v


def get_args(o):
    return o.args


err = Err(1)
for v in ((2,), (3,), [4]):
    set_args(err, v)
    print(get_args(err), err.__dict__)

# slotted and mixed classes at the same sites
class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


for o in (S(1), A(2), S(3), A(4)):
    set_x(o, get_x(o) * 10)
    print(type(o).__name__, get_x(o))
try:
    S(1).y = 2
except AttributeError as ex:
    print("AttributeError", ex)

# many layouts of one class at one site (more than a site keeps)
class Many:
    pass


ms = []
for i in range(12):
    m = Many()
    for j in range(i % 6):
        setattr(m, "a%d" % j, j)
    m.x = i
    ms.append(m)
for r in range(2):
    for m in ms:
        set_x(m, get_x(m) + 100)
print([get_x(m) for m in ms])

# list's methods called on instances of a list subclass, at one site, while the class and the
# instance come to define the name themselves
class Coll(list):
    pass


def add(c, *v):
    return c.append(*v)


coll = Coll()
for i in range(3):
    print(add(coll, i), coll)
try:
    add(coll, 1, 2)
except TypeError as ex:
    print("TypeError", str(ex).split(".")[-1])   # (CPython names the subclass: Coll.append())
coll.append = lambda v: "own append " + str(v)
print(add(coll, 3), coll)
del coll.append
Coll.append = lambda self, v: list.append(self, v * 10)
print(add(coll, 4), coll)
del Coll.append
print(add(coll, 5), coll)
Coll.__getattribute__ = lambda self, name: (lambda v: "getattribute " + name)
print(add(coll, 6), coll)
del Coll.__getattribute__
print(add(coll, 7), coll.pop(), coll.pop(0), coll)

# a method called at one site on instances without a dict, with one, and after an instance
# attribute of the same name shadows it
class M:
    def m(self):
        return "method of " + type(self).__name__


class M2(M):
    pass


def call_m(o):
    return o.m()


fresh, other, shadow = M(), M2(), M()
other.z = 1
shadow.z = 1
print(call_m(fresh), call_m(other), call_m(shadow))
shadow.m = lambda: "shadowing attribute"
fresh.m = lambda: "attribute on a fresh dict"
print(call_m(fresh), call_m(other), call_m(shadow), call_m(M()))
M.m = lambda self: "replaced"
print(call_m(M()), call_m(other), call_m(shadow))
