# self.NAME where NAME is a class attribute (a constant) is cached at the read's site; every later
# change that CPython would see must still be seen.


class Base:
    LIMIT = 10
    ITEMS = [1, 2]


class C(Base):
    SCALE = 2.5

    def __init__(self, tag):
        self.tag = tag

    def read(self):
        return self.LIMIT, self.SCALE, self.ITEMS


def show(objs, label):
    print(label, [o.read() for o in objs])


a, b = C("a"), C("b")
for _ in range(3):
    show([a, b], "plain")
a.LIMIT = "own"                       # an instance attribute shadowing the class constant
show([a, b], "shadowed")
del a.LIMIT
show([a, b], "unshadowed")
C.LIMIT = 20                          # the class's own, over the base's
show([a, b], "class")
del C.LIMIT
Base.LIMIT = 30                       # a base class changed
show([a, b], "base")
Base.ITEMS.append(3)                  # the same list object, mutated
show([a], "mutated")
b.extra = 1                           # another layout for the same class
show([a, b], "layouts")


class Getter:
    def __get__(self, obj, owner):
        return "descriptor for " + obj.tag


C.SCALE = Getter()                    # the constant replaced by a descriptor
show([a, b], "descriptor")
C.SCALE = property(lambda self: "property " + self.tag)
show([a], "property")
C.SCALE = 1.0


def hook(self, name):
    return "intercepted " + name if name == "LIMIT" else object.__getattribute__(self, name)


C.__getattribute__ = hook             # a hook added after the reads were cached
show([a], "hooked")
del C.__getattribute__
show([a], "unhooked")


class Other:
    LIMIT = "other"
    SCALE = None
    ITEMS = ()

    def __init__(self):
        self.tag = "o"


a.__class__ = Other                   # the instance changes class
print("class changed", C.read(a))
a.__class__ = C


class Slotted(Base):
    __slots__ = ("tag",)

    def read(self):
        return self.LIMIT, self.ITEMS


s = Slotted()
print("slotted", s.read(), s.read())
Base.LIMIT = 40
print("slotted", s.read())
try:
    s.LIMIT = 1
except AttributeError as e:
    print("AttributeError:", e)
