# iterating a set: CPython's set iterator over the live table (size changes raise, and keep raising)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('add:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('discard:', e)
s = set(range(5))
it = iter(s)
print(next(it))
s.add(99)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('sticky:', e)
s.discard(99)
try:
    next(it)
except RuntimeError as e:
    print('still:', e)
# same size after a remove and an add: no error (CPython compares sizes only)
s = {1, 2, 3}
seen = []
for x in s:
    seen.append(x)
    if x == 1:
        s.remove(1)
        s.add(1)
print(sorted(seen) == sorted(set(seen)), len(seen) <= 4)
# exhausted stays exhausted
s = {7}
it = iter(s)
print(list(it), list(it))
s.add(8)
print(list(it))
fs = frozenset('abc')
print(sorted(fs), sorted(iter(fs)), type(iter(fs)).__name__, type(iter(set())).__name__)
big = set(range(1000))
print(sum(big), min(big), max(big), len([x for x in big if x % 7 == 0]))
class S(set):
    pass
print(sorted(S([3, 1, 2])), sorted(x * 2 for x in S({4, 5})))
d = {}
for x in {('a', 1), ('b', 2)}:
    d[x[0]] = x[1]
print(sorted(d.items()))
