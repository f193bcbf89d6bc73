import functools
from functools import *

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)

class A:
    def __init__(self):
        self.x = 1
    @cached_property
    def y(self):
        return self.x + 1
    def meth(self, a, b=2):
        return (self.x, a, b)
    pm = partialmethod(meth, 10)
a = A()
show("cp", lambda: (a.y, a.__dict__))
show("pm", lambda: (a.pm(), a.pm(b=5)))
show("pm class", lambda: type(A.__dict__['pm']).__name__)
show("partial method", lambda: partial(A.meth, a)(3))
class S:
    __slots__ = ('v',)
    @cached_property
    def z(self):
        return 1
show("cp slots", lambda: S().z)
def twice():
    class T:
        @cached_property
        def a(self): return 1
        b = a
show("cp twice", twice)
show("cp unnamed", lambda: cached_property(lambda self: 1).__get__(A(), A))
def deco(f):
    @wraps(f)
    def g(*a): return f(*a)
    return g
@deco
def h(x):
    "doc h"
    return x
h.__dict__['custom'] = 1
show("wrapped chain", lambda: (h.__wrapped__.__name__, h.__doc__))
def base(): pass
base.flag = 'x'
@wraps(base)
def copy(): pass
show("wraps dict", lambda: copy.flag)
show("wraps assigned", lambda: (lambda f: (f.__name__, f.__doc__))(wraps(base, assigned=('__doc__',))(lambda: 0)))
class Callable:
    def __call__(self): return 1
show("update_wrapper obj", lambda: update_wrapper(lambda: 0, Callable()).__wrapped__.__class__.__name__)
show("reduce str", lambda: reduce(lambda a, b: b + a, 'abc'))
show("reduce gen", lambda: reduce(max, (x * 3 % 7 for x in range(10)), -1))
show("reduce err inside", lambda: reduce(lambda a, b: a / b, [1, 0]))
show("partial args kw types", lambda: (type(partial(len).args).__name__, type(partial(len).keywords).__name__))
show("partial eq", lambda: partial(len) == partial(len))
show("partial kw only repr", lambda: repr(partial(sorted, key=len, reverse=True)))
show("partial call err", lambda: partial(len, 1, 2)())
show("lru clear then", lambda: (lambda f: (f(1), f(1), f.cache_clear(), f(1), f.cache_info())[-1])(lru_cache(maxsize=4)(lambda x: x)))
show("lru info eq", lambda: lru_cache()(len).cache_info() == (0, 0, 128, 0))
show("lru typed str", lambda: (lambda f: (f('a'), f('a'), f.cache_info().hits))(lru_cache(typed=True)(str.upper)))
show("lru bool maxsize", lambda: callable(lru_cache(True)))
show("cache name", lambda: cache(len).__name__)
show("singledispatch plain", lambda: singledispatch(len).__name__)
show("total_ordering le only", lambda: (lambda C: (C(1) < C(2), C(2) > C(1), C(1) >= C(1)))(total_ordering(type('C', (), {'__init__': lambda s, v: setattr(s, 'v', v), '__le__': lambda s, o: s.v <= o.v, '__eq__': lambda s, o: s.v == o.v}))))
class B:
    def m(self, *a, **k): return (type(self).__name__, a, k)
    @classmethod
    def c(cls, *a): return (cls.__name__, a)
    pm1 = partialmethod(m, 1, k=2)
    pm2 = partialmethod(pm1, 3)
    pc = partialmethod(c, 'x')
    ps = partialmethod(staticmethod(lambda *a: a), 'y')
show("pm flatten", lambda: (B().pm2(4), B.pc(), B().pc(), B().ps(1)))
show("pm unbound", lambda: B.pm1(B(), 5))
show("pm bad", lambda: partialmethod(3))
show("pm repr", lambda: repr(partialmethod(len, 1, a=2)))
