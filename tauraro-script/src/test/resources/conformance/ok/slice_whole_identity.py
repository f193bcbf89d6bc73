# A whole slice of an exact tuple or str is the object itself (CPython's tuplesubscript and
# unicode_subscript); of a list, bytes-like mutable or subclass it is a new object.
t = (1, 2, 3)
s = "abc"
print(t[:] is t, t[0:3] is t, t[-10:10] is t, t[::1] is t, t[::-1] is t, t[1:] is t, t[0:3:1] is t)
print(s[:] is s, s[0:] is s, s[::1] is s)
l = [1, 2]
print(l[:] is l, l[:] == l)


class T(tuple):
    pass


u = T((1, 2))
print(u[:] is u, type(u[:]).__name__, u[:] == (1, 2))
e = ()
print(e[:] is e, t[3:], t[::2], t[::-2], t[1:2], t[5:1:-1], t[-1:-4:-1])
big = tuple(range(10))
print(big[1::3], big[8:2:-3], big[::100], big[::-100], big[2**70:], big[:-2**70])
try:
    t[::0]
except ValueError as e:
    print(e)
