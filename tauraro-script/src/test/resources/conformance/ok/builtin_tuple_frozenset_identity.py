# tuple(t) of an exact tuple and frozenset(f) of an exact frozenset return the argument itself, as
# CPython's tuple_new and frozenset_new do; subclasses and other iterables make new objects.
t = (1, 2, [3])
print(tuple(t) is t, tuple(t) == t)
f = frozenset([1, 2])
print(frozenset(f) is f, frozenset(f) == f)
l = [1, 2]
print(tuple(l), tuple(l) is l, tuple("ab"), tuple({1: 2}), tuple(range(3)), tuple(x * 2 for x in l))
s = {1, 2}
fs = frozenset(s)
s.add(3)
print(sorted(fs), type(fs).__name__, frozenset(s) is s, sorted(set(f)), set(f) is f)


class T(tuple):
    pass


class F(frozenset):
    pass


u = T((1, 2))
g = F([1])
print(type(tuple(u)).__name__, tuple(u) is u, tuple(u) == u, type(T(t)).__name__, T(t) is t, T(t) == t)
print(type(frozenset(g)).__name__, frozenset(g) is g, type(F(f)).__name__, F(f) is f, F(f) == f)
print(tuple(t)[2] is t[2], hash(tuple((1, 2))) == hash((1, 2)))
