xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5); xs.extend([3, 5]); xs.insert(0, 0)
print(xs, len(xs), xs.count(5), xs.index(4), xs.pop(), xs.pop(0), xs)
xs.sort(); print(xs); xs.reverse(); print(xs); xs.remove(1); print(xs, sorted(xs, key=lambda v: -v)[:3])
print(xs[1:4], xs[-2:], xs[::3], [x * 2 for x in xs if x > 3], list(range(10, 0, -3)), list(range(5)))
d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}, e=5)
print(d, d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items())[:2], "a" in d, len(d))
print(d.pop("a"), d.setdefault("f", 6), d, {k: v * 10 for k, v in d.items() if v % 2 == 0})
del d["b"]; print(d, dict(zip("xyz", [1, 2, 3])), dict(a=1, b=2), dict([("p", 1)]))
s = {3, 1, 2}
s.add(4); s.discard(1)
print(sorted(s), {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {x % 3 for x in range(10)}, set(), len(s))
t = (1, "two", 3.0)
a, b, c = t
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(t, a, b, c, first, rest, init, last, t[1:], t + (4,), (1,), (), t.index("two"), (1, 2) < (1, 3))
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2, ""])))
print(any([0, 0, 1]), all([1, 2, 0]), sum([1, 2, 3], 10), max("apple", "pear", key=len), min([], default="empty"))
nested = [[1, 2], [3, 4]]
print([y for x in nested for y in x], [[r * c for c in range(3)] for r in range(3)], list(reversed([1, 2, 3])))
g = (i * i for i in range(5))
print(next(g), next(g), list(g), sum(i for i in range(101)))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [1, 2] * 2, [1, 2] == [1, 2], [1, [2, 3]] == [1, [2, 3]], {1: [2]} == {1: [2]}, bool([]), bool([0]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted({"b": 1, "a": 2}), list({"x": 1}), sorted([3, 1, 2], reverse=True))
