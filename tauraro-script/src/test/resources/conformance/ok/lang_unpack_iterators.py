# Unpacking an iterator into names takes one item more than there are names, no more: an endless
# iterator raises "too many values" and a generator stops running there; with a starred name every
# item is taken.
import itertools

log = []


def gen(n):
    for i in range(n):
        log.append(i)
        yield i


a, b = gen(2)
print(a, b, log)
log.clear()
try:
    a, b = gen(10)
except ValueError as e:
    print(e, log)
log.clear()
try:
    a, b, c = gen(2)
except ValueError as e:
    print(e, log)
try:
    x, y = itertools.count()
except ValueError as e:
    print(e)
try:
    (x, y), z = itertools.repeat(7), 1
except ValueError as e:
    print(e)
log.clear()
first, *rest = gen(5)
print(first, rest, log)
it = iter(range(10))
p, q = itertools.islice(it, 2)
print(p, q, next(it))
it = iter(range(10))
try:
    p, q = it
except ValueError as e:
    print(e, next(it))
for k, v in {"a": 1}.items():
    print(k, v)
try:
    for m, n in [itertools.count()]:
        pass
except ValueError as e:
    print(e)
# islice takes no item beyond its stop from the underlying iterator
for args in [(2,), (5, 2), (0, 5, 3), (1, None, 2), (0,), (3, 3)]:
    it = iter(range(10))
    out = list(itertools.islice(it, *args))
    print(args, out, next(it, "end"))
it = iter(range(10))
s = itertools.islice(it, 0, 5, 3)
print(next(s), next(s), next(it), list(s), next(it))
