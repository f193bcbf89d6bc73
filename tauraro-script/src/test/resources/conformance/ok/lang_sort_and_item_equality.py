# Sorting by keys of one kind (ints, floats, strs, tuples led by one of those) and of mixed kinds:
# the same order, stability and errors as CPython's type-specialized comparisons.
import random

nan = float("nan")
r = random.Random(7)

# tuples led by ints, floats and strs; equal first items fall back to the rest of the tuple
print(sorted([(2, "b"), (1, "a"), (2, "a"), (1, "c"), (0, "z")]))
print(sorted([(2.5,), (1.5, 1), (1.5,), (-0.0, 2), (0.0, 1)]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("", 0)], reverse=True))
print(sorted([(1, "x"), (1,), (), (0, 1)]))
# a NaN first item is neither less nor greater: the whole tuples decide
print(sorted([(nan, 1), (1.0, 2), (0.5, 3)], key=lambda t: t[1]))
ts = [(nan, 2), (1.0, 1)]
print(sorted(ts) == [(nan, 2), (1.0, 1)] or sorted(ts))
# first items equal by value but of different kinds
print(sorted([(1, "b"), (1.0, "a"), (True, "c")]))
# stability: equal keys keep their order, reversed too
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[1], p[0][::-1])))
# identity of equal ints is kept in order (stable)
a, b = 10 ** 20, 10 ** 20
s = sorted([b, 3, a])
print(s[1] is b, s[2] is a)
# strs by code point, astral characters included
print(sorted(["\U0001f600", "\uffff", "\ue000", "a", "", "ab", "\xe9"]))
# floats with NaNs keep CPython's result for this input
print(sorted([3.0, nan, 1.0, 2.0]))
# random data of each kind against a plain comparison sort
for data in ([r.randrange(-50, 50) for _ in range(300)], [r.random() for _ in range(300)],
             [str(r.randrange(1000)) for _ in range(300)], [(r.randrange(5), r.random()) for _ in range(300)],
             [(str(r.randrange(5)), r.randrange(3)) for _ in range(300)]):
    s = sorted(data)
    print(all(not (y < x) for x, y in zip(s, s[1:])), len(s))
# errors name the types, as CPython's
for bad in ([(1, 2), ("a", 1)], [(1, "a"), (1, 2)], [1, "a"], [(1,), 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
# comparisons of tuples and lists whose first differing items are NaNs or sets, and containers
# finding an item by identity before ==, as CPython (a NaN in a list is found)
print((1.0, 1) < (nan, 2), (nan, 2) < (1.0, 1), (1.0, 1) > (nan, 2), [nan] <= [1.0], [1.0] >= [nan])
print((1, {1}) < (1, {1, 2}), [1, {1, 2}] > [1, {1}], (1, {1}) <= (1, {2}), ({3},) >= ({3}, 1))
nan = float("nan")
def t(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__
print([nan] == [nan], (nan,) == (nan,), nan in [nan], [nan].count(nan), t(lambda: [nan].index(nan)), {1: nan} == {1: nan}, (nan, 1) == (float("nan"), 1))
print([[nan]] == [[nan]], {nan} == {nan}, [nan] != [nan], (1, nan) < (1, nan), (1, nan) <= (1, nan))
import collections
print(collections.Counter([nan, nan])[nan], t(lambda: [nan].remove(nan)), (nan,).index(nan), (nan,).count(nan))
import array
print(t(lambda: collections.deque([nan]).index(nan)), collections.deque([nan]).count(nan), nan in collections.deque([nan]), t(lambda: collections.deque([nan]).remove(nan)))
print(nan in (nan,), nan in {nan: 1}, nan in {nan}, nan in frozenset([nan]), nan in {1: nan}.values(), (1, nan) in {(1, nan): 2})
