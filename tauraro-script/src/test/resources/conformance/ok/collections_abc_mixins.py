# collections.abc mixin methods on small user classes: Generator/Coroutine close() and throw(),
# the Set operators and comparisons, MutableSet, MutableMapping and Sequence helpers
from collections.abc import Generator, Coroutine, Set, MutableSet, MutableMapping, Sequence, MutableSequence


class Counting(Generator):
    def __init__(self, stubborn=False):
        self.n, self.stubborn = 0, stubborn

    def send(self, value):
        self.n += 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        if self.stubborn:
            return "ignored"
        return super().throw(typ, val, tb)


g = Counting()
print(next(g), next(g), g.send(None), list(zip(range(2), g)))
g.close()
try:
    Counting(stubborn=True).close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Counting().throw(ValueError, ValueError("given"))
except ValueError as e:
    print("ValueError", e)


class Task(Coroutine):
    def __await__(self):
        return iter(())

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return "kept going"


try:
    Task().close()
except RuntimeError as e:
    print("RuntimeError", e)


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

    def __repr__(self):
        return "Bag(%r)" % self.items


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a | b, a & b, a - b, a ^ b, [5, 1] - a if False else a.__rsub__([5, 1]), a & [2, 9], a <= Bag([1, 2, 3, 4]))
print(a < a, a == Bag([3, 2, 1]), a >= Bag([1]), a > Bag([1, 2, 3]), a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a.__sub__(5), a == {1, 2, 3}, Set._hash(Bag([1, 2])) == Set._hash(Bag([2, 1])))
a |= [7]
a -= [1]
a ^= [2, 8]
a &= [3, 7, 8, 9]
print(a, a.pop(), a)
a.remove(8)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
a.clear()
print(a, len(a))


class Table(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Table(%r)" % self.data


t = Table()
t.update({"a": 1}, b=2)
t.update([("c", 3)])
print(t.get("a"), t.get("zz", 0), "b" in t, t.setdefault("d", 4), t.setdefault("a", 9), t.pop("c"), t.pop("c", None))
print(list(t.keys()), list(t.items()), list(t.values()), ("a", 1) in t.items(), 4 in t.values(), t.keys(), t.popitem())
try:
    t.pop("nope")
except KeyError as e:
    print("KeyError", e)
t.clear()
try:
    t.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(t == {}, t == Table())


class Row(MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


r = Row(1, 2, 3, 2)
print(list(reversed(r)), r.index(2), r.index(2, 2), r.index(2, -1), r.count(2), 3 in r)
try:
    r.index(2, 0, 1)
except ValueError:
    print("ValueError")
r.extend(r)
r.append(9)
r.reverse()
r.remove(3)
print(r.items, r.pop(), r.pop(0), r.items)
r += [5]
r.clear()
print(r.items)
