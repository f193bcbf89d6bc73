# sets of ints (deterministic order) and set operations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(a <= {1, 2, 3, 4, 5}, a < a, {3} < b, a.isdisjoint({9}), a >= {1})
s = set()
s.add(3)
s.add(1)
s.add(3)
print(len(s), 3 in s, 2 in s, sorted(s))
s.update([5, 6], (7,))
s.discard(100)
s.remove(1)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted(set("mississippi")), len(set([1, 1, 2])))
print({x % 3 for x in range(10)} == {0, 1, 2})
fs = frozenset([1, 2])
print(fs == {1, 2}, sorted(fs | {3}), len(fs))
print(set() == set(), {1, 2} == {2, 1}, {1: 1} == {1: 1})
c = {10, 20, 30}
c -= {10}
c |= {40}
c &= {20, 40, 50}
print(sorted(c))
popped = {7}.pop()
print(popped)
print(set(), {1}, repr(set()), frozenset())
print(sorted({3, 1, 2}, reverse=True))
