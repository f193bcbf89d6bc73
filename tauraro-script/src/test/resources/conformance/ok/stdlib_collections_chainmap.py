# collections.ChainMap: lookups through the chain, writes to the first map, the errors, operators,
# reprs, order, copy, fromkeys, __missing__ and subclassing
import copy
import pickle
from collections import ChainMap, OrderedDict, defaultdict
from collections.abc import Mapping, MutableMapping, Sized, Iterable, Container


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e.args), str(e))


# construction and maps
empty = ChainMap()
print(repr(empty), empty.maps, bool(empty), len(empty), list(empty))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = ChainMap(a, b)
print(c, c.maps[0] is a, c.maps[1] is b)
print(c["x"], c["y"], c["z"], len(c), list(c), sorted(c.items()))
print("x" in c, "z" in c, "w" in c, 1 in c, bool(c))
print(c.get("y"), c.get("w"), c.get("w", 0), c.get("z", 0))
print(list(c.keys()), list(c.values()), list(c.items()))
print(repr(c.keys())[:9], "y" in c.keys(), ("y", 2) in c.items(), ("y", 20) in c.items(), 30 in c.values())

# iteration order: keys first seen walking the maps from the last one
order = ChainMap({"c": 1, "a": 2}, {"b": 3, "a": 4}, {"d": 5, "b": 6, "e": 7})
print(list(order), len(order), list(order.values()))
print(list(ChainMap({}, {}, {1: 1})), list(ChainMap({2: 0}, {1: 1}, {3: 3, 2: 2})))

# writes, deletes and pops act on the first map only
c["z"] = 300
c["w"] = 4
print(c, a, b)
del c["w"]
print(c)
show("del second-map key", lambda: c.__delitem__("y") or (c, a))
show("del missing", lambda: c.__delitem__("nope"))
show("del z (in first)", lambda: c.__delitem__("z") or c)
show("del z again", lambda: c.__delitem__("z"))
show("pop x", lambda: c.pop("x"))
show("pop x again", lambda: c.pop("x"))
show("pop x default", lambda: c.pop("x", "dflt"))
show("pop second-map key", lambda: c.pop("z"))
show("popitem", lambda: c.popitem())
show("popitem empty first", lambda: c.popitem())
show("getitem missing", lambda: c["nope"])
show("getitem missing tuple", lambda: c[(1, 2)])
print(c, b)
c["k"] = 1
c.clear()
print(c, c.maps, b, bool(c))
show("pop tuple key", lambda: ChainMap().pop((1,)))
show("del tuple key", lambda: ChainMap().__delitem__((1,)))

# MutableMapping mixins: update, setdefault; Mapping's == and !=
d = ChainMap({"p": 1}, {"q": 2})
d.update({"q": 5}, r=6)
d.update([("s", 7)])
print(d, d.setdefault("q", 99), d.setdefault("t", 8), d)
print(d == {"p": 1, "q": 5, "r": 6, "s": 7, "t": 8}, d == {"p": 1}, d != {"p": 1}, d == 3)
print(ChainMap({1: 2}) == ChainMap({}, {1: 2}), ChainMap({1: 2}) == ChainMap({1: 3}))
show("update bad", lambda: d.update(3))
show("update bad pairs", lambda: d.update([1]))

# new_child and parents
base = ChainMap({"a": 1})
child = base.new_child()
print(child, child.parents, child.parents.parents, child.parents.parents.parents)
print(base.new_child({"b": 2}), base.new_child(a=5), base.new_child({"b": 2}, c=3))
m = {"x": 0}
grown = base.new_child(m, y=1)
print(grown.maps[0] is m, m)
print(base.new_child(None, q=1).maps)
print(type(child.parents).__name__, child.maps[1] is base.maps[0])

# copy: the first map copied, the rest shared
orig = ChainMap({"a": [1]}, {"b": 2})
dup = orig.copy()
dup["a"].append(2)
dup["new"] = 1
print(orig, dup, dup.maps[1] is orig.maps[1], dup.maps[0] is orig.maps[0])
print(copy.copy(orig), copy.copy(orig).maps[0] is orig.maps[0], copy.deepcopy(orig).maps[1] is orig.maps[1])
print(pickle.loads(pickle.dumps(orig)))

# fromkeys
print(ChainMap.fromkeys("abc"), ChainMap.fromkeys([1, 2], 0), ChainMap.fromkeys([]))
show("fromkeys too many", lambda: ChainMap.fromkeys("a", 1, 2))

# | and |=
left = ChainMap({"a": 1}, {"b": 2})
print(left | {"b": 3, "c": 4}, left)
print({"a": 0, "z": 9} | left)
print(OrderedDict(z=1) | left, type(OrderedDict(z=1) | left).__name__)
print(left | ChainMap({"d": 4}))
print(type({"a": 1} | left).__name__)
left |= {"q": 1}
left |= [("r", 2)]
print(left)
show("or int", lambda: left | 3)
show("ror int", lambda: 3 | left)
show("or list", lambda: left | [("x", 1)])
show("ior int", lambda: left.__ior__(3))

# other mappings in the chain, a defaultdict's __missing__ answering a lookup
dd = defaultdict(list)
chain = ChainMap({"x": 1}, dd)
print(chain["x"], chain["new"], dict(dd))
print(chain.get("other"), "other" in dd, "other" in chain)


# __missing__ in a subclass; get and `in` do not call it
class Default(ChainMap):
    def __missing__(self, key):
        return "missing " + repr(key)


dm = Default({"a": 1})
print(dm["a"], dm["b"], dm.get("b"), dm.get("b", 5), "b" in dm, dm)


# subclassing: results of copy, new_child, parents, fromkeys, | keep the class
class Scope(ChainMap):
    def lookup(self, key):
        return self.get(key, "undefined")

    def __repr__(self):
        return "Scope" + repr(self.maps)


s = Scope({"a": 1}, {"b": 2})
print(s, s.copy(), s.new_child(), s.parents, Scope.fromkeys("xy"), s | {"c": 3}, {"c": 3} | s)
print(type(s.copy()).__name__, type(s.new_child()).__name__, type(s.parents).__name__,
      type(Scope.fromkeys("x")).__name__, type(s | {}).__name__, type({} | s).__name__)
print(s.lookup("a"), s.lookup("zz"))


class Counting(ChainMap):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


cm = Counting({})
cm["a"] = 1
cm.update(b=2)
cm.setdefault("c", 3)
print(cm)

# the ABCs and the class's identity
print(isinstance(ChainMap(), MutableMapping), isinstance(ChainMap(), Mapping), issubclass(ChainMap, Sized),
      issubclass(ChainMap, Iterable), issubclass(ChainMap, Container), isinstance(ChainMap(), dict))
print(ChainMap.__module__, ChainMap.__name__, ChainMap.__qualname__, repr(ChainMap))
print([k.__name__ for k in ChainMap.__mro__])
print(ChainMap.__hash__ is None, ChainMap.__abstractmethods__)
show("hash", lambda: hash(ChainMap()))
show("reversed", lambda: reversed(ChainMap()))

# a chain inside itself
rec = ChainMap({"a": 1})
rec["self"] = rec
print(rec)
rec2 = ChainMap()
rec2.maps.append(rec2)
print(repr(rec2))

# the maps list is public: changing it changes the chain
ch = ChainMap({"a": 1})
ch.maps.append({"b": 2})
ch.maps.insert(0, {"a": 0})
print(ch, ch["a"], ch["b"], len(ch))
ch.maps = [{"only": 1}]
print(ch, list(ch))
