# Subscripts that the fast paths of list and array items pass by or stop at.
from array import array

lst = [1.5, 2.5, 3.5]
print(lst[0], lst[-1], lst[-3], lst[True], lst[False])
for bad in (3, -4, 2 ** 70, -(2 ** 70)):
    try:
        lst[bad]
    except IndexError as e:
        print('get', bad, type(e).__name__, e)
    try:
        lst[bad] = 0
    except IndexError as e:
        print('set', bad, type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(e)
lst[-1] = 'x'
lst[True] = 7
print(lst)


class Index:
    def __index__(self):
        return 1


print(lst[Index()])
lst[Index()] = 'via index'
print(lst)


class MyList(list):
    def __getitem__(self, i):
        return ('mine', list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ('set', v))


m = MyList([1, 2, 3])
m[0] = 5
print(m[0], m[-1], list(m))

a = array('d', [1.0, 2.0, 3.0])
print(a[0], a[-1], a[True])
a[0] = 4
a[1] += 0.5
a[-1] *= 2
print(a)
for bad in (3, -4):
    try:
        a[bad]
    except IndexError as e:
        print('get', bad, e)
    try:
        a[bad] = 1.0
    except IndexError as e:
        print('set', bad, e)
try:
    a[0] = 'no'
except TypeError as e:
    print(e)
a[Index()] = 9.25
print(a[Index()], a[1:])

f = array('f', [0.0])
f[0] = 0.1
print(f[0])
i = array('i', [0, 0])
i[0] = 2 ** 31 - 1
try:
    i[1] = 2 ** 31
except OverflowError as e:
    print(e)
try:
    i[1] = 1.5
except TypeError as e:
    print(e)
print(i)


class Logged(array):
    def __getitem__(self, k):
        print('getitem', k)
        return array.__getitem__(self, k)

    def __setitem__(self, k, v):
        print('setitem', k, v)
        array.__setitem__(self, k, v)


g = Logged('d', [1.0, 2.0])
g[0] += 1
print(g[0], g)


class Plain(array):
    pass


p = Plain('q', [1, 2, 3])
p[2] = -5
p[0] += 10
print(p[2], p[0], p)
