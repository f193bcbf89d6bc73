# argparse: positional and optional arguments, types, choices, defaults, nargs, actions, groups,
# subcommands, --help and usage errors (stderr pointed at stdout, exit status 2)
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", description="Process some files and count them.",
                            epilog="Report bugs to nobody.")
p.add_argument("name", help="the name to greet")
p.add_argument("files", nargs="*", help="files to read")
p.add_argument("-c", "--count", type=int, default=1, help="how many times (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed")
p.add_argument("-q", "--quiet", action="store_true", help="say less")
p.add_argument("--no-color", dest="color", action="store_false", help="plain output")
p.add_argument("-I", "--include", action="append", metavar="DIR", help="add a directory")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--level", nargs="?", const="high", default="none")
p.add_argument("--tags", nargs="+")
attempt(p, ["alice"])
attempt(p, ["bob", "a.txt", "b.txt", "-c", "3", "-vv", "--mode=slow", "-q", "--no-color", "-I", "x", "-Iy",
            "--ratio", "0.5", "--pair", "k", "v", "--level", "--tags", "t1", "t2"])
attempt(p, ["carol", "--count=7", "--level", "low", "-v", "--verbose", "--inc", "z", "--", "-not-an-option"])
attempt(p, ["-h"])
attempt(p, [])
attempt(p, ["x", "--count", "many"])
attempt(p, ["x", "--mode", "medium"])
attempt(p, ["x", "--bogus", "1"])
attempt(p, ["x", "--count"])
attempt(p, ["x", "--tags"])
attempt(p, ["x", "--pair", "one"])
attempt(p, ["x", "-q=1"])
print(p.format_usage(), end="")

q = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("numbers", type=int, nargs="+", help="integers")
q.add_argument("--op", default="sum", choices=["sum", "max"], help="the operation")
q.add_argument("--precision", type=int, default=2, help="digits")
group = q.add_argument_group("output", "how results are shown")
group.add_argument("--json", action="store_true", help="print JSON")
excl = q.add_mutually_exclusive_group()
excl.add_argument("--up", action="store_true")
excl.add_argument("--down", action="store_true")
q.add_argument("--version", action="version", version="%(prog)s 1.0")
attempt(q, ["1", "2", "3"])
attempt(q, ["--op", "max", "4", "9"])
attempt(q, ["--help"])
attempt(q, ["--version"])
attempt(q, ["1", "--up", "--down"])
attempt(q, ["--op", "sum"])
attempt(q, ["1", "-5"])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


r = argparse.ArgumentParser(prog="git")
r.add_argument("--debug", action="store_true")
sub = r.add_subparsers(dest="command", required=True, help="sub-command help")
add = sub.add_parser("add", help="add files")
add.add_argument("paths", nargs="+")
add.add_argument("-f", "--force", action="store_true")
log = sub.add_parser("log", help="show history")
log.add_argument("-n", type=positive, default=10)
log.set_defaults(handler="log-handler")
attempt(r, ["add", "a.py", "b.py", "-f"])
attempt(r, ["--debug", "log", "-n", "3"])
attempt(r, ["log", "-n", "0"])
attempt(r, [])
attempt(r, ["push"])
attempt(r, ["-h"])
attempt(r, ["add", "-h"])
attempt(r, ["add"])
print(r.parse_known_args(["log", "--extra"]))

s = argparse.ArgumentParser(prog="flags", add_help=False)
s.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="use the feature")
s.add_argument("-x", action="store_const", const=42)
s.add_argument("--list", action="extend", nargs="+", type=int)
s.add_argument("--const", action="append_const", const="c", dest="consts")
attempt(s, ["--no-feature", "-x", "--list", "1", "2", "--list", "3", "--const", "--const"])
attempt(s, [])
s.print_help()
ns = argparse.Namespace(a=1, b="two")
print(ns, ns.a, "a" in ns, ns == argparse.Namespace(a=1, b="two"), vars(ns))
sys.argv = ["prog.py", "--name", "from-argv"]
t = argparse.ArgumentParser()
t.add_argument("--name")
print(t.parse_args(), t.prog)
long = argparse.ArgumentParser(prog="a-program-with-a-long-name")
for opt in ["--alpha", "--beta", "--gamma", "--delta", "--epsilon", "--zeta", "--eta"]:
    long.add_argument(opt, metavar="VALUE", help="the " + opt[2:] + " value, described at some length so that it wraps onto a second line")
long.add_argument("inputs", nargs="+", help="input files")
long.print_help()
