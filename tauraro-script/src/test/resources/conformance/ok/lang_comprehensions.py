# List, dict and set comprehensions, nested and with conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() if c in "aeiou" else c for c in "banana"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(5) if n != 2})
print(sorted({x % 4 for x in range(10)}))
print({w: len(w) for w in ["hi", "hello", "hey"]})
x = "outer"
print([x for x in "ab"], x)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print([(i, w) for i, w in enumerate(words) if len(w) > 4])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([[0 for _ in range(2)] for _ in range(2)])
funcs = [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in funcs])
late = [lambda: k for k in range(3)]
print([f() for f in late])
flat = [item for sub in [[1], [2, 3], []] for item in sub]
print(flat)
print([i for i in range(3)] == list(range(3)))
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
