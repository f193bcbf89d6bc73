import functools
from functools import *

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)

import operator
show("reduce", lambda: reduce(operator.add, [1, 2, 3, 4]))
show("reduce init", lambda: reduce(operator.add, [1, 2, 3], 10))
show("reduce empty init", lambda: reduce(operator.add, [], 10))
show("reduce empty", lambda: reduce(operator.add, []))
show("reduce one", lambda: reduce(operator.add, [7]))
show("reduce notiter", lambda: reduce(operator.add, 5))
show("reduce noargs", lambda: reduce(operator.add))
show("reduce kw", lambda: reduce(operator.add, [1], initial=3))
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
show("partial", lambda: p(2))
show("partial repr", lambda: repr(partial(len, 1, d=5)))
show("partial repr nested", lambda: repr(partial(partial(len, 1), 2, d=[1])))
show("partial attrs", lambda: (p.func is f, p.args, p.keywords))
p2 = partial(p, 3, d=7)
show("nested", lambda: (p2.func is f, p2.args, p2.keywords, p2()))
show("partial kw override", lambda: p(2, d=9))
show("partial repr builtin", lambda: repr(partial(max, 1, key=abs)))
show("partial notcallable", lambda: partial(3))
show("partial noargs", lambda: partial())
show("partial type", lambda: type(p).__name__)
class P(partial): pass
show("partial sub repr", lambda: repr(P(max, 2)))

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    sq(v)
show("lru info", lambda: sq.cache_info())
show("lru info type", lambda: type(sq.cache_info()).__name__)
show("lru info fields", lambda: sq.cache_info().hits)
sq.cache_clear()
show("lru cleared", lambda: sq.cache_info())
@lru_cache
def noparen(x):
    return x
noparen(1); noparen(1)
show("lru noparen", lambda: noparen.cache_info())
show("lru name", lambda: (noparen.__name__, noparen.__wrapped__.__name__))
@lru_cache(maxsize=None)
def unb(x):
    return x
for i in range(5): unb(i % 3)
show("lru none", lambda: unb.cache_info())
@lru_cache(typed=True)
def ty(x):
    return repr(x)
show("lru typed", lambda: (ty(1), ty(1.0), ty(True), ty.cache_info()))
@lru_cache()
def unty(x):
    return repr(x)
show("lru untyped", lambda: (unty(1), unty(1.0), unty.cache_info()))
show("lru params", lambda: (ty.cache_parameters(), unb.cache_parameters()))
show("lru bad", lambda: lru_cache(maxsize='a'))
@lru_cache(maxsize=0)
def zero(x):
    return x
zero(1); zero(1)
show("lru zero", lambda: zero.cache_info())
@lru_cache(maxsize=-5)
def negm(x):
    return x
negm(1); negm(1)
show("lru neg", lambda: negm.cache_info())
@lru_cache
def kwf(a, b=2):
    return a + b
kwf(1); kwf(1, b=2); kwf(a=1); kwf(1, 2)
show("lru kw", lambda: kwf.cache_info())
class M:
    def __init__(self):
        self.calls = 0
    @lru_cache(maxsize=None)
    def meth(self, x):
        self.calls += 1
        return x * 2
m = M()
show("lru meth", lambda: (m.meth(2), m.meth(2), m.calls, M.meth.cache_info()))
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show("cache", lambda: (fib(30), fib.cache_info()))
show("lru unhashable", lambda: fib([1]))

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        "doc of val"
        self.n += 1
        return 42
c = C()
show("cp", lambda: (c.val, c.val, c.n, 'val' in c.__dict__))
show("cp cls", lambda: type(C.val).__name__)
show("cp doc", lambda: C.val.__doc__)
del c.val
show("cp del", lambda: (c.val, c.n))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
show("to", lambda: (V(1) <= V(2), V(2) >= V(1), V(1) > V(2), V(1) >= V(1), V(2) <= V(1)))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
show("to gt", lambda: (G(1) <= G(2), G(2) >= G(1), G(1) < G(2), G(1) >= G(1), G(2) <= G(1)))
@total_ordering
class L:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
show("to le", lambda: (L(1) < L(2), L(2) > L(1), L(1) >= L(2), L(1) >= L(1)))
@total_ordering
class NI:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, NI): return NotImplemented
        return self.v < o.v
