# collections: namedtuple is a tuple subclass, OrderedDict/defaultdict/Counter are dict subclasses.
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point.__bases__, Point._fields, Point._field_defaults)
x, y = p
print(x, y, p[:1], p + (3,), json.dumps(p), sorted([Point(2, 1), Point(1, 5)]), {p: "v"}[(1, 2)], max(p))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(iter((7, 8))), p.count(1), p.index(2))
print(Point, Point.__qualname__, Point.__module__, "%s-%s" % p, "{}:{}".format(*p))

Opt = namedtuple("Opt", ["name", "level", "tags"], defaults=[1, ()])
print(Opt("a"), Opt("b", 2), Opt._field_defaults, Opt._fields, Opt("c", tags=("t",)))
for make in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
             lambda: Point._make([1]), lambda: p._replace(z=1), lambda: Opt()):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in (("T", "a a"), ("T", "a _b"), ("T", "a class"), ("T", "a 1b"), ("1T", "a"), ("T", "a", [1, 2])):
    try:
        if len(bad) == 3:
            namedtuple(bad[0], bad[1], defaults=bad[2])
        else:
            namedtuple(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def total(self):
        return self.x + self.y + self.z

    def __str__(self):
        return "P3" + str(tuple(self))


q = Point3(1, 2, 3)
print(q, repr(q), q.total, q._replace(z=0), type(q._replace(z=0)).__name__, isinstance(q, tuple))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, repr(od), list(od), isinstance(od, dict), type(od).__name__, OrderedDict(), json.dumps(od))
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("b", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
fk = OrderedDict.fromkeys("xyz", 0)
print(fk, type(fk).__name__, OrderedDict.fromkeys(["k"]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, od.copy(),
      type(od.copy()).__name__, OrderedDict([("x", 1)]) | {"y": 2} if hasattr(dict, "__or__") else None)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, repr(dd), dict(dd), isinstance(dd, dict), len(dd), "c" in dd, dd.default_factory, json.dumps(dd))
counts = defaultdict(int)
for word in "a b a c a".split():
    counts[word] += 1
print(counts, sorted(counts.items()), counts.get("zz"), type(counts.copy()).__name__, counts.copy())
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(list, {"k": [1]}), defaultdict(int, k=1))

c = Counter("abracadabra")
print(c, repr(c), c["a"], c["zz"], c.most_common(2), isinstance(c, dict), len(c), sorted(c.elements())[:4])
c.update("aaz")
c.subtract({"a": 1})
print(c, c.total(), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(), json.dumps(Counter("aab")))
del c["zz"]
del c["a"]
print(c, Counter({"x": 2}) == {"x": 2}, dict(Counter("hello")), list(Counter("hello")))
