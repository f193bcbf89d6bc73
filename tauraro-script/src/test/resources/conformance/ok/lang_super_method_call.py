# super().name(args) in methods: the corners a direct call must keep


class Base:
    def greet(self, who, punct="!"):
        return f"Base.greet {type(self).__name__} {who}{punct}"

    def __init__(self, x):
        self.x = x

    @classmethod
    def make(cls, v):
        return f"Base.make {cls.__name__} {v}"

    @staticmethod
    def util(a, b):
        return f"Base.util {a} {b}"

    @property
    def prop(self):
        return "Base.prop"

    def __repr__(self):
        return "<Base>"


class Mid(Base):
    def greet(self, who, punct="?"):
        return "Mid(" + super().greet(who, punct=punct) + ")"


class Leaf(Mid):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def greet(self, who):
        return "Leaf(" + super().greet(who) + ")"

    @classmethod
    def make(cls, v):
        return "Leaf(" + super().make(v) + ")"

    def use_static(self):
        return super().util(1, 2)

    def use_prop(self):
        return super().prop

    def kw(self):
        return super().greet(who="kw", punct=".")

    def star(self, *a, **k):
        return super().greet(*a, **k)

    def rep(self):
        return super().__repr__()

    def missing(self):
        return super().nothing(1)

    def hash_of_object(self):
        return super().__eq__(self), super().__ne__(self)


leaf = Leaf(1, 2)
print(leaf.x, leaf.y)
for _ in range(3):
    print(leaf.greet("w"))
print(Leaf.make(5))
print(leaf.use_static())
print(leaf.use_prop())
print(leaf.kw())
print(leaf.star("s", punct=";"))
print(leaf.rep())
print(leaf.hash_of_object())
try:
    leaf.missing()
except AttributeError as e:
    print("AttributeError:", e)


# the method changes on a base after the call site ran: the next call sees it
def other_greet(self, who, punct="#"):
    return f"other {who}{punct}"


original_greet = Base.greet
print(leaf.greet("a"))
Base.greet = other_greet
print(leaf.greet("b"))
del Base.greet
try:
    leaf.greet("c")
except AttributeError as e:
    print("AttributeError:", e)
Base.greet = original_greet
print(leaf.greet("d"))


# an instance attribute of the same name does not matter to super()
class P:
    def m(self):
        return "P.m"


class Q(P):
    def m(self):
        return "Q+" + super().m()


q = Q()
q.m = lambda: "instance"
print(q.m(), Q.m(q))


# the same site reached by instances of different classes (multiple inheritance)
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


for obj in (B(), C(), D(), B(), D()):
    print(type(obj).__name__, obj.who())


# a built-in base met before a script class in the MRO: its method wins
class Mixin:
    def keys(self):
        return "Mixin.keys"

    def get(self, k, d=None):
        return "Mixin.get"


class MyDict(dict, Mixin):
    def keys(self):
        return sorted(super().keys())

    def get(self, k, d=None):
        return ("MyDict", super().get(k, d))


md = MyDict(b=1, a=2)
print(md.keys(), md.get("a"), md.get("z", 0))


# a script class whose attribute is not a plain function: a callable instance, a staticmethod
class Callable:
    def __call__(self, *a):
        return ("called", a)


class HasCallable:
    f = Callable()


class UsesCallable(HasCallable):
    def f(self):
        return super().f(1)


print(UsesCallable().f())


# a first argument that is not an instance of the class
class Strict:
    def m(self):
        return "Strict.m"


class StrictSub(Strict):
    def m(self):
        return super().m()


try:
    StrictSub.m(Strict())
except TypeError as e:
    print("TypeError:", e)


# the first argument rebound in the method before super(): super() takes its current value
class Rebind(Strict):
    def m(self):
        self = RebindSub()
        return super().m()


class RebindSub(Rebind):
    def m(self):
        return "RebindSub.m"


print(Rebind().m())


# __init__ through super() of a class whose base has no __init__ of its own
class NoInit:
    pass


class WithInit(NoInit):
    def __init__(self, v):
        super().__init__()
        self.v = v


print(WithInit(3).v)


# a rebound global `super` is called instead
class G(Base):
    def greet(self, who):
        return super().greet(who)


class FakeSuper:
    def greet(self, who):
        return "fake " + who


def fake_super(*args):
    print("fake_super called with", len(args), "args")
    return FakeSuper()


g = G(0)
print(g.greet("x"))
super = fake_super
print(g.greet("y"))
del super
print(g.greet("z"))


# a local `super` in an enclosing function
def outer():
    super = fake_super

    class InOuter(Base):
        def greet(self, who):
            return super().greet(who)

    return InOuter(0).greet("inner")


print(outer())


# the two-argument form with names
class Two(Base):
    def __init__(self):
        super(Two, self).__init__(7)

    def greet(self, who):
        return "Two(" + super(Two, self).greet(who) + ")"

    def skip(self, who):
        return super(Base, self).__repr__().split(" object at ")[0]

    @classmethod
    def make(cls, v):
        return "Two(" + super(Two, cls).make(v) + ")"

    def wrong(self):
        other = Base(0)
        return super(Two, other).greet("w")

    def not_a_class(self):
        notcls = 3
        return super(notcls, self).greet("w")


class TwoSub(Two):
    pass


for t in (Two(), TwoSub(), Two()):
    print(t.x, t.greet("t"), t.skip("s"), type(t).make(1))
for bad in ("wrong", "not_a_class"):
    try:
        getattr(Two(), bad)()
    except TypeError as e:
        print("TypeError:", e)


def two_arg_fake(*args):
    print("two_arg_fake called with", len(args), "args")
    return FakeSuper()


two = Two()
super = two_arg_fake
print(two.greet("faked"))
del super


# object.__init__ through super() without arguments
class Plain:
    def __init__(self, *a):
        super().__init__(*a)
        self.done = True


class PlainSub(Plain):
    def __init__(self):
        super(PlainSub, self).__init__()


print(Plain().done, PlainSub().done)


# super() in a method without parameters, and with *args only
class NoParams:
    def m():
        return super().m()

    def star(*args):
        return super().__init__()


for name in ("m", "star"):
    try:
        getattr(NoParams, name)()
    except RuntimeError as e:
        print("RuntimeError:", e)


# methods reached through super() that are generators, or capture their parameters
class Gen:
    def items(self, n):
        yield from range(n)

    def adder(self, k):
        return lambda v: (self.__class__.__name__, v + k)


class GenSub(Gen):
    def items(self, n):
        return ["sub"] + list(super().items(n))

    def adder(self, k):
        return super().adder(k * 10)


gs = GenSub()
print(gs.items(3), gs.adder(2)(1))
