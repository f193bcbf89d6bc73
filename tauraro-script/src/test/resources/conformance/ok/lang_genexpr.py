# Generator expressions: laziness, consumption by builtins, exhaustion.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]))
print(",".join(str(i) for i in range(4)))
print(sorted((c for c in "hello"), reverse=True))
print(dict((k, k * 2) for k in "ab"))
print(tuple(i for i in range(3) if i != 1))


def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


lazy = (v + 100 for v in noisy(3))
print("created")
for v in lazy:
    print("got", v)
print(min((x for x in []), default="empty"))
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
it = iter(x for x in "xy")
print(next(it), next(it), next(it, "done"))
total = 0
for sq in (n * n for n in range(4)):
    total += sq
print(total)
print(sum(1 for _ in range(1000)))
print(list(zip((a for a in "abc"), (b for b in range(10)))))
