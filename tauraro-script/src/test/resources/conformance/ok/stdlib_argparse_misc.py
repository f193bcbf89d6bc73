# argparse: %(prog)s in description and epilog, required options, a given namespace, declaration errors,
# error()/exit(), typed string defaults, subcommand aliases and descriptions, chained short flags
import argparse, sys
sys.stderr = sys.stdout
def attempt(parser, argv, ns=None):
    try:
        print(parser.parse_args(argv, ns))
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog="p", description="%(prog)s does things", epilog="see %(prog)s docs")
p.add_argument("--lvl", type=int, choices=[1, 2, 3], help="pick %(choices)s")
p.add_argument("--req", required=True)
p.add_argument("--req2", required=True, dest="other")
p.add_argument("pos", nargs="?", const="c", default="d", help="optional positional %(default)s")
p.print_help()
attempt(p, [])
ns = argparse.Namespace(pos="preset", extra=1)
attempt(p, ["--req", "1", "--req2", "2"], ns)
try:
    p.add_argument("x", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    p.add_argument("x", dest="y")
except ValueError as e:
    print("ValueError", e)
try:
    p.add_argument("bad")
    p.add_argument("--", dest=None)
except ValueError as e:
    print("ValueError", e)
try:
    p.add_argument("noprefix", "--x")
except ValueError as e:
    print("ValueError", e)
try:
    p.error("custom failure")
except SystemExit as e:
    print("exit", e.code)
try:
    p.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="q")
q.add_argument("--n", type=int, default=5)
q.add_argument("--s", default="7", type=int)
q.add_argument("--lst", default=[], action="append")
print(q.parse_args([]), q.parse_args(["--lst", "a"]), q.get_default("n"))
g = argparse.ArgumentParser(prog="g")
sp = g.add_subparsers(dest="cmd", help="commands")
one = sp.add_parser("one", aliases=["1", "uno"], help="first", description="the first command")
one.add_argument("--flag", action="store_true")
attempt(g, ["uno", "--flag"])
attempt(g, ["one", "-h"])
g.print_help()
print(repr(g.format_usage()))
r = argparse.ArgumentParser(prog="r")
r.add_argument("-v", "--verbose", action="count")
r.add_argument("--xy", action="store_const", const=[1])
attempt(r, ["-vvv", "--verb", "--xy"])
attempt(r, ["-vx"])
attempt(r, ["--verbose=2"])
