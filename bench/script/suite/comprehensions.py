# Comprehensions: list, dict and set comprehensions, nested and filtered, over ranges and records.
records = [(i, "name%d" % (i % 1000), i * 0.5) for i in range(50_000)]
total = 0
for _ in range(16):
    squares = [x * x for x in range(100_000) if x % 3]
    by_name = {name: value for _, name, value in records}
    ids = {i % 5003 for i, _, _ in records}
    grid = [[x + y for x in range(60)] for y in range(60)]
    pairs = [(a, b) for a in range(150) for b in range(a, 150) if (a + b) % 7 == 0]
    total += len(squares) + len(by_name) + len(ids) + sum(map(sum, grid)) + len(pairs)
    total += sum(v for v in by_name.values() if v > 100)
print(int(total))
