# Built-in objects against CPython: every object's __class__, iterators' __iter__, in-place operators
# (list *= in place, dict |= an iterable, the dunders by name), range.index/count, list/dict/set/tuple
# methods at the edges, int() parsing (prefixes, underscores, leading zeros, other scripts' digits).
import itertools, collections, re, io, types
objs = [iter([]), iter(()), iter(""), iter(range(2)), reversed(range(2)), reversed([]), iter({}), iter(set()), map(str, []), zip(), enumerate([]),
        filter(None, []), (x for x in ()), {}.keys(), {}.values(), {}.items(), iter({}.items()), range(3), slice(1), None, ...,
        NotImplemented, len, [].append, object(), type, int, 1j, b"", bytearray(), memoryview(b""), frozenset(), collections.deque(),
        collections.OrderedDict(), re.compile("a"), re.match("a", "a"), io.StringIO(), types.SimpleNamespace(), property(), staticmethod(len),
        classmethod(len), lambda: 0, print, iter(lambda: 0, 1), reversed((1,)), zip([1]).__iter__()]
for o in objs:
    try:
        print(o.__class__.__name__, o.__class__ is type(o))
    except AttributeError as e:
        print("ERR", type(o).__name__, e)
async def co(): pass
c = co(); print(c.__class__.__name__); c.close()
async def ag(): yield 1
print(ag().__class__.__name__)
a = [1]; b = a; a *= 2; print(b, a is b)
a = [1, 2]; b = a; a *= 0; print(b, a is b)
d = {1: 2}; e = d; d |= [(3, 4)]; print(e, d is e)
d |= {5: 6}; print(e)
try:
    d |= 5
except TypeError as x:
    print(x)
print({1: 2}.__ior__([(7, 8)]), [1].__iadd__((2, 3)), [1, 2].__imul__(2))
s = {1, 2}; t = s
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), t, s.__ior__([4]))
s |= {7}; print(t)
print(hasattr(frozenset(), "__ior__"), hasattr({}, "__ior__"), hasattr([], "__iadd__"), hasattr((), "__iadd__"))
l = [1]; m = l; l += "ab"; print(m)
try:
    l *= "x"
except TypeError as x:
    print(x)
