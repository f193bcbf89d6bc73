# Comparisons: chained, mixed types, identity, membership, truthiness.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 1)
print(x == 5 == 5.0, 1 == 1.0, 0 == False, x is not None)
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), [1] == (1,))
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "x" in {"x": 1})
print(None is None, [] is [], not [], not [0])


def side(v, label):
    print("eval", label)
    return v


print(side(1, "a") < side(2, "b") < side(0, "c") < side(5, "d"))
print(side(3, "a") < side(2, "b") < side(5, "c"))
values = [0, 1, -1, 0.0, "", "0", [], [0], (), {}, None, True, False]
print([bool(v) for v in values])
print(0 or "default", 3 or 4, 0 and 5, 2 and 7, None or [] or "last")
print(not 0, not "x", (not 1) == False)
print(max(3, 7) if 3 < 7 else "no")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a != c)
print(1 < 2 == 2 > 1, (1 < 2) == (2 > 1))
print(float("inf") > 10 ** 300, -float("inf") < -(10 ** 300))
print(sorted([3, 1.5, 2, True]))
