# collections.UserDict: the wrapped dict in .data, the MutableMapping methods, __missing__, copy,
# |, repr, fromkeys, the errors and subclassing
import copy
import pickle
from collections import UserDict, OrderedDict
from collections.abc import Mapping, MutableMapping


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e.args), str(e))


# construction
print(UserDict(), UserDict({"a": 1}), UserDict(a=1, b=2), UserDict([("x", 1), ("y", 2)]))
print(UserDict({"a": 1}, b=2), UserDict(dict=3), UserDict(self=1), UserDict(UserDict(q=1)))
src = {"k": [1]}
u = UserDict(src)
print(u.data == src, u.data is src, type(u.data).__name__)
show("init int", lambda: UserDict(3))
show("init bad pairs", lambda: UserDict([1]))
show("init two", lambda: UserDict({}, {}))

# mapping behaviour
u = UserDict(a=1, b=2)
u["c"] = 3
print(u, len(u), list(u), "a" in u, "z" in u, u["a"], u.get("a"), u.get("z"), u.get("z", 0))
print(list(u.keys()), list(u.values()), list(u.items()), repr(u.keys()))
del u["c"]
show("del missing", lambda: u.__delitem__("c"))
show("getitem missing", lambda: u["zz"])
show("getitem tuple", lambda: u[(1, 2)])
print(u.pop("a"), u.pop("a", None), u)
show("pop missing", lambda: u.pop("a"))
print(u.setdefault("b", 9), u.setdefault("n", 9), u)
u.update({"x": 1}, y=2)
u.update([("z", 3)])
u.update(UserDict(w=4))
print(u)
print(u.popitem(), u)
u.clear()
print(u, len(u), bool(u))
show("popitem empty", lambda: u.popitem())
show("update int", lambda: u.update(3))
show("hash", lambda: hash(UserDict()))
show("reversed", lambda: reversed(UserDict()))

# equality goes through Mapping
print(UserDict(a=1) == {"a": 1}, {"a": 1} == UserDict(a=1), UserDict(a=1) == UserDict(a=1),
      UserDict(a=1) != UserDict(a=2), UserDict() == [], UserDict(a=1) == OrderedDict(a=1))

# | and |=
left = UserDict(a=1, b=2)
print(left | {"b": 3}, {"b": 3, "z": 0} | left, left | UserDict(c=4), left)
print(type(left | {}).__name__, type({} | left).__name__)
left |= {"d": 5}
left |= UserDict(e=6)
left |= [("f", 7)]
print(left)
show("or int", lambda: left | 3)
show("ror int", lambda: 3 | left)
show("or list", lambda: left | [("x", 1)])
show("ior int", lambda: left.__ior__(3))

# fromkeys
print(UserDict.fromkeys("ab"), UserDict.fromkeys([1, 2], 0), UserDict.fromkeys([]))

# copy: a new wrapper of a copied dict
orig = UserDict(a=[1])
dup = orig.copy()
dup["b"] = 2
dup["a"].append(2)
print(orig, dup, dup.data is orig.data, type(dup).__name__)
cc = copy.copy(orig)
print(cc, cc.data is orig.data, copy.deepcopy(orig)["a"] is orig["a"])
print(pickle.loads(pickle.dumps(orig)), type(pickle.loads(pickle.dumps(orig))).__name__)

# a recursive repr: the data dict shows itself as {...}
r = UserDict()
r["me"] = r
print(r)


# __missing__ in a subclass: [] calls it, `in` does not; get goes through [] (Mapping.get)
class Default(UserDict):
    def __missing__(self, key):
        return key * 2


dm = Default(a=1)
print(dm["a"], dm["b"], "b" in dm, dm.get("b"), dm.get("b", 0), dm)


class Counting(UserDict):
    def __missing__(self, key):
        self[key] = 0
        return 0


cnt = Counting()
for word in "a b a c a".split():
    cnt[word] += 1
print(cnt)


# subclassing: __setitem__ overridden is used by __init__, update, setdefault, copy, fromkeys, |
class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


up = Upper({"a": 1}, b=2)
up.update(c=3)
up.setdefault("d", 4)
print(up, up["a"], type(up.copy()).__name__, up.copy(), Upper.fromkeys("xy", 0), up | {"e": 5})
print(type(up | {}).__name__, type({} | up).__name__)


class WithAttrs(UserDict):
    def __init__(self, *args, tag=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = tag


w = WithAttrs({"a": 1}, tag="t")
w2 = w.copy()
w3 = copy.copy(w)
w2["b"] = 2
print(w2, w2.tag, w3.tag, w3.data is w.data, w, type(w2).__name__)
print(sorted(vars(w2)))


# ABCs and the class itself
print(isinstance(UserDict(), MutableMapping), isinstance(UserDict(), Mapping), isinstance(UserDict(), dict),
      issubclass(UserDict, MutableMapping))
print(UserDict.__module__, repr(UserDict), [k.__name__ for k in UserDict.__mro__])
print(UserDict.__abstractmethods__, UserDict.__hash__ is None)
print(sorted(vars(UserDict(a=1))))
