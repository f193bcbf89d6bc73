def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

d = {1: 'a'}
s = slice(1, 2)
attempt("dict literal", lambda: {slice(1, 2): 1})
attempt("hash", lambda: hash(slice(1, 2)))
attempt("hash none", lambda: hash(slice(None)))
attempt("dict subscript", lambda: d[1:2])
attempt("dict subscript step", lambda: d[::2])
attempt("dict get", lambda: d.get(s))
attempt("dict get default", lambda: d.get(s, 0))
attempt("dict contains", lambda: s in d)
attempt("dict pop", lambda: d.pop(s))
attempt("dict pop default", lambda: d.pop(s, 0))
attempt("dict setdefault", lambda: d.setdefault(s, 0))
attempt("dict fromkeys", lambda: dict.fromkeys([s]))
attempt("dict kv list", lambda: dict([(s, 1)]))
attempt("dict update", lambda: d.update([(s, 1)]))
attempt("set", lambda: set([slice(1)]))
attempt("set literal", lambda: {slice(1)})
attempt("set add", lambda: set().add(s))
attempt("set contains", lambda: s in {1, 2})
attempt("set remove", lambda: {1}.remove(s))
attempt("set discard", lambda: {1}.discard(s))
attempt("frozenset", lambda: frozenset([s]))
attempt("frozenset contains", lambda: s in frozenset([1]))
attempt("set comp", lambda: {x for x in [s]})
attempt("dict comp", lambda: {x: 1 for x in [s]})
attempt("slice eq", lambda: slice(1, 2) == slice(1, 2))
attempt("slice lt", lambda: slice(1, 2) < slice(1, 3))
attempt("hash attr", lambda: slice.__hash__)

def setitem():
    d[1:2] = 5
def delitem():
    del d[1:2]
attempt("dict store", setitem)
attempt("dict del", delitem)
attempt("dict unchanged", lambda: d)
attempt("list index", lambda: [1, s].index(s))
attempt("list count", lambda: [s, s].count(slice(1, 2)))
attempt("tuple hash", lambda: hash((1, s)))
class K:
    pass
k = K()
attempt("instance dict", lambda: k.__dict__.get(s))
import collections
attempt("counter", lambda: collections.Counter([s]))
attempt("defaultdict", lambda: collections.defaultdict(int)[s])
attempt("ordereddict", lambda: collections.OrderedDict()[s])
attempt("list hash attr", lambda: (list.__hash__, slice(1).__hash__))
import collections.abc
attempt("Hashable", lambda: (isinstance(s, collections.abc.Hashable), issubclass(slice, collections.abc.Hashable)))
attempt("slice reduce", lambda: s.__reduce__())
attempt("object hash", lambda: object.__hash__(s) == object.__hash__(s))
class G:
    def __getitem__(self, k):
        return k
attempt("getitem gets the slice", lambda: G()[1:2:3])
class M(dict):
    def __missing__(self, k):
        return "missing"
attempt("missing", lambda: M()[1:2])
attempt("defaultdict syntax", lambda: collections.defaultdict(int)[1:])
