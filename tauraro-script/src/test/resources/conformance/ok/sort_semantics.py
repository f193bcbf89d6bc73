# sorted()/list.sort(): stable with keys and reverse, only '<' asked, errors as CPython.
import random
rng = random.Random(7)
pairs = [(rng.randrange(5), i) for i in range(200)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
words = ["pear", "Apple", "fig", "apple", "Fig", "kiwi", "\u00e9clair", "\U0001F600", "\uff01", "z"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, reverse=True))
nums = [rng.randrange(-1000, 1000) for _ in range(300)]
s = sorted(nums)
print(s[:8], s[-8:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
fl = [rng.random() * 10 - 5 for _ in range(100)] + [0.0, -0.0, 0.0]
print(sorted(fl)[:3], [repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0])])
print(sorted(list(range(50)) + list(range(50)))[:6], sorted(range(30, 0, -1))[:5])
print(sorted([3, 1.5, 2, True, -1.25]), sorted([(1, "b"), (1, "a"), (0, "z")]))

class OnlyLt:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"
objs = [OnlyLt(rng.randrange(4), chr(97 + i)) for i in range(20)]
print(sorted(objs))
print(sorted(objs, reverse=True))
l = [5, 3, 9]
l.sort(key=lambda x: -x)
print(l, sorted([]), sorted([1]), sorted("banana"))
for bad in ([1, "a", 2], [object(), object()], [{1: 2}, {3: 4}]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
def boom(x):
    if x == 3:
        raise ValueError("key failed at 3")
    return x
try:
    sorted([1, 2, 3, 4], key=boom)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
