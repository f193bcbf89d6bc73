# Call shapes through decorators, bound methods, classmethod/staticmethod, defaults and keyword-only.
import functools


def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


def deco_args_only(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper


def deco_kwargs_only(fn):
    def wrapper(self, **k):
        return fn(self, **k)
    return wrapper


def wraps_deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return ("wrapped", fn(*args, **kwargs))
    return wrapper


class Pool:
    @deco
    def connection(self):
        return 1

    @deco
    def add(self, a, b=10, *, c=100):
        return a + b + c

    @deco_args_only
    def args_only(self, *rest):
        return (type(self).__name__, rest)

    @deco_kwargs_only
    def kw(self, x=1, y=2):
        return x * y

    @wraps_deco
    def named(self, value):
        return value

    def star_self(*a, **k):
        return (len(a), sorted(k))

    @classmethod
    @deco
    def make(cls, *a, **k):
        return (cls.__name__, a, k)

    @staticmethod
    @deco
    def static(*a, **k):
        return (a, k)

    def kwonly(self, a, *, b, c=3):
        return (a, b, c)

    def posonly(self, a, b, /, c):
        return (a, b, c)

    def varkw(self, **kw):
        return sorted(kw.items())


p = Pool()
print(p.connection())
print(p.add(1))
print(p.add(1, 2))
print(p.add(1, b=3, c=4))
print(p.add(*[1, 2], **{"c": 5}))
print(p.args_only())
print(p.args_only(1, 2, 3))
print(p.kw())
print(p.kw(x=3, y=4))
print(p.named(7), Pool.named.__name__)
print(p.star_self(), p.star_self(1, 2, z=3))
print(Pool.star_self(), Pool.star_self(1, k=2))
print(Pool.make(1, x=2), p.make())
print(Pool.static(1, 2, k=3), p.static())
print(p.kwonly(1, b=2), p.kwonly(a=1, b=2, c=4))
print(p.posonly(1, 2, 3), p.posonly(1, 2, c=3))
print(p.varkw(), p.varkw(a=1, b=2))
m = p.add
print(m(5), m(5, 5, c=5))
print(Pool.add(p, 1, 1, c=1))
f = deco(lambda *a, **k: (a, k))
print(f(), f(1, x=2))
g = deco(p.add)
print(g(2), g(2, b=2))


def report(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


report(p.connection, 1)
report(p.add)
report(p.add, 1, 2, 3)
report(p.add, 1, d=4)
report(p.add, 1, a=2)
report(p.kwonly, 1)
report(p.kwonly, 1, 2)
report(p.posonly, 1, b=2, c=3)
report(Pool.connection)
report(p.varkw, 1)


class Box:
    def __init__(self, *items, **opts):
        self.items = items
        self.opts = opts

    def __call__(self, *a, **k):
        return (self.items, a, k)


b = Box(1, 2, sep=",")
print(b.items, b.opts, b(3, z=4))
print(Box(*range(3), **{"a": 1}).items)
