# str.format and format_map as CPython parses them (fields, nested specs, numbering, errors), and format
# specs at the edges for str, int and float (fill, '0', grouping with zero padding, separator errors).
class P:
    x = 5
    def __format__(self, spec):
        return "P<" + spec + ">"
cases = [
    ("{}{}", (1, 2), {}), ("{0}{1}{0}", (1, 2), {}), ("{}{1}", (1, 2), {}), ("{0}{}", (1, 2), {}),
    ("{:{}}", ("a", 5), {}), ("{:{}.{}}", (3.14159, 8, 3), {}), ("{0:{1}}", ("a", 5), {}), ("{:{w}}", ("a",), {"w": 4}),
    ("{a.x}", (), {"a": P()}), ("{0.x}", (P(),), {}), ("{0[1]}", ([7, 8],), {}), ("{0[k]}", ({"k": 9},), {}),
    ("{0[1][0]}", ([7, [8]],), {}), ("{0[-1]}", ({"-1": 3},), {}), ("{0[ ]}", ({" ": 3},), {}),
    ("{!r}", ("x",), {}), ("{!s:>4}", ("x",), {}), ("{!a}", ("é",), {}), ("{!x}", (1,), {}), ("{!}", (1,), {}),
    ("{!rr}", (1,), {}), ("{0!r:}", ("q",), {}), ("}", (), {}), ("{", (), {}), ("a}}b{{c", (), {}), ("x}y", (), {}),
    ("{0", (1,), {}), ("{0:", (1,), {}), ("{0[}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{0.}", (1,), {}),
    ("{.x}", (P(),), {}), ("{[0]}", ([4],), {}), ("{2}", (1,), {}), ("{}", (), {}), ("{name}", (), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:P}", (P(),), {}), ("{0:{1}}", (P(), "zz"), {}), ("{0!r:{1}}", ("a", 6), {}),
    ("{:%}", (0.5,), {}), ("{:,}", (1234567,), {}), ("{:_x}", (65535,), {}), ("{0:}", (3,), {}), ("{ }", (), {" ": 1}),
    ("{0 }", (1,), {}), ("{00}", (5,), {}), ("{0.x.y}", (P(),), {}), ("{0.__class__.__name__}", (P(),), {}),
    ("{:>{}}{}", ("a", 3, "b"), {}), ("{0:>{1}}{2}", ("a", 3, "b"), {}), ("{:{}}{}", ("a", 3, "b"), {}),
    ("{1:{0}}", (3, "a"), {}), ("{99999999999999999999}", (1,), {}), ("{0[99999999999999999999]}", ([1],), {}),
    ("{:d}", ("s",), {}), ("{:s}", (5,), {}), ("{:=10}", ("s",), {}), ("{:^}", ("s",), {}),
]
for f, a, k in cases:
    try:
        r = repr(f.format(*a, **k))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(f), r)
    try:
        r = repr(f.format_map(dict(k, **{str(i): v for i, v in enumerate(a)})))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print("  map", r)

specs = ["", "s", "10", "<10", ">10", "^10", "=10", "+", "-", " ", "#", "010", "0", "z", "x<5", "*^7.2", ".0", ".3s", ",", "_", "10,", "d", "r", "%", "\x00<3", "0<5", "05s", "+10", "#10", "10.2", ".", "10.", "1_0", "<<3", "99999999999999999999", ".99999999999999999999"]
for v in ["abc", "", "é𝔘"]:
    for sp in specs:
        try:
            r = repr(format(v, sp))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(sp), r)

vals = [0, 7, -7, 123456789, -2**70, True, 1.5, -0.0, 1e20, float("nan"), float("-inf"), 1234.5678]
specs = ["", "d", ",", "_", ",d", "_b", "_x", ",x", ",_", "_,", "010", "<010", "0<5", "x<05", "=8", "^+9", " 8", "-8", "#x", "#o",
         "#b", "z.1f", ".2f", ".", "10.", ".٣f", "٣", ".2147483648f", "99999999999999999999",
         "c", ",c", "n", ",n", "_n", "e", ",e", "_e", "%", ",%", "g", "G", ",.3g", "08,.2f", "+#012_x", "s", "\x00<4", "🙂^7"]
for v in vals:
    for sp in specs:
        try:
            r = repr(format(v, sp))
            if len(r) > 60: r = r[:60]
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(sp), r)
for w in range(1, 13):
    print(w, repr(format(7, '0%d,d' % w)), repr(format(-1234, '0%d,d' % w)), repr(format(1.5, '0%d,.1f' % w)), repr(format(255, '#0%d_x' % w)), repr(format(255, '0%d_b' % w)), repr(format(1e6, '0%d,g' % w)), repr(format(12345, '0%d,e' % w)), repr(format(-2**70, '+0%d_o' % w)), repr(format(0.07, '0%d,.1%%' % w)))
print(repr(format(7, '0=8,d')), repr(format(7, 'x=8,d')), repr(format(7, '=08,d')), repr(format(7, '<08,d')), repr(format(1234, '0>8,d')), repr(format(7.0,'0=9,.1%')), repr(format(float('inf'), '09,f')), repr(format(float('-nan'), '=09,f')))
for f in ['%.2147483647s', '%.2147483648s', '%99999999999999999999d', '%.0s', '%5.2147483648f', '%-09.3f', '%05s', '%+5s', '%#5x']:
    try:
        print(f, repr((f % 'x')[:10]) if f.endswith('s') else repr((f % 255)[:10]))
    except Exception as e:
        print(f, type(e).__name__, e)
from collections import defaultdict
import string
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)), "{x}|{y}".format_map(defaultdict(str, x=5)))
class M:
    def __getitem__(self, k):
        return k * 2
print("{ab}{c}".format_map(M()))
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0:>{1}}|{name!r}", "x", 4, name="n"))
print("{0.real}{0.imag}".format(3), "{0[0]}".format("xy"), "{!s:^9}".format(None))
class S(str):
    def __format__(self, spec):
        return "S!" + spec
class I(int):
    def __format__(self, spec):
        return "I!" + spec
print("{} {:x} {}".format(S("a"), I(3), I(4)), format(S("q"), "5"), f"{S('z'):>3}", "%s %d" % (S("s"), I(9)))
