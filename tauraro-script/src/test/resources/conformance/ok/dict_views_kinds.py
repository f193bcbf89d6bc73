# Views of dict subclasses, OrderedDict, defaultdict, Counter and a class's mappingproxy.
import json
from collections import Counter, OrderedDict, defaultdict


class D(dict):
    def __iter__(self):
        return iter(["overridden"])


d = D(a=1, b=2)
print(d.keys(), d.items(), list(d.values()), type(d.keys()).__name__)
print(d.keys().mapping, "a" in d.keys(), list(d), sorted(d.keys() | {"c"}))
print(dict.keys(d), super(D, d).items())


class Mine(dict):
    def keys(self):
        return ["custom"]


print(Mine(x=1).keys(), dict.keys(Mine(x=1)))
od = OrderedDict([("x", 1), ("y", 2)])
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, isinstance(od.keys(), type({}.keys())), od.keys().mapping)
od.move_to_end("x")
print(list(od.keys()), list(reversed(od.keys())), list(reversed(od)), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict.fromkeys("abc")
print(od2.popitem(last=False), od2.popitem(), od2)
dd = defaultdict(list)
dd["k"].append(1)
dd["j"]
print(dd.keys(), dd.items(), sorted(dd.keys() - {"j"}))
c = Counter("abracadabra")
print(sorted(c.keys()), sorted(c.values()), sorted(c.items()), c.keys() >= {"a", "b"})
print(c.most_common(2), c.total(), sum(c.values()))


class K:
    x = 1

    def m(self):
        pass


proxy = K.__dict__
print(type(proxy.keys()).__name__, "x" in proxy.keys(), [k for k in proxy.keys() if not k.startswith("__")])
print(proxy.keys().mapping["x"], type(proxy.keys().mapping).__name__, ("x", 1) in proxy.items())
print(str({"a": 1}.keys().mapping), repr({"a": 1}.keys().mapping))
print(json.dumps(list({"a": 1}.keys())), json.dumps({"a": 1}.keys(), default=list))
try:
    json.dumps({"a": 1}.items())
except TypeError as e:
    print("TypeError:", e)
try:
    {}.keys().mapping["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
for bad in ({1, 2}, (x for x in [1]), 5, frozenset()):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())))


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
rit = reversed(lst)
print(next(rit))
lst.clear()
print(list(rit))
