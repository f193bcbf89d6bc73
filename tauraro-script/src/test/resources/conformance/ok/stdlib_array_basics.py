# array: typed arrays, their conversions and range checks, bytes round trips, sequence operations
from array import array, typecodes
import copy

print(typecodes)
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a.typecode, a.itemsize, 2 in a, list(a))
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a, a.index(3), a.count(2))
a.remove(2)
a.reverse()
print(a, a.tolist())
a[0] = 10
a[1:3] = array('i', [7, 8, 9])
del a[-1]
print(a, a + array('i', [1]), a * 2, 3 * array('b', [1]))
a += array('i', [5])
a *= 2
print(a, a == array('i', a.tolist()), a < array('i', [100]), a == [1])
print(array('f', [0.1, 1.5]), array('d', [0.1, 2]), array('u', 'hello'), array('u', 'hi').tounicode())
print(array('i'), array('d'), array('b', b'ab'), array('q', array('q', [1, 2])))
b = array('h', [1, -2, 300])
raw = b.tobytes()
print(raw, array('h', raw), len(raw))
c = array('h')
c.frombytes(raw)
c.byteswap()
print(c, array('B', [1, 2]).tobytes(), array('u', 'é').tobytes())
c.fromlist([4, 5])
print(c, [x for x in c], copy.copy(c) == c, copy.copy(c) is not c)
u = array('u')
u.fromunicode('xyz')
print(u, u[1], u.itemsize)
print([array(t).itemsize for t in typecodes])

for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2 ** 15), ('h', -2 ** 15 - 1), ('H', 2 ** 16),
              ('H', -1), ('i', 2 ** 31), ('i', -2 ** 31 - 1), ('I', 2 ** 32), ('I', -1), ('l', 2 ** 63),
              ('L', 2 ** 64), ('L', -1), ('q', 2 ** 63), ('Q', 2 ** 64), ('Q', -1), ('i', 1.5), ('f', 'x'),
              ('u', 5), ('u', 'ab'), ('i', 'x')]:
    try:
        array(tc, [v])
        print(tc, v, 'ok')
    except Exception as e:
        print(tc, v, type(e).__name__, e)
for f in [lambda: array('z'), lambda: array('i', 'abc'), lambda: array('i').frombytes(b'abc'),
          lambda: array('i', [1]).pop(5), lambda: array('i').pop(), lambda: array('i', [1]).remove(9),
          lambda: array('i', [1]).index(9), lambda: array('i', [1]) + array('d', [1]),
          lambda: array('i', [1]) + [1], lambda: array('i', [1])[5], lambda: array('i', [1]).tounicode(),
          lambda: array('i', [1]).fromlist((1,)), lambda: array('i', [1]).extend(array('d'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = array('i', [1, 2])
try:
    d.fromlist([3, 'x'])
except TypeError as e:
    print(e, d)
