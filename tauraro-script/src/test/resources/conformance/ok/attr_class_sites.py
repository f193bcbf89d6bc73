# Attribute reads and method calls on class objects at one site, and special-method lookups for
# operators, while classes change under them: each must see the class as it is now.


class Strength:
    REQUIRED = 0
    WEAK = 5

    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a < b)

    @staticmethod
    def weaker(a, b):
        return a > b


class Sub(Strength):
    pass


def read(c):
    return c.REQUIRED


def call(c):
    return c.stronger(1, 2)


for c in (Strength, Sub, Strength, Sub):
    print(read(c), call(c), c.weaker(1, 2))

Strength.REQUIRED = 10           # class attribute mutation, seen through the base
print(read(Strength), read(Sub))
Sub.REQUIRED = 20                # the subclass shadows it
print(read(Strength), read(Sub))
del Sub.REQUIRED
print(read(Sub))


def plain(cls, a, b):
    return ("plain", cls if isinstance(cls, int) else cls.__name__, a, b)


Strength.stronger = staticmethod(plain)   # the classmethod replaced: called without the class
try:
    print(call(Sub))
except TypeError as e:
    print("TypeError", e)
Strength.stronger = classmethod(plain)
print(call(Sub), call(Strength))
Strength.stronger = plain                 # a plain function read on the class is unbound
try:
    print(call(Sub))
except TypeError as e:
    print("TypeError", e)
Strength.stronger = lambda a, b: ("lambda", a, b)
print(call(Sub))


class Meta(type):
    REQUIRED = "meta"

    def stronger(cls, a, b):
        return ("meta method", cls.__name__, a, b)


class WithMeta(metaclass=Meta):
    pass


print(read(WithMeta), call(WithMeta))   # found on the metaclass, bound to the class
WithMeta.REQUIRED = "own"
print(read(WithMeta))


class Desc:
    def __get__(self, obj, owner):
        return ("get", obj, owner.__name__)


class HasDesc:
    REQUIRED = Desc()

    @classmethod
    def stronger(cls, a, b):
        return "classmethod of HasDesc"


print(read(HasDesc), call(HasDesc))
for c in (Strength, HasDesc, WithMeta, Sub, HasDesc):
    print(c.__name__, read(c))

try:
    read(int)
except AttributeError as e:
    print("AttributeError", e)


class Missing:
    pass


try:
    call(Missing)
except AttributeError as e:
    print("AttributeError", e)


def lookup_first(c):
    # the method is found before the arguments are evaluated, as CPython's LOAD_METHOD
    def arg():
        c.stronger = classmethod(lambda cls, a, b: "rebound")
        return 1
    return c.stronger(arg(), 2)


class Early:
    @classmethod
    def stronger(cls, a, b):
        return ("early", a, b)


print(lookup_first(Early), Early.stronger(1, 2))


# == and != on instances: __eq__ defined after instances were compared, on the class and a base
class P:
    def __init__(self, v):
        self.v = v


class Q(P):
    pass


a, b, c = Q(1), Q(1), Q(2)
print(a == b, a != b, a == a, a != a)
P.__eq__ = lambda self, other: isinstance(other, P) and self.v == other.v
print(a == b, a != b, a == c, a != c)
Q.__ne__ = lambda self, other: "ne of Q"
print(a != b, a == b)
del Q.__ne__
print(a != b)
P.__eq__ = lambda self, other: NotImplemented
print(a == b, a != b, a == a)
del P.__eq__
print(a == b, a != b)
P.__lt__ = lambda self, other: self.v < other.v
print(a < c, c > a, sorted([c, a])[0].v)


class R(Q):
    def __eq__(self, other):
        return "reflected eq of R"


print(a == R(1), R(1) == a)    # the subclass's reflected method first


# truth, len, iteration, hashing and calls defined or changed after first use
class T:
    pass


t = T()
print(bool(t))
T.__len__ = lambda self: 0
print(bool(t), len(t))
T.__bool__ = lambda self: True
print(bool(t))
T.__iter__ = lambda self: iter([1, 2])
print(list(t))
T.__call__ = lambda self, x: x * 2
print(t(21))
h = hash(t) == hash(t)
T.__hash__ = lambda self: 7
print(h, hash(t))
T.__eq__ = lambda self, other: True
print(hash(t))
T.__hash__ = None
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
T.__init__ = lambda self, x: setattr(self, "x", x)
print(T(3).x)


# an instance attribute shadowing a method, called through a name that is not a compiled site
class S:
    def m(self):
        return "method"


s = S()
print(getattr(s, "m")(), s.m())
s.m = lambda: "own"
print(getattr(s, "m")(), s.m())
