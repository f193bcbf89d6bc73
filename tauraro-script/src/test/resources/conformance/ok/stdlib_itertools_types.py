"""itertools: the tools are types named as CPython's, with its reprs, __length_hint__, __copy__, and script subclasses (own __next__, __iter__, __init__, __new__, from_iterable)."""
import itertools as it
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
class C(it.count):
    pass
c = C(3, 2)
show("subcount", lambda: (repr(c), type(c).__name__, next(c), next(c), repr(c), isinstance(c, it.count)))
class R(it.repeat):
    def extra(self): return 'extra'
r = R('x', 3)
show("subrepeat", lambda: (repr(r), r.extra(), r.__length_hint__(), list(r), repr(r)))
class Ch(it.chain):
    pass
show("subchain", lambda: (type(Ch([1], [2])).__name__, list(Ch([1], [2]))))
show("subchain fi", lambda: (type(Ch.from_iterable([[1]])).__name__, list(Ch.from_iterable([[1], [2]]))))
show("from_iterable", lambda: (it.chain.from_iterable.__name__, it.chain.from_iterable.__self__, Ch.from_iterable.__self__))
class N(it.count):
    def __next__(self): return 'x'
show("subnext", lambda: (next(N()), list(it.islice(N(), 2)), [a for a, _ in zip(N(), range(2))]))
class I(it.islice):
    def __init__(self, *a):
        print("init", a)
        self.note = len(a)
i = I([1, 2, 3], 2)
show("subinit", lambda: (list(i), i.note))
class P(it.product):
    def __iter__(self):
        return iter(['own'])
show("subiter", lambda: list(P('ab')))
class G(it.groupby):
    pass
show("subgroupby", lambda: [(k, list(v)) for k, v in G('aab')])
class Z(it.zip_longest):
    pass
show("subzip", lambda: list(Z('ab', 'c', fillvalue='-')))
show("subclass error", lambda: C('a'))
class Cnt(it.count):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls, *a)
show("subnew", lambda: [next(Cnt(5)) for _ in range(1)])
show("names", lambda: [(t.__name__, t.__module__, t.__qualname__) for t in (it.count, it.cycle, it.repeat, it.accumulate, it.chain, it.compress, it.dropwhile, it.filterfalse, it.groupby, it.islice, it.pairwise, it.starmap, it.takewhile, it.zip_longest, it.product, it.permutations, it.combinations, it.combinations_with_replacement, it._grouper, it._tee)])
show("type reprs", lambda: [repr(t) for t in (it.count, it._tee, it._grouper)])
show("types", lambda: [type(x).__name__ for x in (it.count(), it.cycle([]), it.repeat(1), it.accumulate([]), it.chain(), it.chain.from_iterable([]), it.compress([], []), it.dropwhile(None, []), it.filterfalse(None, []), it.groupby([]), it.islice([], 1), it.pairwise([]), it.starmap(None, []), it.takewhile(None, []), it.tee([])[0], it.zip_longest(), it.product(), it.permutations([]), it.combinations([], 1), it.combinations_with_replacement([], 1))])
show("isinstance", lambda: (isinstance(it.count(), it.count), isinstance(it.chain(), it.chain), issubclass(it.islice, object)))
show("iter self", lambda: all(iter(x) is x for x in (it.count(), it.chain(), it.product(), it.tee([])[0])))
show("dunder next", lambda: (it.count(4).__next__(), it.count.__next__(it.count(7))))
show("descriptor misuse", lambda: it.count.__next__(5))
show("tee type", lambda: (type(it.tee).__name__, it.tee.__name__, it.tee.__module__))
show("length_hint", lambda: (it.repeat(1, 4).__length_hint__(), it.repeat.__length_hint__(it.repeat(0, 2))))
show("no attr", lambda: it.count().foo)
show("set attr", lambda: setattr(it.count(), 'foo', 1))
show("subscript", lambda: it.count()[0])
show("len", lambda: len(it.repeat(1, 3)))
show("count reprs", lambda: [repr(it.count()), repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(1.5, .5)), repr(it.count(step=-1)), repr(it.count(2 ** 70)), repr(it.count(0, 1.0))])
show("count next repr", lambda: (lambda c: [next(c) for _ in range(3)] + [repr(c)])(it.count(2.5)))
show("repeat reprs", lambda: [repr(it.repeat('a')), repr(it.repeat('a', 3)), repr(it.repeat([1], -2)), repr(it.repeat(None, 0))])
show("other reprs", lambda: [repr(x).split(' at ')[0] for x in (it.cycle([]), it.chain(), it.islice([], 1), it.groupby([]), it.tee([])[0], it.product(), it.accumulate([]), it.pairwise([]))])
show("class attr", lambda: (it.count.__iter__.__name__, it.repeat.__length_hint__.__objclass__, it._tee.__copy__.__name__))

