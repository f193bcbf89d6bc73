# array item reads and writes: int indexes (negative, out of range, bool, __index__), values each
# typecode stores as given, converts (int into 'd', bool, float32 rounding) or refuses, slices,
# and subclasses overriding or extending the item methods
from array import array


class Ix:
    def __index__(self):
        return 1


def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


a = array('d', [1.5, 2.5, 3.5])
print(a[0], a[-1], a[-3], a[True], a[Ix()], a[1:], a[::-1])
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a[2 ** 70])
attempt(lambda: a['x'])
attempt(lambda: a[1.0])
a[0] = 7
a[-1] = True
a[Ix()] = 0.25
print(a, [type(x).__name__ for x in a])
for idx, value in [(3, 1.0), (-4, 1.0), (0, 'x'), (0, None), (0, 2 ** 2000), ('x', 1.0), (1.0, 1.0)]:
    def store():
        a[idx] = value
    attempt(store)
a[0] = 2 ** 60
a[1] = -0.0
a[2] = float('nan')
print(a)

f = array('f', [0.0, 0.0, 0.0])
f[0] = 0.1
f[1] = 3
f[-1] = 1e-50
print(f, f[0] == 0.1, f[0])
for value in [1e300, -1e300, float('inf'), 16777217]:
    def store():
        f[0] = value
    attempt(store)
    print(f[0])

for tc, values in [('b', [127, -128, 128, -129]), ('B', [0, 255, 256, -1]), ('h', [2 ** 15 - 1, -2 ** 15, 2 ** 15]),
                   ('H', [2 ** 16 - 1, 2 ** 16, -1]), ('i', [2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1]),
                   ('I', [2 ** 32 - 1, 2 ** 32, -1]), ('l', [2 ** 63 - 1, -2 ** 63, 2 ** 63]),
                   ('L', [2 ** 64 - 1, 2 ** 63, -1, 2 ** 64]), ('q', [-2 ** 63, 2 ** 63]),
                   ('Q', [2 ** 64 - 1, 0, -1, 2 ** 64]), ('i', [True, 1.0, 'x', Ix()])]:
    arr = array(tc, [0])
    for v in values:
        def store():
            arr[0] = v
            return arr[0], type(arr[0]).__name__
        attempt(store)

u = array('u', 'abc')
u[1] = 'z'
print(u, u[-1])
attempt(lambda: u.__setitem__(0, 5))
attempt(lambda: u.__setitem__(0, 'xy'))

for idx in ['x', 2 ** 70, 1.0, 5]:
    def delete():
        del a[idx]
    attempt(delete)

s = array('i', range(6))
s[1:3] = array('i', [9])
print(s, s[::2])
attempt(lambda: s.__setitem__(slice(0, 1), [1]))
attempt(lambda: s.__setitem__(slice(0, 1), array('d', [1])))


class Logged(array):
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v * 2)


g = Logged('l', [1, 2, 3])
g[0] = 5
g[-1] += 1
print(g[0], g, type(g).__name__, array.__getitem__(g, 2), isinstance(g, array))
print(array.__getitem__.__name__, array.__setitem__.__name__)