show("to ni", lambda: NI(1) <= 5)
def noorder():
    @total_ordering
    class X: pass
show("to none", noorder)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def target(x: int) -> int:
    "target doc"
    return x
target.extra = 1
show("wraps", lambda: (target.__name__, target.__doc__, target.__qualname__, target.__module__, target.__annotations__, target.__wrapped__.__name__))
def w2(): pass
def w1(): pass
w1.attr = 5
update_wrapper(w2, w1)
show("update_wrapper", lambda: (w2.__name__, w2.attr, w2.__wrapped__ is w1))
show("consts", lambda: (WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES))

@singledispatch
def fun(arg):
    return "default " + repr(arg)
@fun.register
def _(arg: int):
    return "int " + repr(arg)
@fun.register(list)
def _(arg):
    return "list " + repr(arg)
def nothing(arg):
    return "none"
fun.register(type(None), nothing)
show("sd", lambda: (fun(1), fun([1]), fun("s"), fun(None), fun(True), fun(1.5)))
class Base: pass
class Derived(Base): pass
@fun.register
def _(arg: Base):
    return "base"
show("sd mro", lambda: (fun(Derived()), fun(Base())))
show("sd dispatch", lambda: (fun.dispatch(bool).__name__, fun.dispatch(str).__name__))
show("sd registry", lambda: sorted(k.__name__ for k in fun.registry))
show("sd noargs", lambda: fun())
def badreg():
    @fun.register
    def _(arg):
        return 1
try:
    badreg()
except TypeError as e:
    print("sd bad", str(e).split(':')[0], str(e).split('.')[-2])
class SM:
    @singledispatchmethod
    def m(self, arg):
        return "default"
    @m.register
    def _(self, arg: int):
        return "int"
show("sdm", lambda: (SM().m(1), SM().m('x')))

def cmp(a, b):
    return (a > b) - (a < b)
show("cmp_to_key", lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(cmp)
show("cmp k", lambda: (K(1) < K(2), K(1) <= K(2), K(2) >= K(2), K(1) == K(1), K(1) != K(2)))
show("to roots", lambda: [n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in vars(G)])
@lru_cache(maxsize=3)
def lr(x):
    return x
for v in (1, 2, 3, 1, 4, 2, 1, 5):
    lr(v)
show("lru order", lambda: lr.cache_info())
show("lru wrapped", lambda: (lr.__wrapped__.__name__, lr.__qualname__, lr.__module__))
@lru_cache(maxsize=None, typed=True)
def kk(*a, **k):
    return len(a) + len(k)
kk(1, x=1); kk(1, x=1); kk(1, x=1.0); kk(x=1, y=2); kk(y=2, x=1)
show("lru typed kw", lambda: kk.cache_info())
class SubP(partial):
    pass
sp = SubP(len, 'abc')
show("partial sub", lambda: (type(SubP(sp)).__name__, SubP(sp).args, SubP(sp).func is sp, sp()))
pp = partial(len)
pp.attr = 1
show("partial dict", lambda: (partial(pp).func is pp, partial(pp).args))
show("partial call kw", lambda: partial(dict, a=1)(b=2, a=3))
from collections.abc import Sequence
@singledispatch
def kind(x):
    return 'obj'
kind.register(Sequence, lambda x: 'seq')
kind.register(int, lambda x: 'int')
show("sd abc", lambda: (kind([1]), kind((1,)), kind('s'), kind(3), kind(True), kind({})))
show("sd str ann", lambda: kind.register(int, 3))
import typing
@kind.register
def _(x: typing.Union[float, bytes]):
    return 'float or bytes'
show("sd union", lambda: (kind(1.5), kind(b'x')))