for f in [lambda: range(3).index(5), lambda: range(3).index('a'), lambda: range(3).index(2.0), lambda: range(0,10,3).index(9), lambda: range(10,0,-2).index(4), lambda: range(3).count(1), lambda: range(3).count(1.0), lambda: range(3).count('x'), lambda: range(3).index(True), lambda: range(3).index(), lambda: range(3).count(2**80), lambda: range(-5, 5).index(-5), lambda: range(5).index(-1), lambda: range(1, 20, 4).count(13)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
L = lambda: [3, 1, 4, 1, 5, 9, 2, 6]
for a, b in [(0, 3), (-3, None), (2, -1), (10, 20), (-100, 100), (None, -2)]:
    t(f"index {a} {b}", lambda: L().index(1, *([a] if a is not None else [0]), *([b] if b is not None else [])))
for i in [-100, -3, 0, 3, 100]:
    x = L(); x.insert(i, "X"); print("insert", i, x)
    t(f"pop {i}", lambda: L().pop(i))
for sl, val in [((1, 5, 2), "ab"), ((None, None, -1), list(range(8))), ((1, 5, 2), "abc"), ((5, 1, -2), [0, 0]), ((0, 0, None), [7, 7]), ((2, 100, None), []), ((-2, None, None), "xyz"), ((None, None, 3), "abc")]:
    x = L()
    def f():
        x[slice(*sl)] = val
        return x
    t(f"setslice {sl} {val!r}", f)
    y = L()
    def g():
        del y[slice(*sl)]
        return y
    t(f"delslice {sl}", g)
t("sort key", lambda: sorted(["b", "A", "a", "B", "c"], key=str.lower))
t("sort rev stable", lambda: sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda p: p[0], reverse=True))
t("sort mixed", lambda: sorted([1, "a"]))
t("list *= -1", lambda: [1, 2] * -1)
t("remove missing", lambda: L().remove(7))
t("count", lambda: [1, 1.0, True, "1"].count(1))
t("list cmp", lambda: ([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [float("nan")] == [float("nan")]))
t("extend self", lambda: (lambda x: (x.extend(x), x)[1])([1, 2]))
t("reverse slice", lambda: L()[::-3])
t("clear copy", lambda: (lambda x: (x.copy(), x.clear(), x))([1]))
d = {"a": 1, "b": 2, "c": 3}
t("dict pop", lambda: dict(d).pop("z", "dflt"))
t("dict pop missing", lambda: dict(d).pop("z"))
t("popitem", lambda: dict(d).popitem())
t("popitem empty", lambda: {}.popitem())
t("setdefault", lambda: (lambda x: (x.setdefault("z", []), x))(dict(d)))
t("fromkeys", lambda: dict.fromkeys("abca", 0))
t("update kw", lambda: (lambda x: (x.update([("q", 1)], r=2), x)[1])(dict(d)))
t("update bad", lambda: {}.update([1, 2]))
t("update bad2", lambda: {}.update([(1, 2, 3)]))
t("views", lambda: [sorted(v) for v in (d.keys() & {"a", "z"}, d.keys() | ["q"], d.keys() - {"a"}, d.keys() ^ {"a", "q"}, d.items() & {("a", 1)})])
t("view repr", lambda: (repr(d.keys()), repr(d.values()), repr(d.items())))
t("dict or", lambda: d | {"a": 9, "z": 0})
t("dict ior", lambda: (lambda x: (x.__ior__([("k", 1)]), x)[1])(dict(d)))
t("dict eq", lambda: ({1: 2} == {1.0: 2}, {1: 2} == {True: 2}))
t("reversed dict", lambda: list(reversed(d)))
t("dict get unhashable", lambda: d.get([1]))
s = {3, 1, 2}
t("set ops", lambda: (s | {9}, s & {1, 7}, s - {1}, s ^ {1, 8}, s <= {1, 2, 3, 4}, s < s, frozenset(s) == s))
t("set methods", lambda: (s.union([5], (6,)), s.intersection("ab", [1]), s.difference(), s.issubset(range(5)), s.isdisjoint([7])))
t("set remove missing", lambda: set().remove(1))
t("set pop empty", lambda: set().pop())
t("frozenset hash", lambda: hash(frozenset()) == hash(frozenset([])))
t("set repr", lambda: (repr(set()), repr(frozenset()), repr({frozenset({1})})))
t("set update multi", lambda: (lambda x: (x.update([1], "ab"), sorted(map(str, x)))[1])(set()))
t("set sym diff update", lambda: (lambda x: (x.symmetric_difference_update([1, 5]), x)[1])({1, 2}))
t("tuple index", lambda: (1, 2, 3).index(3, -1))
t("tuple count", lambda: (1, 2, 1).count(1))
t("tuple cmp", lambda: ((1, 2) < (1, 2, 3), (1, "a") < (1, "b")))
t("range ops", lambda: (range(10)[2:8:3], range(0, 10, 3).index(6), 6 in range(0, 10, 3), range(5) == range(0, 5, 1), reversed(range(3)).__class__.__name__, range(10)[-1], len(range(-5, 5, 3))))
t("range bad", lambda: range(0, 10, 0))
t("enumerate start", lambda: list(enumerate("ab", -1)))
t("zip strict", lambda: list(zip([1, 2], [3], strict=True)))
t("map multi", lambda: list(map(pow, [2, 3], [3, 2, 1])))
t("sum start", lambda: sum([[1], [2]], []))
t("sum str", lambda: sum(["a"], ""))
t("min key default", lambda: (min([], default=None), min([3, 1], key=lambda v: -v), max("abc", "abd")))
t("sorted none", lambda: sorted([None, 1]))
t("any all", lambda: (any([]), all([]), any(x for x in [0, "", None])))
t("divmod", lambda: (divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(2**70, -3)))
t("round", lambda: (round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(1250, -2), round(2.675, 2)))
t("int parse", lambda: (int("0x1f", 0), int("0b101", 0), int(" 12 "), int("1_000"), int("z", 36), int("-0o17", 8)))
t("int parse bad", lambda: int("0x", 16))
t("int parse bad2", lambda: int("1__0"))
t("int parse bad3", lambda: int("09", 0))
texts = ["0", "00", "0_0", "09", "0_7", "017", "0x", "0x_1f", "0x__1f", "0X1F", "0b101", "0B_1", "0o17", "0o8", "1_000", "1__0", "_1", "1_", "+5", "-5", "--5", "+-5",
         " 12 ", "\t-0x10\n", "١٢٣", "0x١", "1e3", "", " ", "-", "0b", "12a", "z", "Z", "0b1", "ff", "-0", "0_", "+_1", "0x1_f_0", "9" * 30, "-" + "7" * 25,
         "\u20071", "1\u2007", "0b_", "0o_7", "٠x1"]
for t in texts:
    for base in (0, 2, 8, 10, 16, 36):
        try:
            r = int(t, base)
        except ValueError as e:
            r = "ValueError: " + str(e)
        print(repr(t), base, r)
    try:
        print(repr(t), "int", int(t))
    except ValueError as e:
        print(repr(t), "int", "ValueError: " + str(e))
for b in [b"12", b"0x1f", b" 7 ", b"1_0", bytearray(b"42")]:
    try:
        print(b, int(b, 0), int(b) if b"x" not in b else None)
    except ValueError as e:
        print(b, "ValueError:", e)
