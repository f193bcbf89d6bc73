"""itertools: what each tool takes from its iterators, and when (at the call, at each next(), after the end)."""
import itertools as it
def src(n, tag='s'):
    for i in range(n):
        print(' read', tag, i)
        yield i
def show(label, f):
    print(label)
    try:
        print(' ->', f())
    except Exception as e:
        print(' ERR', type(e).__name__, e)
show("islice 5 2", lambda: list(it.islice(src(10), 5, 2)))
show("islice 0 5 3", lambda: list(it.islice(src(10), 0, 5, 3)))
show("islice stop 2 then more", lambda: (lambda s: (list(it.islice(s, 2)), next(s)))(src(5)))
show("islice again after end", lambda: (lambda i: (list(i), list(i)))(it.islice(src(3), 1, None)))
show("takewhile", lambda: (lambda s: (list(it.takewhile(lambda x: x < 2, s)), next(s)))(src(5)))
show("dropwhile", lambda: list(it.dropwhile(lambda x: x < 2, src(4))))
show("compress", lambda: list(it.compress(src(3, 'd'), src(2, 'sel'))))
show("zip_longest", lambda: list(it.zip_longest(src(1, 'a'), src(2, 'b'), src(1, 'c'))))
show("pairwise", lambda: (lambda p: (list(p), list(p)))(it.pairwise(src(3))))
show("chain lazy", lambda: (lambda c: (next(c), 'got one'))(it.chain(src(2, 'a'), src(2, 'b'))))
show("chain bad later", lambda: list(it.chain([1], 5, [2])))
show("chain after bad", lambda: (lambda c: (next(c), [x for x in [0]], list_catch(c), list(c)))(it.chain([1], 5, [2])))
def list_catch(c):
    try:
        return list(c)
    except TypeError as e:
        return str(e)
show("cycle", lambda: list(it.islice(it.cycle(src(2)), 5)))
show("accumulate", lambda: list(it.accumulate(src(3), initial=10)))
show("accumulate func", lambda: list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
show("accumulate empty initial", lambda: list(it.accumulate([], initial=5)))
show("product reads at call", lambda: (it.product(src(2, 'a'), src(2, 'b')), 'made')[1])
show("permutations reads at call", lambda: (it.permutations(src(2)), 'made')[1])
show("combinations reads at call", lambda: (it.combinations(src(2), 1), 'made')[1])
show("starmap", lambda: list(it.starmap(lambda *a: sum(a), [(1, 2), [3, 4], 'ab' and (5,)])))
show("tee lazy", lambda: (lambda ab: (next(ab[0]), next(ab[0]), next(ab[1]), list(ab[1]), list(ab[0])))(it.tee(src(3))))
show("groupby lazy", lambda: (lambda g: [(k, next(gr)) for k, gr in g])(it.groupby(src(3), key=lambda x: x // 2)))
show("zip_longest error", lambda: (lambda z: (list_catch(z), list(z)))(it.zip_longest([1, 2], (1 / (2 - x) for x in range(5)))))
show("perms", lambda: list(it.permutations(range(4), 2)))
show("perms full", lambda: list(it.permutations('abc')))
show("perms 0", lambda: list(it.permutations('abc', 0)))
show("perms empty", lambda: list(it.permutations('')))
show("comb", lambda: list(it.combinations(range(5), 3)))
show("comb 0", lambda: list(it.combinations(range(3), 0)))
show("comb r>n", lambda: list(it.combinations(range(3), 4)))
show("cwr", lambda: list(it.combinations_with_replacement('abc', 2)))
show("cwr 0 0", lambda: list(it.combinations_with_replacement('', 0)))
show("product", lambda: list(it.product('ab', range(3))))
show("product rep", lambda: list(it.product([0, 1], repeat=3)))
show("product empty pool", lambda: list(it.product('ab', [])))
show("count overflow", lambda: (lambda c: [next(c) for _ in range(3)])(it.count(2**63 - 2)))
show("count neg step", lambda: list(it.islice(it.count(10, -3), 4)))
show("repeat list", lambda: list(it.repeat([1], 2)))
show("filterfalse", lambda: list(it.filterfalse(lambda x: x % 2, range(6))))
show("filterfalse none", lambda: list(it.filterfalse(None, [0, 1, '', 'a', None])))
show("filterfalse bool", lambda: list(it.filterfalse(bool, [0, 1, '', 'a', None])))