# count counts in a machine int while it can (an int start, a step of 1), else by adding the step
def take(x, n): return [next(x) for _ in range(n)]
show("count True 2", lambda: take(it.count(True, 2), 3))
show("count True", lambda: take(it.count(True), 2))
show("count 0 True", lambda: take(it.count(0, True), 2))
show("count False step", lambda: (take(it.count(0, False), 2), repr(it.count(0, False))))
show("count max", lambda: (lambda c: (take(c, 3), repr(c)))(it.count(sys.maxsize - 1)))
show("count frac", lambda: (lambda c: (take(c, 2), repr(c)))(it.count(Fraction(1, 2), Fraction(1,3))))
show("count float int", lambda: (lambda c: (take(c, 2), repr(c)))(it.count(1, 0.5)))
show("count 1 1.0", lambda: (lambda c: (take(c, 2), repr(c)))(it.count(1, 1.0)))
show("count 0 step 2**70", lambda: (lambda c: (take(c, 2), repr(c)))(it.count(0, 2**70)))
show("repeat after", lambda: (lambda r: (take(r, 2), repr(r), r.__length_hint__()))(it.repeat('x', 3)))
show("repeat exhausted", lambda: (lambda r: (list(r), repr(r), r.__length_hint__()))(it.repeat('x', 3)))
show("repeat bool", lambda: repr(it.repeat(1, True)))
show("tee copy", lambda: (lambda a: (type(a.__copy__()).__name__, a.__copy__() is a))(it.tee([1])[0]))
t = it.tee(iter([1,2,3]))[0]
show("tee of tee", lambda: it.tee(t)[0] is t)
show("tee of tee 3", lambda: [x is t for x in it.tee(t, 3)])
show("_tee of tee", lambda: it._tee(t) is t)
show("tee 1", lambda: (lambda r: (len(r), type(r[0]).__name__))(it.tee([1], 1)))
class Copyable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __copy__(self): print("copy called"); return Copyable()
show("tee copyable", lambda: [type(x).__name__ for x in it.tee(Copyable(), 3)])
g = it.groupby('aabbc')
show("groupby iter", lambda: iter(g) is g)
show("count iter", lambda: (lambda c: iter(c) is c)(it.count()))
show("tee class", lambda: it.tee([1])[0].__class__)

# str and format of tools and of subclass instances, dir, and the tools among the built-ins
class C(it.count): pass
class R(it.repeat): pass
print(str(it.count(3)), f"{it.repeat('a', 2)}", str(C(3)), f"{R(1)}", "%s %r" % (C(4), R(2, 1)))
print('__next__' in dir(it.count()), '__length_hint__' in dir(it.repeat(1)), '__copy__' in dir(it.tee([])[0]))
print(it.count() == it.count(), type(hash(it.count())).__name__)
print(repr(it.chain.from_iterable).split(' at ')[0])
print(repr(it.repeat.__length_hint__), repr(it._tee.__copy__))

import operator
print(operator.length_hint(it.repeat(1, 7)), operator.length_hint(it.count(), 9))
print(list(zip(it.count(), 'ab')), dict(zip('ab', it.repeat(0))))
print(sorted(it.permutations([3, 1, 2], 2))[:3], max(it.combinations(range(5), 2)))
print(sum(it.islice(it.count(1), 10)), any(it.repeat(True, 3)), list(map(sum, it.product([1, 2], repeat=2))))
print(list(it.chain.from_iterable(it.repeat([1, 2], 2))))
g = (x for x in range(3))
a, b = it.tee(g)
print(next(a), list(b), list(a))
class S(it.starmap):
    def __next__(self):
        return -super().__next__()
print(list(S(pow, [(2, 3), (3, 2)])))
