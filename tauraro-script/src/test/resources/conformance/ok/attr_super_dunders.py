# super() for dunders and methods: object's defaults (__str__, __repr__, __eq__, __ne__, __hash__,
# __format__, comparisons), user bases, two-argument super, super in classmethods and properties.


class Plain:
    pass


class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        base = super().__repr__()
        return "Named(" + self.name + ") wrapping " + base.split(" object at ")[0] + " object>"

    def __str__(self):
        return "str:" + super().__str__()

    def __eq__(self, other):
        if isinstance(other, Named):
            return self.name == other.name
        return super().__eq__(other)

    def __hash__(self):
        return hash(self.name)

    def __format__(self, spec):
        if spec:
            return format(self.name, spec)
        return super().__format__(spec)


a, b = Named("a"), Named("a")
print(repr(a))
print(str(a))
print(a == b, a != b, a == 1, a.__eq__(1), a.__ne__(b))
print(hash(a) == hash("a"), f"[{a:>4}]", format(a))
p = Plain()
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), object.__lt__(p, 1))
print(object.__hash__(p) == hash(p), Plain.__hash__(p) == hash(p), p.__hash__() == hash(p))
print(object.__repr__(p) == repr(p), object.__str__(p) == str(p), p.__str__() == repr(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e)


class Base:
    def greet(self):
        return "base"

    @classmethod
    def create(cls):
        return ("Base.create", cls.__name__)

    @property
    def kind(self):
        return "base-kind"

    def __getattr__(self, name):
        return "base-getattr:" + name


class Mid(Base):
    def greet(self):
        return "mid+" + super().greet()

    @classmethod
    def create(cls):
        return ("Mid",) + super().create()

    @property
    def kind(self):
        return "mid/" + super().kind


class Leaf(Mid):
    def greet(self):
        return "leaf+" + super(Leaf, self).greet() + "|" + super(Mid, self).greet()

    def __getattr__(self, name):
        return "leaf+" + super().__getattr__(name)


leaf = Leaf()
print(leaf.greet(), Leaf.create(), leaf.kind, leaf.whatever)
print(super(Leaf, leaf).greet(), super(Mid, Leaf).create())
try:
    super(Leaf, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Plain, p).missing
except AttributeError as e:
    print("AttributeError:", e)


class Error(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


e = Error(3)
print(e, e.args, e.code)


class Box:
    def __init__(self):
        super().__init__()
        super().__setattr__("v", 1)

    def __lt__(self, other):
        return super().__lt__(other)


bx = Box()
print(bx.v, bx.__lt__(bx))
try:
    bx < bx
except TypeError as e:
    print("TypeError:", e)
