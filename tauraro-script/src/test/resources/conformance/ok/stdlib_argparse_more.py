# argparse beyond the basics: REMAINDER, fixed nargs positionals, '--', abbreviations and their
# ambiguity, required exclusive groups, parents, raw formatters, aliases, metavar tuples, conflict
# resolution, exit_on_error=False, explicit widths and negative-number options
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, argv, known=False):
    try:
        print(parser.parse_known_args(argv) if known else parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, width=40)


run = argparse.ArgumentParser(prog="run", formatter_class=Narrow)
run.add_argument("-e", "--env", action="append", default=[], metavar="K=V")
run.add_argument("image")
run.add_argument("command", nargs=argparse.REMAINDER)
attempt(run, ["-e", "A=1", "alpine", "ls", "-l", "--color"])
attempt(run, ["alpine"])
run.print_help()

pt = argparse.ArgumentParser(prog="pt")
pt.add_argument("point", nargs=2, type=float)
pt.add_argument("rest", nargs="?", default="none")
pt.add_argument("--verbose", action="store_true")
pt.add_argument("--version-info", action="store_true")
attempt(pt, ["1", "2"])
attempt(pt, ["1", "2", "3"])
attempt(pt, ["1"])
attempt(pt, ["--", "-1", "-2"])
attempt(pt, ["1", "--", "2", "--verbose"])
attempt(pt, ["--verb", "1", "2"])
attempt(pt, ["--ver", "1", "2"])
attempt(pt, ["--verbose=yes", "1", "2"])
attempt(pt, ["1", "2", "x", "y"], known=True)
print(pt.format_usage(), end="")

mode = argparse.ArgumentParser(prog="mode", add_help=False)
choose = mode.add_mutually_exclusive_group(required=True)
choose.add_argument("--read", action="store_true")
choose.add_argument("--write", action="store_true")
mode.add_argument("-n", type=int, choices=range(1, 4), help="one of %(choices)s, default %(default)s",
                  default=1)
attempt(mode, [])
attempt(mode, ["--write", "-n", "3"])
attempt(mode, ["--read", "-n", "7"])
attempt(mode, ["--read", "--write"])
mode.print_help()

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.cfg")
base.set_defaults(origin="base")
child = argparse.ArgumentParser(prog="child", parents=[base], description="first line\n  indented",
                                formatter_class=argparse.RawTextHelpFormatter)
child.add_argument("--mode", help="line one\nline two")
print(child.parse_args([]))
child.print_help()
print(child.get_default("config"), child.get_default("origin"))

vc = argparse.ArgumentParser(prog="vc")
commands = vc.add_subparsers(title="commands", description="what to do", dest="cmd", metavar="COMMAND")
co = commands.add_parser("checkout", aliases=["co"], help="switch branches")
co.add_argument("branch")
commands.add_parser("status", help="show the state")
attempt(vc, ["co", "main"])
attempt(vc, ["status"])
attempt(vc, [])
attempt(vc, ["-h"])

tup = argparse.ArgumentParser(prog="tup", conflict_handler="resolve")
tup.add_argument("--size", nargs=2, metavar=("W", "H"), type=int)
tup.add_argument("--opt", nargs="*", metavar=("FIRST", "MORE"))
tup.add_argument("-s", "--size", dest="scale", help="replaces --size")
attempt(tup, ["--opt", "a", "b", "-s", "2"])
tup.print_help()
try:
    tup.add_argument("--bad", nargs=3, metavar=("A", "B"))
except ValueError as e:
    print("ValueError", e)
strict = argparse.ArgumentParser(prog="strict")
strict.add_argument("--x")
try:
    strict.add_argument("--x")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
for bad in [dict(action="store", nargs=0), dict(action="append", nargs=0), dict(const=1, nargs=1),
            dict(action="nope")]:
    try:
        strict.add_argument("--y", **bad)
    except ValueError as e:
        print("ValueError", e)

quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e, e.argument_name)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("value", nargs="?")
attempt(neg, ["-1"])
attempt(neg, ["-2"])

short = argparse.ArgumentParser(prog="short")
short.add_argument("-a", action="store_true")
short.add_argument("-b", action="store_true")
short.add_argument("-c", type=int)
short.add_argument("--hidden", help=argparse.SUPPRESS)
attempt(short, ["-abc5"])
attempt(short, ["-ab", "-c", "6"])
attempt(short, ["-c=7"])
attempt(short, ["-a=x"])
short.print_help()
print(argparse.Namespace(**{"not valid": 1, "ok": 2}))
