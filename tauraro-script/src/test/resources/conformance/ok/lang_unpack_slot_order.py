# Unpacking a tuple or list into locals whose slots are in order, out of order, repeated or mixed with other targets.
def in_order(t):
    a, b, c, d = t
    return a, b, c, d


def reversed_order(t):
    d = c = b = a = 0
    a, b, c, d = t
    b, a = a, b
    d, c, b, a = t
    return a, b, c, d


def repeated(t):
    x, x, y = t
    return x, y


def interleaved(t):
    a = 1
    z = 2
    a, b, z, c = t
    return a, b, z, c


class Box:
    pass


def mixed(t):
    box = Box()
    a, box.attr, c = t
    d = {}
    d["k"], e, f = t
    return a, box.attr, c, d, e, f


def gen(ts):
    for t in ts:
        a, b, c = t
        yield c, b, a
        b, a, c = t
        yield a, b, c


for fn in (in_order, reversed_order):
    print(fn.__name__, fn((1, 2, 3, 4)), fn([5, 6, 7, 8]), fn("wxyz"), fn(range(4)))
    for bad in [(1, 2, 3), [1, 2, 3, 4, 5], (), None]:
        try:
            fn(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(repeated((1, 2, 3)), repeated([4, 5, 6]))
print(interleaved((1, 2, 3, 4)), interleaved([5, 6, 7, 8]))
print(mixed((1, 2, 3)), mixed([4, 5, 6]))
print(list(gen([(1, 2, 3), [4, 5, 6], "abc"])))
t = (1, 2)
p, q = t
q, p = t
print(p, q)


class C:
    m, n = 10, 20
    n, m = (30, 40)


print(C.m, C.n)
