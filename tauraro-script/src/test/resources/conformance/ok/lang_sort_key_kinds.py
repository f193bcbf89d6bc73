# Sorting all-int, all-float and all-str keys: the order of <, stable for equal keys (identity kept), -0.0
# equal to 0.0, infinities at the ends, keys from a key function, reverse=True
import random

r = random.Random(7)
ints = [r.randrange(-50, 50) for _ in range(500)]
print(sorted(ints) == sorted(ints, key=lambda x: (x,)), sorted(ints)[:12])
big = [10 ** 10 + r.randrange(5) for _ in range(40)]
s = sorted(big)
print(s[:5], all(a <= b for a, b in zip(s, s[1:])))
# stability: equal keys keep their order, the same objects come back
objs = [int(str(10 ** 12 + (i % 3))) for i in range(9)]
out = sorted(objs)
print([next(i for i, o in enumerate(objs) if o is x) for x in out])
fobjs = [float(str(1.5 + (i % 2))) for i in range(6)]
print([next(i for i, o in enumerate(fobjs) if o is x) for x in sorted(fobjs)])
print([next(i for i, o in enumerate(fobjs) if o is x) for x in sorted(fobjs, reverse=True)])
pairs = sorted(range(20), key=lambda i: i % 4)
print(pairs)
print(sorted(range(20), key=lambda i: i % 4, reverse=True))
print(sorted([3, -1, 2 ** 62, -2 ** 63, 2 ** 63 - 1, 0]))
floats = [0.0, -0.0, 1.5, -1.5, float("inf"), float("-inf"), 1e-300, -1e-300, 5e-324, -5e-324, 2.0, -0.0, 0.0]
print(sorted(floats))
print(sorted(floats, reverse=True))
z = [0.0, -0.0, 0.0, -0.0]
print([str(x) for x in sorted(z)], [str(x) for x in sorted(z, reverse=True)])
fl = [r.uniform(-1e6, 1e6) for _ in range(1000)]
sf = sorted(fl)
print(all(a <= b for a, b in zip(sf, sf[1:])), sf[0] == min(fl), sf[-1] == max(fl))
print(sorted([r.random() for _ in range(200)], key=lambda x: -x)[:3])
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([1.5, 2.5], key=lambda x: -x), sorted([True, 2, 1.5]), sorted([3, 1.0, 2]))
lst = [5, 3, 9, 1]
lst.sort(key=lambda v: -v)
print(lst)
lst.sort(reverse=True)
print(lst)
# strs: code point order, whether or not a character lies beyond the surrogates' range
print(sorted(["b", "a", "ab", "", "B", "é", "z" * 3]))
print(sorted(["\uffff", "\U00010000", "\ue000", "\ud7ff", "a"]) == ["a", "\ud7ff", "\ue000", "\uffff", "\U00010000"])
print([hex(ord(s[0])) for s in sorted(["\U0001F600x", "\uff01", "\U00010000", "\u4e2d"])])
print(sorted([("b", 1), ("a", 2), ("a", 1), ("\U00010000", 0), ("\uffff", 0)]))
print(sorted(["word%d" % i for i in range(30)], reverse=True)[:5])
