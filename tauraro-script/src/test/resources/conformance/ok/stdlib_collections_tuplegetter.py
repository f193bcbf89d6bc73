import collections, pickle, copy
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, P.x, P.y.__doc__, type(P.x).__name__)
print(repr(P.x), P.x.__doc__)
for op in ("set", "del"):
    try:
        if op == "set":
            p.x = 3
        else:
            del p.x
    except AttributeError as e:
        print(type(e).__name__, e)
g = P.y
print(g.__get__(p), g.__get__(None, P) is g)
try:
    g.__get__(3)
except TypeError as e:
    print("TypeError", e)
try:
    g.__get__((1,))
except IndexError as e:
    print("IndexError", e)
try:
    g.__set__(p, 5)
except AttributeError as e:
    print("AttributeError", e)
try:
    g.__delete__(p)
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    def __getitem__(self, i):
        return "overridden"
    @property
    def total(self):
        return self.x + self.y
q = Q(3, 4)
print(q, q.x, q.y, q.total, q[0])
class R(P):
    pass
r = R(5, 6)
r.extra = 1
print(r.x, r.extra, r.__dict__)
try:
    r.x = 9
except AttributeError as e:
    print("AttributeError", e)
print(pickle.loads(pickle.dumps(p)) == p, copy.copy(p), copy.deepcopy(p))
print(P(x=1, y=2), P(1, y=2), P._make([7, 8]), p._replace(x=10), p._asdict())
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {"x": 1, "z": 2}), ((1,), {"x": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
T = namedtuple("T", "a b c", defaults=[3])
print(T(1, 2), T(1, 2, 4), T.c.__doc__)
print(hash(p) == hash((1, 2)), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, len(p), p[1], p[-1], p[:1])
print(sorted(vars(P).keys() & {"x", "y", "__new__"}))
import _collections
print(type(_collections._tuplegetter(0, None)), _collections._tuplegetter(2, "d"))
for bad in [(1,), (1, "d", 3), ("a", "d")]:
    try:
        _collections._tuplegetter(*bad)
    except TypeError as e:
        print("TypeError", e)
# the field's __doc__ is writable, as sched does to its Event's fields
Pt = __import__("collections").namedtuple("Pt", "x y")
Pt.x.__doc__ = "The x coordinate."
print(Pt.x.__doc__, Pt.x)
