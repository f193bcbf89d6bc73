"""itertools: groupby's groups share its iterator (an earlier group is empty once it moves on, with CPython's count of key comparisons); tee's iterators share one buffer, __copy__, tee of a tee."""
import itertools as it, copy
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        K.calls += 1
        return self.v == o.v
    def __repr__(self): return 'K(%d)' % self.v
g = it.groupby('aaabbcdd')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print([(k, list(v)) for k, v in it.groupby('aaabbcdd')])
groups = list(it.groupby('aabbc'))
print([(k, list(v)) for k, v in groups])
data = [K(1), K(1), K(2), K(2), K(2), K(3)]
K.calls = 0
res = [(k, len(list(v))) for k, v in it.groupby(data)]
print(res, K.calls)
K.calls = 0
res = [k for k, v in it.groupby(data)]
print(res, K.calls)
K.calls = 0
g = it.groupby(data)
k, v = next(g)
print(next(v), K.calls)
k, v = next(g)
print(k, K.calls, list(v), K.calls)
print([(k, list(v)) for k, v in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x % 2)])
print([(k, list(v)) for k, v in it.groupby([])])
nan = float('nan')
print([(k, len(list(v))) for k, v in it.groupby([nan, nan, 1.0])])
g = it.groupby([1, 1, 2])
k, grp = next(g)
print(type(grp).__name__, type(grp).__module__, iter(grp) is grp)
try:
    type('X', (type(grp),), {})
except TypeError as e:
    print(e)
# tee
a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b))
c = copy.copy(a)
print(type(c).__name__, list(c), list(a), list(b))
a, b, c = it.tee('xyz', 3)
print(list(a), list(b), list(c))
t = it.tee([1, 2, 3])[0]
print(next(t))
t2 = t.__copy__()
print(list(t2), list(t))
print(it.tee([], 0), len(it.tee([1], 1)))
try:
    type('X', (it._tee,), {})
except TypeError as e:
    print(e)
a, b = it.tee(x for x in [1, 2])
print(list(a), list(b))
x = it._tee([7, 8])
print(next(x), list(it._tee(x)), list(x))
