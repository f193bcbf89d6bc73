# argparse parsing rules: nargs shapes (N=1 gives a list, '?'/'*' positional defaults), abbreviations
# (allow_abbrev=False keeps short clusters), '--' handling, negative-number-like values with and
# without negative-looking options, values that start with '-', type and choice errors, exclusive
# group errors, required arguments, and the exact error texts
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, argv, known=False):
    try:
        print(parser.parse_known_args(argv) if known else parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


n = argparse.ArgumentParser(prog="n")
n.add_argument("one", nargs=1)
n.add_argument("maybe", nargs="?", default="D")
n.add_argument("star", nargs="*", default=["S"])
n.add_argument("--two", nargs=2, type=int)
n.add_argument("--opt1", nargs=1)
n.add_argument("--q", nargs="?", const="C", type=int)
attempt(n, ["a"])
attempt(n, ["a", "b"])
attempt(n, ["a", "b", "c", "d"])
attempt(n, ["a", "--two", "1", "2", "--opt1", "x"])
attempt(n, ["a", "--two", "1", "x"])
attempt(n, ["a", "--two", "1"])
attempt(n, ["a", "--q"])
attempt(n, ["a", "--q", "5"])
attempt(n, ["a", "--q", "z"])
attempt(n, [])
attempt(n, ["--opt1"])

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("--x", type=float)
neg.add_argument("nums", nargs="*", type=float)
attempt(neg, ["-1", "-2.5", "--x", "-3"])
attempt(neg, ["--x", "-.5", ".5"])
attempt(neg, ["--x", "-1e3"])
attempt(neg, ["-1e3"])
attempt(neg, ["--x=-7", "--", "-8", "--x"])
attempt(neg, ["--x", "-"])
attempt(neg, ["--x", "nan", "inf"])
attempt(neg, ["--x", "1,5"])
negopt = argparse.ArgumentParser(prog="negopt")
negopt.add_argument("-5", action="store_true", dest="five")
negopt.add_argument("--v")
negopt.add_argument("rest", nargs="*")
attempt(negopt, ["-5", "x"])
attempt(negopt, ["-7"])
attempt(negopt, ["--v", "-5"])
attempt(negopt, ["--v=-5", "-5"])

ab = argparse.ArgumentParser(prog="ab")
ab.add_argument("--verbose", action="store_true")
ab.add_argument("--version-string")
ab.add_argument("--color", choices=["red", "green"])
ab.add_argument("-x", action="store_true")
ab.add_argument("-y", action="store_true")
ab.add_argument("-z")
attempt(ab, ["--verb"])
attempt(ab, ["--vers", "1"])
attempt(ab, ["--ver"])
attempt(ab, ["--v"])
attempt(ab, ["--col", "red"])
attempt(ab, ["--col=blue"])
attempt(ab, ["-xyzvalue"])
attempt(ab, ["-xyz", "value"])
attempt(ab, ["-xq"])
attempt(ab, ["-zx", "-y"])
attempt(ab, ["---x"])
attempt(ab, ["-"])
attempt(ab, ["--", "-x"], known=True)
attempt(ab, ["--nothing", "-x", "--color", "red", "left"], known=True)
attempt(ab, ["-x", "-q", "-yz1"], known=True)
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--verbose", action="store_true")
noab.add_argument("-a", action="store_true")
noab.add_argument("-b", action="store_true")
attempt(noab, ["--verb"])
attempt(noab, ["-ab"])
attempt(noab, ["--verbose"])

dd = argparse.ArgumentParser(prog="dd")
dd.add_argument("--o")
dd.add_argument("first")
dd.add_argument("others", nargs="*")
attempt(dd, ["--", "--o"])
attempt(dd, ["a", "--", "b", "--", "c"])
attempt(dd, ["--o", "--", "a"])
attempt(dd, ["--o=--", "a"])
attempt(dd, ["a", "--o", "b", "c"])
attempt(dd, ["a", "b", "--o", "c", "d"])

ty = argparse.ArgumentParser(prog="ty")


def positive(text):
    if not text.isdigit():
        raise ValueError("nope")
    return int(text)


def broken(text):
    raise TypeError("bad")


def custom(text):
    raise argparse.ArgumentTypeError("custom message for %s" % text)


ty.add_argument("--i", type=int)
ty.add_argument("--f", type=float)
ty.add_argument("--p", type=positive)
ty.add_argument("--b", type=broken)
ty.add_argument("--c", type=custom)
ty.add_argument("--ch", type=int, choices=[1, 2])
ty.add_argument("--s", choices="abc")
ty.add_argument("--cx", type=complex)
for argv in (["--i", "x"], ["--i", "1.5"], ["--f", "y"], ["--p", "-3"], ["--b", "q"], ["--c", "v"],
             ["--ch", "3"], ["--ch", "x"], ["--s", "d"], ["--s", "ab"], ["--cx", "zz"], ["--i", " 7 "],
             ["--i", "0x10"], ["--i", "1_000"]):
    attempt(ty, argv)

mx = argparse.ArgumentParser(prog="mx")
grp = mx.add_mutually_exclusive_group()
grp.add_argument("-a", "--all", action="store_true")
grp.add_argument("-n", "--name")
grp.add_argument("pos", nargs="?")
mx.add_argument("--other", action="store_true")
attempt(mx, ["-a", "-n", "x"])
attempt(mx, ["--name", "x", "--all"])
attempt(mx, ["-a", "p"])
attempt(mx, ["p", "-a"])
attempt(mx, ["-a", "-a", "--other"])
attempt(mx, ["-n", "1", "-n", "2"])
req = argparse.ArgumentParser(prog="req")
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument("--json", action="store_true")
rg.add_argument("--xml", dest="fmt_xml", action="store_true")
rg.add_argument("--csv", metavar="FILE")
req.add_argument("--need", required=True)
req.add_argument("pos")
req.add_argument("tail", nargs="+")
attempt(req, [])
attempt(req, ["--json"])
attempt(req, ["--need", "1", "p", "t"])
attempt(req, ["--need", "1", "--json", "p"])
attempt(req, ["--need", "1", "--csv", "f", "p", "t", "u"])
try:
    argparse.ArgumentParser().add_mutually_exclusive_group().add_argument("x")
except ValueError as e:
    print("ValueError", e)

st = argparse.ArgumentParser(prog="st")
st.add_argument("--x", action="store_const", const=1, default=0)
st.add_argument("--app", action="append", type=int, default=[9])
st.add_argument("--ext", action="extend", nargs="*")
st.add_argument("--cnt", "-c", action="count")
st.add_argument("--tf", action="store_true", default="yes")
st.add_argument("--boo", action=argparse.BooleanOptionalAction)
st.add_argument("--bo2", action=argparse.BooleanOptionalAction, default=False, help="with help")
attempt(st, [])
attempt(st, ["--x", "--app", "1", "--app", "2", "--ext", "--ext", "a", "b", "-ccc", "--cnt", "--tf"])
attempt(st, ["--boo", "--no-bo2"])
attempt(st, ["--no-boo", "--bo2"])
attempt(st, ["--no-boo=1"])
attempt(st, ["--no-b"])
attempt(st, ["--x=1"])
st.print_help()
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) != argparse.Namespace(a=2))
ns = argparse.Namespace()
print(ns, "x" in ns, repr(argparse.Namespace(b=2, a=1)))
