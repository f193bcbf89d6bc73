import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = ["shallow"] + self.log
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep", len(memo) >= 0]
        return c


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


class Stateful:
    def __init__(self):
        self.v = 1
        self.cache = "big"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7}, frozenset([8])]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], dp == nested, dp[1] is nested[1], dp[3] is nested[3], dp[5] is nested[5])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)
c = Custom()
c.log.append("orig")
print(copy.copy(c).log, copy.deepcopy(c).log)
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a, copy.copy(s).a is s.a)
st = copy.deepcopy(Stateful())
print(st.v, st.cache, copy.copy(Stateful()).cache)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc)
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is not shared)
d = {"a": Point(1, 2), "b": [Point(3, 4)]}
memo = {}
d2 = copy.deepcopy(d, memo)
print(d2, d2["a"] is not d["a"], id(d) in memo)
print(copy.copy(42), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
from collections import OrderedDict, namedtuple, defaultdict
NT = namedtuple("NT", "a b")
print(copy.deepcopy(NT([1], 2)), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, {"x": [1]})))
