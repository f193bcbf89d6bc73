import math
import sys
from typing import List, Dict, Optional

def typed(xs: List[int], flag: Optional[bool] = None) -> Dict[str, int]:
    return {"n": len(xs), "total": sum(xs)}

print(typed([1, 2, 3]), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.gcd(12, 18))
print(len(sys.argv) >= 1, type(sys.argv).__name__, isinstance(3, (int, str)), isinstance("x", (int, float)))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(zip(*matrix))
print(transposed, [list(r) for r in transposed], sum(map(sum, matrix)))
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], max(words, key=len), len(set(words)))
print(*[1, 2, 3], sep=", ")
print(str(10 ** 30), 10 ** 30 // 7, -(10 ** 30) % 7, (10 ** 30) * (10 ** 30), 2 ** 200 > 10 ** 60)
print(list(range(0)), list(range(3, 0)), list(range(-3, 3, 2)), range(5)[2], len(range(0, 100, 7)))
s = "mississippi"
print(s.count("ss"), s.rfind("ss"), s.split("s"), s.upper().lower() == s, s[1:8:2], s[-4:], s[:-4])
nums = [5, 3, 8, 1]
nums[1:3] = [30, 80, 90]
print(nums, nums[::-1], nums[-1], nums[:2] + nums[2:])
del nums[0]
print(nums, [n for n in nums if n > 10], 80 in nums)
a = b = [1]
b.append(2)
print(a, a is b, [1] == [1], [1] is [1])
x, y = 1, 2
x, y = y, x
print(x, y)
def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=10))
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(1, 2, k=3))
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|", f"{3.14159:8.3f}|", f"{42:08.2f}", f"{-42:>6}")
print("a" < "b" < "c", (1, 2) == (1, 2), [3, 2] > [3, 1], "abc" * 0, not [], bool(None))
i = 0
while i < 3:
    i += 1
print(i, divmod(7, 2), 7 % 3, -7 % 3, 7.5 // 2, 2 ** 10, 10 / 4, 9 ** 0.5)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.value = 0
    def __call__(self, step=1):
        self.value += step
        return self.value
c = Counter()
c(); c(5)
print(c.value, Counter.instances, callable(c), callable(3))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), list(reversed(range(4))))
print(chr(65) + chr(0x263A), "\u00e9", len("héllo"), "naïve".upper(), "tab\there")
print(hash(1) == hash(1.0), 1 == 1.0, {1: "a"}[1.0] if False else "skip", int(True), float(False))
nested = {"a": {"b": [1, 2, {"c": 3}]}}
print(nested["a"]["b"][2]["c"], nested)
print(round(3.14159, 3), round(-2.5), round(0.5), abs(-0.0), max([1, 5, 3]), min("bca"))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    print(undefined)
except NameError as e:
    print(e)
try:
    "x".nope()
except AttributeError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), e.args)
def f(a, b):
    return a
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
