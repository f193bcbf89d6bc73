# sum() keeps an exact-int total unboxed and then an exact-float one, as CPython 3.11 does; these
# check the edges of those paths: overflow into big ints, bools, the switch to floats, subclasses
# (whose __radd__ runs only where CPython's generic path calls it), errors and their messages.
import sys

big = sys.maxsize
print(sum([big, 1]), sum([big, big, -big]), sum([-big - 1, -1]), sum([big, 1, -2]), sum([2 ** 70, 1]))
print(sum([True, True, 3]), sum([], True), sum([1], True), sum([False]), type(sum([True, False])).__name__)
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1e308, 1e308]), sum([1, 2 ** 80, 0.5]), sum([0.5, 2 ** 80, 1]))
print(sum([0.5, 2 ** 1100]) if False else 'skip', sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([1.0, True]))
print(sum([float('nan'), 1]) != sum([float('nan'), 1]), sum([float('inf'), -1, 1]), sum([2 ** 63 - 1, 0.0]))
print(sum(range(10 ** 6)), sum(x * x for x in range(1000)), sum((i for i in range(10)), 100), sum([3], start=4))
print(sum([1.5, 2 ** 63]), sum([1.5, -2 ** 63]), sum([0.0, 2 ** 64]), repr(sum([1, 2], 0.0)))


class I(int):
    def __add__(self, o):
        return 'I.add'

    def __radd__(self, o):
        return 'I.radd'


class F(float):
    def __radd__(self, o):
        return 'F.radd'


print(sum([1, I(5)]), sum([I(5)]), sum([1.5, I(5)]), sum([1.5, F(2.0)]), sum([1, F(2.0)]))
print(sum([2.0, I(3), 1.0]), sum([I(3)], 1.0), sum([1], I(5)), sum([2 ** 63 - 1, I(1)]))


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))

    __radd__ = __add__


print(sum([V(1), V(2)]).n, sum([1, V(2), 3, 4.5]).n, sum([2.5, V(1), 1]).n)

for args in ([['a', 'b']], [[1, 'a']], [[1.5, 'a']], [['a'], ''], [[b'a'], b''], [[], bytearray()], [5], [[[1], [2]]]):
    try:
        print(sum(*args))
    except TypeError as e:
        print('TypeError', e)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()))


def failing():
    yield 1
    yield 2.5
    raise ValueError('inside')


try:
    sum(failing())
except ValueError as e:
    print('ValueError', e)
try:
    sum()
except TypeError as e:
    print('TypeError', e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print('TypeError', e)
