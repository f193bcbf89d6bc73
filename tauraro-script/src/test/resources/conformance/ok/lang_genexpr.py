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

# the generator protocol on a generator expression: throw() raises at the yield, send() drops its
# value, close() ends it
g = (x for x in [1, 2, 3])
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
print(list(g))
g = (x for x in [1, 2, 3])
print(g.send(None), g.send(5))
g.close()
print(list(g), g.__name__)
print(sum(a + b for a, b in [(1, 2), (3, 4)]), list((i, j) for i, j in enumerate("ab") if i if j))
try:
    g = (x for x in 5)
except TypeError as e:
    print(e)


# PEP 572: an assignment expression in a generator expression binds in the enclosing scope
print(list((w := x) for x in range(3)), w)


def binds():
    print(list((v := x * 2) for x in range(3) if x), v)
    print(list((u := (x, y)) for x in range(2) for y in "ab"), u)


binds()
