# str methods compared with CPython over samples with whitespace, line boundaries, case and non-BMP
# characters: split/rsplit with maxsplit keep the rest as it is, replace('') between code points,
# the !a conversion, bytes.split.
import itertools
samples = ["", "a", "abc", " a b ", "a\tb\tc", "\tx\n", "A\x1cB\x1dC\x1eD\x85E\u2028F\u2029G\x0bH\x0cI\r\nJ\rK\nL", "ab\r\n\r\ncd\n", "ﬁß", "İi", "x" * 5, "a,b,,c", "--a--", "123", "-12", "+0", "１２", "½", "a1_", "Hello World", "hELLO wORLD", "\x00\x7f", "é", "𝔘𝔫𝔦", "abcabc"]
ops = [
    lambda s: s.splitlines(), lambda s: s.splitlines(True), lambda s: s.expandtabs(), lambda s: s.expandtabs(3),
    lambda s: s.center(9, "*"), lambda s: s.ljust(7), lambda s: s.rjust(7, "0"), lambda s: s.zfill(6),
    lambda s: s.partition("b"), lambda s: s.rpartition("b"), lambda s: s.split("b", 1), lambda s: s.rsplit("b", 1),
    lambda s: s.split(None, 1), lambda s: s.rsplit(None, 1), lambda s: s.strip("a-"), lambda s: s.lstrip(" a"),
    lambda s: s.count("a"), lambda s: s.count(""), lambda s: s.find("b", 1), lambda s: s.rfind("b", -3),
    lambda s: s.index("a") if "a" in s else None, lambda s: s.replace("a", "XY", 1), lambda s: s.replace("", "-"),
    lambda s: s.startswith(("a", "b")), lambda s: s.endswith("c", 0, 2), lambda s: repr(s), lambda s: ascii(s),
    lambda s: s.encode("utf-8", "replace"), lambda s: s.encode("ascii", "backslashreplace"),
    lambda s: s.encode("ascii", "xmlcharrefreplace"), lambda s: s.encode("latin-1", "ignore"),
    lambda s: s.encode("utf-16-le"), lambda s: s.encode("utf-32"), lambda s: s.translate({97: "Z", 98: None}),
    lambda s: s.translate(str.maketrans("abc", "xyz", " ")), lambda s: s.removeprefix("a"), lambda s: s.removesuffix("c"),
    lambda s: s[::-1], lambda s: s[1:-1:2], lambda s: s * 2, lambda s: "%r|%s|%a" % (s, s, s), lambda s: "{!r:>12}".format(s),
    lambda s: f"{s!a}", lambda s: s.format_map({}) if "{" not in s else None, lambda s: hash(s) == hash(s[:]),
    lambda s: sorted(s), lambda s: min(s) if s else None, lambda s: s.istitle(), lambda s: s.join(["1", "2"]),
]
for i, op in enumerate(ops):
    for s in samples:
        try:
            r = op(s)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(i, repr(s), repr(r))
for s in samples:
    for c in range(-1, 4):
        print(repr(s.replace("", "-", c)), repr(s.replace("a", "", c)), repr(s.replace("b", "BB", c)))
    print("{0!a}|{0!r:^20}|{0!s}".format(s), f"{s!a:>30}", "%-12a|" % s, ascii(s), ascii([s, 1]))
for b in [b" a b ", b"\ta\x0bb\x1cc  ", b"a  b  c  ", b"  ", b""]:
    for m in [-1, 0, 1, 2]:
        print(b.split(None, m), b.rsplit(None, m), bytearray(b).split(maxsplit=m), b.strip(), b.split())
for s in [" a b ", "\ta\x0bb\x1cc  ", "a  b  c  ", "  ", "", "a\x85b\u3000c "]:
    for m in [-1, 0, 1, 2]:
        print(s.split(None, m), s.rsplit(None, m))
