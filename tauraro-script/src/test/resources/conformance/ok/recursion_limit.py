# sys.getrecursionlimit/setrecursionlimit and RecursionError from every kind of runaway recursion.
import sys
print(sys.getrecursionlimit())

def probe(fn, *a):
    try:
        fn(*a)
        print("no error")
    except RecursionError as e:
        print(type(e).__name__, e)

class GA:
    def __getattr__(self, name):
        return self.missing
probe(lambda: GA().x)

class Eq:
    def __eq__(self, other):
        return self == other
probe(lambda: Eq() == Eq())

class H:
    def __hash__(self):
        return hash(self)
probe(lambda: hash(H()))

class R:
    def __repr__(self):
        return repr(self)
probe(lambda: repr(R()))

class S:
    def __str__(self):
        return str(self)
probe(lambda: str(S()))

class L:
    def __len__(self):
        return len(self)
probe(lambda: len(L()))

class I:
    def __iter__(self):
        return iter(self)
probe(lambda: iter(I()))

class G:
    def __getitem__(self, k):
        return self[k]
probe(lambda: G()[0])

class A:
    def __add__(self, o):
        return self + o
probe(lambda: A() + 1)

class P:
    @property
    def p(self):
        return self.p
probe(lambda: P().p)

class M:
    def m(self):
        return self.m()
probe(lambda: M().m())

def gen(n):
    yield from gen(n + 1)
probe(lambda: next(gen(0)))

def kw(n, **k):
    return kw(n + 1, **k)
probe(kw, 0)

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
d = count(0)
print(d > 900, d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = count(0)
print(d2 > 150, d2 < 200)
sys.setrecursionlimit(1000)

def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(900))
sys.setrecursionlimit(1500)
print(deep(1400))
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)

def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return str(e).startswith("cannot set the recursion limit to 10 at the recursion depth")
    return at_depth(n - 1)
print(at_depth(20))
print(sys.getrecursionlimit())
