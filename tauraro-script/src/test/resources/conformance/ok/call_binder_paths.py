# The general argument binder's paths: positional with defaults, *args given too few, keywords
# matched to positional and keyword-only parameters, **kwargs, and each of its errors.
def show(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError", e)


def g(a, b, /, c, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


show(lambda: g(1, 2, 3, 4, d=1, z=2))
show(lambda: g(1, 2, 3, d=0))
show(lambda: g(1))
show(lambda: g())
show(lambda: g(1, 2, 3))
show(lambda: g(1, 2, c=3, d=4, a=9))
show(lambda: g(1, 2, 3, d=4, c=5))


def h(a, b, /, c):
    return a + b + c


show(lambda: h(1, 2, c=3, a=9))
show(lambda: h(a=1, b=2, c=3))
show(lambda: h(1, 2, 3, 4))


def k(a, b=2, *, c, d):
    return (a, b, c, d)


show(lambda: k())
show(lambda: k(1, 2, 3))
show(lambda: k(1, c=2))
show(lambda: k(1))
show(lambda: k(1, 2, 3, c=2, d=5))
show(lambda: k(1, x=2))
show(lambda: k(1, a=2))
show(lambda: k(d=4, c=3, a=1))


def m(a, b=2, c=3):
    return (a, b, c)


show(lambda: m(1))
show(lambda: m(1, c=9))
show(lambda: m(b=1))
show(lambda: m(1, 2, 3, 4))


def v(*a, **kw):
    return (a, sorted(kw.items()))


class C:
    f = v

    def meth(self, x, *rest, y=0):
        return (x, rest, y)


empty = ()
print(C().f(1, 2)[0][1:], v() == ((), []), v()[0] is empty, v()[0] is v()[0])
show(lambda: C().meth(1, 2, 3, y=4))
show(lambda: C().meth())
show(lambda: C().meth(y=1))
show(lambda: C.meth(x=1))
