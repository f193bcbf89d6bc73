# for/while with else, break, continue, nested loops, range variants.
for i in range(3):
    print("for", i)
else:
    print("for-else runs: no break")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while-else runs")
while True:
    n -= 1
    if n < 0:
        break
print("n =", n)
for x in []:
    print("never")
else:
    print("else on empty loop")
found = None
for row in range(1, 4):
    for col in range(1, 4):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
print(list(range(-5, -1)), list(range(5, 5)), len(range(0, 100, 7)), range(3)[-1])
print(range(1, 10, 2), 7 in range(1, 10, 2), 8 in range(1, 10, 2))
total = 0
for a, b in zip(range(3), range(10, 13)):
    total += a * b
print(total)
for k in {"x": 1, "y": 2}:
    print("key", k)
i = 0
while i < 10:
    i += 3
else:
    print("ended with", i)
for ch in "ab":
    for d in "12":
        if d == "2":
            continue
        print(ch + d)
count = 0
for _ in range(5):
    count += 1
print(count)
