# Slices written as o[lo:hi:step] (taken from the bounds without a slice object for lists and
# tuples) must match what o[slice(lo, hi, step)] gives, for every kind of bound and object.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


base = list(range(10))
tup = tuple(base)
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 11, -10, -11, 2**70, -2**70, True]
steps = [None, 1, 2, 3, -1, -2, -4, 2**70, -2**70]

# reading: the written slice equals the slice object's, for lists, tuples and strings
mismatch = 0
for a in bounds:
    for b in bounds:
        for c in steps:
            for seq in (base, tup, "abcdefghij"):
                if seq[a:b:c] != seq[slice(a, b, c)]:
                    mismatch += 1
                    print("mismatch", type(seq).__name__, a, b, c)
print("read mismatches", mismatch)
for c in steps:
    print(c, "|".join("abcdefghij"[a:b:c] for a in bounds for b in bounds))
    print(c, sum((base[a:b:c] for a in bounds for b in bounds), []))
wide = "a\U0001F600b\u00e9c\U0001F601d"
print([wide[a:b:c] for a in (None, 1, -2, 5) for b in (None, 2, -1) for c in (None, 1, -1, 2)])
print("hello"[::-1], "hello"[1:-1], "hello"[10:], "hello"[-10:2], "h\u00e9llo"[::2])
print(base[::-1], base[7::-1], base[-3:], base[:-3], base[::3], base[1::-2], base[-100:100])
print(tup[::-1], tup[5:2:-1], type(tup[1:3]).__name__, tup[:] == tup)

# assignment of every length, on a fresh list each time, against CPython's results
results = []
for a in [None, 0, 2, -2, 8, 20]:
    for b in [None, 0, 3, -1, 20]:
        for v in [[], ["x"], ["x", "y", "z"], list("abcdefghijkl")]:
            l = list(range(8))
            try:
                l[a:b] = v
                results.append(l)
            except Exception as e:
                results.append(type(e).__name__)
print(results)

for c in [2, -1, -2, 3]:
    for v in [[], ["a"], ["a", "b", "c", "d"], ("p", "q", "r", "s")]:
        l = list(range(8))
        show(("ext", c, len(v)), lambda: (l.__setitem__(slice(None, None, c), v), l)[1])
        l = list(range(8))
        try:
            l[::c] = v
            print("ext written", c, l)
        except ValueError as e:
            print("ext written", c, "ValueError", e)

# fannkuch's flip: the reversed prefix replaces itself
perm = [3, 1, 4, 0, 2]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)

# self-assignment, self as the value of an extended slice, iterables that are not sequences
l = [1, 2, 3, 4]
l[1:3] = l
print(l)
l = [1, 2, 3, 4]
l[::-1] = l
print(l)
l = [1, 2, 3, 4]
l[1:2] = (x * 10 for x in range(3))
print(l)
l = [1, 2, 3]
l[0:1] = "ab"
print(l)
show("not iterable", lambda: l.__setitem__(slice(0, 1), 5))
l = [1, 2, 3]
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l[::2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    l[::0] = []
except ValueError as e:
    print("ValueError", e)
try:
    l["a":]
except TypeError as e:
    print("TypeError", e)
try:
    l[1.5:] = []
except TypeError as e:
    print("TypeError", e)


# bounds with __index__, and one that changes the list as it is read
class Idx:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __index__(self):
        if self.target is not None:
            del self.target[5:]
        return self.v


l = list(range(10))
print(l[Idx(2):Idx(8):Idx(2)])
l = list(range(10))
print(l[Idx(1):Idx(100, l)], l)
l = list(range(10))
l[Idx(1):Idx(100, l)] = ["z"]
print(l)


class MyInt(int):
    pass


print(base[MyInt(2):MyInt(-2)], tup[MyInt(1)::MyInt(3)])


# subclasses of list and tuple, and classes with their own __getitem__ / __setitem__
class L(list):
    def __getitem__(self, i):
        return ("L.get", i, list.__getitem__(self, i))

    def __setitem__(self, i, v):
        print("L.set", i, v)
        list.__setitem__(self, i, v)


sub = L(range(6))
print(sub[1:4], sub[::-2])
sub[1:3] = [9]
print(list(sub))


class Plain(list):
    pass


p = Plain(range(6))
r = p[1:4]
print(r, type(r).__name__)
p[0:2] = []
print(p, type(p).__name__)


class T(tuple):
    pass


t = T((1, 2, 3, 4))
print(t[1:], type(t[1:]).__name__)


class Rec:
    def __getitem__(self, i):
        return i

    def __setitem__(self, i, v):
        print("set", i, v)

    def __delitem__(self, i):
        print("del", i)


r = Rec()
print(r[1:2], r[::], r[:"x":None], r[1:2, 3])
r[1:2] = 5
r[::-1] = 6
del r[3:]


# evaluation order: the object, then lower, upper, step, then the value's conversion
def trace(name, v):
    print("eval", name)
    return v


lst = [0, 1, 2, 3, 4]
print(trace("obj", lst)[trace("lo", 1):trace("hi", 4):trace("step", 2)])
trace("obj", lst)[trace("lo", 1):trace("hi", 3)] = trace("value", [7])
print(lst)
del lst[1:3]
print(lst)
s = "hello"
try:
    s[1:2] = "x"
except TypeError as e:
    print("TypeError", e)
print(range(10)[2:8:3], b"abcdef"[::-2], bytearray(b"abc")[1:])
