"""collections.abc: the ABCs recognise builtin and user types as CPython does; the mixin methods of Mapping, MutableMapping, Sequence, MutableSequence and Set."""
from collections.abc import *
import collections.abc as cabc
def gen():
    yield 1
async def co():
    pass
async def agen():
    yield 1
c = co()
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class Call:
    def __call__(self): pass
values = [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), gen(), c, agen(), len, int, 1, 1.5, None,
          It(), OnlyIter(), NoHash(), EqOnly(), Call(), {}.keys(), {}.items(), {}.values(), lambda: 0, map(str, [])]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Collection, Callable, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView, ValuesView, Awaitable,
        Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, ByteString, MappingView]
for i, v in enumerate(values):
    print(i, "".join("1" if isinstance(v, a) else "0" for a in abcs))
c.close()


class Bag(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


b = Bag()
b.update({"a": 1}, b=2)
b.update([("c", 3)])
print(len(b), b.get("a"), b.get("z", 0), "a" in b, b.setdefault("d", 4), b.pop("d"), b.pop("zz", None))
print(sorted(b.keys()), sorted(b.items()), sorted(b.values()), b == {"a": 1, "b": 2, "c": 3}, b.keys() & {"a", "q"})
print(b.popitem(), len(b)); b.clear(); print(len(b))
try:
    b.pop("x")
except KeyError as e:
    print("KeyError", e)


class Seq(Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)


s = Seq(3, 1, 3, 2)
print(list(s), list(reversed(s)), 3 in s, 9 in s, s.index(3), s.index(3, 1), s.count(3), s.index(2, -2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MSeq(MutableSequence):
    def __init__(self): self.xs = []
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)


m = MSeq()
m.append(1); m.extend([2, 3, 4]); m += [5]
m.reverse(); print(m.xs, m.pop(), m.pop(0)); m.remove(3); print(m.xs); m.clear(); print(m.xs)


class FSet(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)


a, z = FSet([1, 2, 3]), FSet([2, 3, 4])
print(sorted(a & z), sorted(a | z), sorted(a - z), sorted(a ^ z), a <= FSet([1, 2, 3, 4]), a < a, a == FSet([3, 2, 1]),
      a.isdisjoint([7]), type(a & z).__name__)
try:
    Bag.__abstractmethods__, Seq()
    MutableMapping()
except TypeError as e:
    print(e)
print(issubclass(list, Iterable), issubclass(dict, Collection), issubclass(It, Iterator), issubclass(OnlyIter, Iterator))
print(cabc.Mapping.__module__, Mapping.__name__, repr({}.keys()) if False else KeysView({"x": 1}))
