a = {1, 2, 3}; b = {1, 2, 3, 4}; c = frozenset([9])
print(a < b, a <= b, a > b, a >= b, b > a, b >= a, a < a, a <= a, a > a, a >= a, a < c, c < a, a <= c, set() <= a, set() < set())
print(a.issubset(b), a.issubset([1, 2, 3]), a.issubset([1, 2]), a.issubset(iter([3, 2, 1, 7])), b.issuperset(a), a.issuperset([1]), a.issuperset(b), a.issuperset(iter([])))
print(a.isdisjoint(c), a.isdisjoint(b), c.isdisjoint([1, 9]), a.isdisjoint([]), set().isdisjoint(b))
print(b.intersection(a), b.intersection(), b.intersection([1, 5], {1, 2}), sorted(b.intersection(a, [2, 3])), type(c.intersection(a)).__name__)
try:
    a.issubset([[1]])
except TypeError as e:
    print("TypeError", e)
print(b"ab" in b"xxab", b"abc" in b"ab", 97 in b"a", b"" in b"")
