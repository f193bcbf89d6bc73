# list slice assignment: CPython's order (bounds, then the value), messages, aliasing, equal lengths
a = [1, 2, 3, 4]
for stmt in ["a[1.5:2] = 5", "a[0:1] = 5", "a[::2] = 5", "a[::-1] = None", "a[::2] = [1]", "a[::0] = []",
             "a['x':] = (i for i in range(3))"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
print(a)


def noisy():
    print('iterating the value')
    yield 1


try:
    a[None:'y'] = noisy()
except TypeError as e:
    print('bounds first:', e)


class Boom:
    def __iter__(self):
        raise TypeError('my own TypeError')


class Bad:
    def __iter__(self):
        raise ValueError('not a TypeError')


for v in (Boom(), Bad()):
    for s in (slice(0, 1), slice(None, None, 2)):
        try:
            a[s] = v
        except Exception as e:
            print(type(e).__name__, e)

a[:] = a
print(a)
a[1:3] = a
print(a)
a[::-1] = a
print(a)
a[::2] = a[1::2]
print(a)
a[:2] = (9, 8)
print(a)
a[1:1] = range(3)
print(a)
b = list(range(10))
b[2:5] = "xyz"
print(b)
b[8:2] = [0]
print(b)
b[-3:] = []
print(b)
k = 3
b[:k + 1] = b[k::-1]
print(b)
b[2:4] = {'p': 1, 'q': 2}
print(b)


class Sub(list):
    def __iter__(self):
        return iter(['from', '__iter__'])


b[0:2] = Sub([1, 2, 3])
print(b)
c = b[:]
c[0] = 'copy'
print(b[0], c[0], c == b, c is b)
d = b.copy()
d.append('more')
print(len(b), len(d), type(d).__name__)
perm = [3, 1, 0, 2]
flips = 0
while perm[0]:
    k = perm[0]
    perm[:k + 1] = perm[k::-1]
    flips += 1
print(perm, flips)
