# `in` on lists and tuples, and set inclusion, where a key's own __eq__/__hash__ runs:
# CPython's list_contains reads the list's size at every step, so an __eq__ that grows or
# shrinks the list moves the search along; set inclusion looks items up with the hashes the
# sets already store, so no __hash__ runs again.


class Grows:
    def __init__(self, owner):
        self.owner = owner

    def __eq__(self, other):
        self.owner.append(other)   # the item searched for lands at the end: found there
        return False

    __hash__ = None


l = [1, Grows(None), 2]
l[1].owner = l
print(7 in l, len(l))
print(l[-1])


class Shrinks:
    def __init__(self, owner):
        self.owner = owner

    def __eq__(self, other):
        del self.owner[:]
        return False

    __hash__ = None


l = [Shrinks(None), 3, 4]
l[0].owner = l
print(3 in l, l)

# the item is the left operand of each comparison, as CPython's list and tuple searches do
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, "==", other.name if isinstance(other, Loud) else other)
        return NotImplemented

    __hash__ = None


print(Loud("x") in [Loud("a"), Loud("b")])
print(Loud("x") in (Loud("a"), Loud("b")))
print(5 in (Loud("t"),), 1 in (1.0,), 2.0 in [1, 2], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan in (nan,), None in [], 1 in ())


class L(list):
    def __contains__(self, x):
        return x == "yes"


class T(tuple):
    def __contains__(self, x):
        return x == "yes"


print(1 in L([1]), "yes" in L(), 1 in T((1,)), "yes" in T())


class Counted:
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        Counted.eqs += 1
        return isinstance(other, Counted) and self.v == other.v


a = {Counted(i) for i in range(5)}
b = set(a) | {Counted(9)}
c = {Counted(i) for i in range(5)}
Counted.hashes = Counted.eqs = 0
print(a <= b, a < b, b >= a, b > a, a <= c, a < c, c >= a)
print(a.issubset(b), b.issuperset(a), frozenset(a) <= b, a >= frozenset(c))
print("hashes", Counted.hashes, "eqs", Counted.eqs)
print({1, 2} <= {1.0, 2.0, 3}, {True} < {1, 2}, frozenset({nan}) <= {nan}, set() <= set(), set() < set())
