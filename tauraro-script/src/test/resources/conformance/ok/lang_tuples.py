# tuples: packing, unpacking, methods, immutability.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[1], t[-1])
single = (5,)
empty = ()
print(single, empty, len(empty), (1) == 1, (1,) == 1)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(t.count(2), t.index(3), t + (4,), t * 2, 2 in t)
print((1, 2) < (1, 2, 3), (2,) > (1, 9), max([(1, "b"), (1, "c")]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(tuple([1, 2]), tuple("hi"), tuple(range(3)))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
m, n = divmod(17, 5)
print(m, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
