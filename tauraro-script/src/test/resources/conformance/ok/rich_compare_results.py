# Rich comparisons return the method's result unchanged; truth is taken only where Python needs a bool.
class Vec:
    def __init__(self, xs):
        self.xs = list(xs)
    def __eq__(self, other):
        o = other.xs if isinstance(other, Vec) else [other] * len(self.xs)
        return [a == b for a, b in zip(self.xs, o)]
    def __lt__(self, other):
        return Mask([a < other for a in self.xs])
    def __ge__(self, other):
        return "ge-result"
    def __repr__(self):
        return f"Vec({self.xs})"

class Mask:
    def __init__(self, bits):
        self.bits = bits
    def __bool__(self):
        print("Mask.__bool__ called")
        return all(self.bits)
    def __repr__(self):
        return f"Mask({self.bits})"

v = Vec([1, 2, 3])
w = Vec([1, 5, 3])
print(v == w)
print(v == 2)
print(v != w)          # no __ne__: inverts the truth of __eq__'s result
print(not v == w)
print(v < 3)
print(v < 2)
print(type(v < 3).__name__)
print(v >= 0)
print(3 > v)           # reflected __lt__
print(0 <= v)          # reflected __ge__
if v < 4:
    print("all below 4")
print(bool(v < 2))

# __ne__ defined: used as is
class Ne:
    def __eq__(self, other):
        return "eq"
    def __ne__(self, other):
        return "ne"
print(Ne() == 1, Ne() != 1, 1 == Ne(), 1 != Ne())

# only __ne__ defined: == falls back to identity
class OnlyNe:
    def __ne__(self, other):
        return 42
a = OnlyNe()
print(a == a, a == OnlyNe(), a != 5, 5 != a)

# __eq__ returning NotImplemented: the other side is tried, then identity
class NI:
    def __eq__(self, other):
        print("NI.__eq__")
        return NotImplemented
class Yes:
    def __eq__(self, other):
        print("Yes.__eq__")
        return "yes"
n = NI()
print(n == Yes())
print(Yes() == n)
print(n == n, n != n, n == 3, n != 3)

# a subclass overriding the reflected method goes first
class Base:
    def __eq__(self, other):
        return "base"
    def __lt__(self, other):
        return "base-lt"
class Sub(Base):
    def __eq__(self, other):
        return "sub"
    def __gt__(self, other):
        return "sub-gt"
print(Base() == Sub(), Sub() == Base(), Base() < Sub(), Base() != Sub())

# in, index, count, remove use the truth of the result
class Odd:
    def __eq__(self, other):
        return [1] if other % 2 else []
    __hash__ = None
o = Odd()
print(o in [2, 4, 5], o in [2, 4], [2, 3].index(o), [1, 2, 3, 5].count(o))
xs = [2, 4, 7, 9]
xs.remove(o)
print(xs)
print((2, 3).index(o), (1, 3, 4).count(o))

# a non-bool result whose truth fails propagates the error where truth is needed
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
class RetBad:
    def __eq__(self, other):
        return Bad()
r = RetBad()
print(type(r == 1).__name__)
try:
    print(r in [1])
except ValueError as e:
    print("ValueError:", e)
try:
    print(r != 1)
except ValueError as e:
    print("ValueError:", e)

# chained comparisons use the truth of each link but return the last result
class C:
    def __lt__(self, other):
        return "truthy"
c = C()
print(c < 1 < 2)
print(1 < 2 > c if False else c < 0)
class Z:
    def __lt__(self, other):
        return 0
print(Z() < 1 < 2)

# list equality between instances uses the truth of items' __eq__
print([v] == [v], [Vec([0])] == [Vec([1])])
# assertions on a list result
print(v == w == [True, False, True])
