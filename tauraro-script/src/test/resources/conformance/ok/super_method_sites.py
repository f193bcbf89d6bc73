# super(C, self).name(...) and super().name(...) keep the method found per class of self at each
# call site (a base class's site runs for instances of each subclass): every change must be seen.


class Base:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return "Base(%s)" % (self.x,)


class Mid(Base):
    def __init__(self, x):
        super(Mid, self).__init__(x * 10)

    def describe(self):
        return "Mid>" + super().describe()


class A(Mid):
    def __init__(self, x):
        super(A, self).__init__(x + 1)


class B(Mid):
    def __init__(self, x):
        super().__init__(x + 2)

    def describe(self):
        return "B>" + super().describe()


class C(Mid):
    pass


class D(Mid):
    def describe(self):
        return "D>" + super(D, self).describe()


class E(Mid):
    pass


objs = []
for i in range(3):
    for k in (A, B, C, D, E):  # five classes through Mid's sites: more than one site keeps
        objs.append(k(i))
print([o.x for o in objs])
print([o.describe() for o in objs[:5]])

# the method of a base class replaced, added and removed later
Base.describe = lambda self: "new Base %s" % (self.x,)
print([o.describe() for o in objs[:5]])
Mid.__init__ = lambda self, x: Base.__init__(self, -x)
print([k(1).x for k in (A, B, C, D, E)])
del Mid.__init__
print([k(2).x for k in (A, B, C, D, E)])


def late(self, x):
    self.x = ("late", x)


Base.__init__ = late
print([k(3).x for k in (A, B, C)])

# an instance attribute does not shadow what super() finds
a = A(0)
a.describe = lambda: "instance"
print(a.describe(), super(A, a).describe())

# the same site reached with different start classes
def via(cls, obj):
    return super(cls, obj).describe()


d = D(1)
print(via(D, d), via(Mid, d))
try:
    via(Base, d)
except AttributeError as e:
    print("AttributeError", e)

# a property, a classmethod, a staticmethod and a non-callable found by super
class P:
    @property
    def value(self):
        return "property of " + type(self).__name__

    @classmethod
    def make(cls):
        return "classmethod on " + cls.__name__

    @staticmethod
    def helper(x):
        return "static %s" % x

    limit = 5


class Q(P):
    def value(self):
        return super().value

    def make(self):
        return super().make()

    def helper(self, x):
        return super().helper(x)

    def limit(self):
        return super().limit


class R(Q):
    pass


for o in (Q(), R()):
    print(o.value(), o.make(), o.helper(1), o.limit())

# __class__ assignment moves an instance to another class's entry
class S1(Base):
    def describe(self):
        return "S1>" + super(S1, self).describe()


class S2(S1):
    def describe(self):
        return "S2>" + super(S2, self).describe()


o = S2(4)
print(o.describe())
o.__class__ = S1
print(o.describe())


# a built-in base class
class L(list):
    def append(self, x):
        super().append(x * 2)


class L2(L):
    pass


l, l2 = L(), L2()
for v in (1, 2):
    l.append(v)
    l2.append(v)
print(l, l2)

# super() with a bad second argument still raises
try:
    super(A, 5).describe()
except TypeError as e:
    print("TypeError", e)
