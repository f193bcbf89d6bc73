def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 5, 50)])
total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    print("not reached")
print(total)
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
count = 0
while True:
    count += 1
    if count >= 3:
        break
print(count, "yes" if count == 3 else "no", [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
def gen():
    yield 1
    yield 2
    return 3
def deleg():
    r = yield from gen()
    yield r
print(list(gen()), list(deleg()))
def counter(start):
    while True:
        got = yield start
        if got is not None:
            start = got
        else:
            start += 1
c = counter(10)
print(next(c), next(c), c.send(100), next(c))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out)
if (k := len(out)) > 5:
    print("walrus", k)
x = 5
assert x == 5, "x should be 5"
print(1 if [] else 2, not None, None is None, [] is not None, 0 or "default", 1 and "second")
