# Iteration helpers: iter(callable, sentinel), zip(strict=True), shared iterators, enumerate.
counter = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(counter), 0)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", [1, 2], strict=True)))
it = iter(range(5))
print(next(it), list(zip(it, it)))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
nums = [1, 2, 4, 7, 11]
pairs = list(zip(nums, nums[1:]))
print(pairs, [b - a for a, b in pairs])
rows = iter(["header", "r1", "r2"])
header = next(rows)
print(header, [r.upper() for r in rows], list(rows))


class Tree:
    def __init__(self, value, *kids):
        self.value = value
        self.kids = kids

    def __iter__(self):
        yield self.value
        for k in self.kids:
            yield from k


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, max(t))
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as ex:
    print("RuntimeError:", ex)
xs = [1, 2, 3]
for x in xs:
    if x == 1:
        xs.append(4)
print(xs)
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(map(lambda a, b: a + b, "abc", "xy")), list(enumerate([], 3)))
print(list(zip(*[("b", 2), ("a", 1)])))
