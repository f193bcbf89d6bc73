# Built-in types at their edges, compared with CPython 3.11: index errors by type, reprs of set and
# frozenset subclasses, frozenset without mutators, class methods reached through instances, bytes/str
# methods, number formatting and conversions.
values = {"b": b"abc", "ba": bytearray(b"a"), "mv": memoryview(b"a"), "r": range(3), "s": "a", "t": (1,), "l": [1]}
for bad in ["b[5]", "b['x']", "ba[5]", "ba['x']", "mv[5]", "mv['x']", "r[5]", "r['x']", "r[1.5]", "s[5]", "s['x']", "s[1.5]",
            "t[5]", "t['x']", "l[5]", "l['x']", "b[True]", "s[-1]", "r[-4]"]:
    try:
        print(bad, "->", repr(eval(bad, values)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
x = bytearray(b'a')
for bad in ["x.__setitem__(5, 1)", "x.__setitem__('x', 1)", "x.__delitem__(5)", "x.__setitem__(0, 256)", "x.__setitem__(0, 'a')"]:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)

# dict/set/list behaviours and reprs of subclasses
class D(dict): pass
class L(list): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
class I(int): pass
class Fl(float): pass
class St(str): pass
print(D(a=1), L([1]), S({1}), F({1}), T((1,)), I(5), Fl(1.5), St("x"), repr(St("x")), S(), F(), D())
print(type(D(a=1) | {"b": 2}), type(L([1]) + [2]), type(S({1}) | {2}), type(T((1,)) + (2,)), type(I(5) + 1), type(St("a") + "b"))
print(type(S({1}).copy()), type(D(a=1).copy()), type(L([1])[:]), type(F({1}) | F({2})), type(St("ab")[0]), type(St("ab").upper()))
d = {"b": 1, "a": 2}
print(sorted(d), list(reversed(d)), list(reversed(d.items())), d.setdefault("c", []), d.pop("zz", 7), d.popitem(), dict.fromkeys("ab", 0))
print({1, 2} <= {1, 2, 3}, {1} < {1}, frozenset({1}) == {1}, {1: 2}.get(1), {**d, "x": 1}, [*range(3), *"ab"])
l = [3, 1, 2]
l.sort(key=lambda x: -x); print(l, l.index(2), l.count(3), l * 2, [1, 2] == (1, 2), [1] < [1, 0], l.copy() is l)
print(repr({1: {2: [3, (4,)]}}), str({"a": "b"}), repr(set()), repr(frozenset()), repr({1}), repr({1: 1}.keys()), repr({}.items()))
x = [1]; x.append(x); print(x, {1: x}); y = {}; y[1] = y; print(y)
print(list(zip([1, 2], "ab", strict=True)), list(enumerate("ab", 1)), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, "", "a"])))
for bad in ["{}['x']", "{}.pop('x')", "[].pop()", "[1].remove(2)", "set().pop()", "set().remove(1)", "[].index(1)", "(1,).index(2)",
            "{[1]: 2}", "{1} | [2]", "[1] + (2,)", "dict([1, 2])", "dict([(1, 2, 3)])", "list(zip([1], [], strict=True))",
            "frozenset().add", "sorted([1, 'a'])", "max([])", "[].sort(reverse=1, key=2)", "{}.fromkeys()", "dict(a=1) < dict(a=1)"]:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)

# bytes / bytearray / str misc
b = b"Hello, World"
print(b.hex(":"), b.hex("-", 2), bytes.fromhex("48 65 6c"), b.center(20, b"*"), b.split(b", "), b.title(), b.swapcase())
print(b.find(b"o", 5), b.rfind(111), b.count(b"l"), b.startswith((b"He", b"x")), b.partition(b","), b.rpartition(b"o"))
print(bytearray(b"abc") + b"d", bytearray(3), bytes(range(5)), bytes([65, 66]), b"a" * 3, b"%s-%d" % (b"x", 5))
print(repr(b"\x00\x7f\x80\xff'\""), repr(bytearray(b"'")), b"abc"[1], b"abc"[1:], list(b"ab"), b"a b\tc".split())
print(b"abc".removeprefix(b"a"), b"  x ".strip(), b"x".zfill(4), b"ab".ljust(5, b"."), b"a\tb".expandtabs(4))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), hash(b"abc") == hash(b"abc"), b"A".isupper(), b"1a".isalnum())
s = "straße ǅ İ ﬁ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize(), len(s.upper()))
print("a\u0301".isalpha(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), int("٣"))
print("x".center(6, "ab"[0]), "abc".zfill(5), "-42".zfill(6), "+7".zfill(4), "a\tb\tc".expandtabs(), "ab\r\ncd\ref\n".splitlines(True))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "aXbXc".partition("X"), "abc".translate({97: "z", 98: None}))
print(str.maketrans("ab", "xy"), "hello".translate(str.maketrans("el", "ip", "o")), "%-5s|%5.1s|" % ("ab", "xyz"))
print("{0!r:>8}|{1:^7.2f}|{2:#06x}|{3:,}".format("a", 3.14159, 255, 10**6), "{:%}".format(0.25), "{:e}".format(12345.678))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a"], key=str.lower), "ß" < "t", min("bca"), "".join(reversed("abc")))
for bad in ["b'a' + 'b'", "'a' + b'b'", "bytes('abc')", "bytes(-1)", "b'x'.decode('nope')", "'abc'.index('z')",
            "'a'.center(3, 'xy')", "'%s %s' % ('a',)", "'%(a)s' % {}", "'{}'.format()", "'{0}{}'.format(1, 2)",
            "bytearray(b'a').pop(5)", "'abc'.encode('ascii', 'strict') and 'é'.encode('ascii')", "b'\\xff'.decode('utf-8')",
            "'x' * -1 + 'y'", "'abc'[::0]", "str(b'a', 'ascii', 'bogus-errors') and b'\\xff'.decode('ascii', 'bogus')"]:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
