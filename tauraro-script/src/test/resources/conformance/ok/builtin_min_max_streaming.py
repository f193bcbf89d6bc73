# min() and max() read their iterable one item at a time, the key of each item computed (and
# compared) before the next item is asked for, as CPython's min_max; set.isdisjoint stops at the
# first item in common and looks set items up with their stored hashes.


def gen(n):
    for i in range(n):
        print("  gen", i)
        yield i


def key(x):
    print("  key", x)
    return -x


print(min(gen(3), key=key))
print(max(gen(3), key=key))
print(max(gen(3)))


def stop_early():
    yield 5
    yield 1
    raise ValueError("third")


try:
    min(stop_early(), key=key)
except ValueError as e:
    print("ValueError", e)

# a key that changes the list being scanned: the scan sees the change
l = [3, 1, 2]


def growing(x):
    if len(l) < 5:
        l.append(0 - len(l))
    return x


print(min(l, key=growing), l)
print(min([], default="empty"), max((), default=None), min(iter([7]), default=0))
for bad in [lambda: min([]), lambda: max(x for x in ()), lambda: min(1), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max([1, 2.5, 2]), min(2, 2.0), max(2.0, 2))
print(max([True, 1, 0]), min([1, True]), max(-1, 2 ** 70, 3), min(float("nan"), 1), min(1, float("nan")))
print(max(1, 2, key=lambda v: -v), min([(1, "b"), (1, "a")]), max("abc", key=ord))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v


print(min(Loud(2), Loud(1), Loud(3)).v, max(Loud(2), Loud(1), Loud(3)).v)


class H:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        H.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v


a = {H(1), H(2)}
b = {H(3), H(4), H(5)}
H.hashes = 0
print(a.isdisjoint(b), b.isdisjoint(a), a.isdisjoint(a), set().isdisjoint(set()), "hashes", H.hashes)
print({1, 2}.isdisjoint(gen(5)), {9}.isdisjoint(gen(2)), {1}.isdisjoint([1.0]), frozenset([2]).isdisjoint({3}))
try:
    {1}.isdisjoint([[2]])
except TypeError as e:
    print("TypeError", e)
