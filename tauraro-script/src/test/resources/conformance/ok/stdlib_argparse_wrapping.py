# argparse help layout at several widths (COLUMNS read when each formatter is made): long option
# invocations pushed onto their own line, wrapped usage with long prog names, multi-line help,
# choices as metavars, metavar tuples, long descriptions and epilogs, help lambdas as formatter_class
import os
import argparse
import sys

sys.stderr = sys.stdout


def build(prog):
    p = argparse.ArgumentParser(prog=prog, description="A tool whose description is long enough that it "
                                "has to be wrapped across several lines of output at any narrow width.",
                                epilog="Epilog text that is also rather long, so that it wraps around as well.")
    p.add_argument("-o", "--output-directory-for-results", metavar="DIRECTORY",
                   help="where results go; this help is long and wraps onto further lines")
    p.add_argument("--level", choices=["low", "medium", "high"], default="low", help="how much")
    p.add_argument("-j", "--jobs", type=int, help="parallel jobs")
    p.add_argument("--x", nargs=3, metavar=("A", "B", "C"), help="three values")
    p.add_argument("--opt", nargs="?", help="optional value")
    p.add_argument("--many", nargs="*", help="zero or more")
    p.add_argument("--some", nargs="+", help="one or more")
    p.add_argument("--rest", nargs=argparse.REMAINDER, help="the rest")
    p.add_argument("--flag", action="store_true", help="")
    p.add_argument("--hush", action="store_true")
    p.add_argument("input_file_with_a_long_name", help="the input")
    p.add_argument("extra", nargs="*", help="extra things")
    p.add_argument("mode", choices=["a", "b"], help="a choice positional")
    return p


for cols in ["100", "60", "40", "20"]:
    os.environ["COLUMNS"] = cols
    print("=== COLUMNS", cols)
    build("prog").print_help()
    build("a-program-name-that-is-much-longer-than-usual-for-sure").print_usage()

os.environ["COLUMNS"] = "80"
wide = argparse.ArgumentParser(prog="wide", formatter_class=lambda prog: argparse.HelpFormatter(
    prog, max_help_position=40, width=70))
wide.add_argument("--a-fairly-long-option", help="fits beside the help at position 40")
wide.add_argument("--an-even-longer-option-name-here", help="does not fit")
wide.add_argument("-s", help="short\n  with   spaces\tand a tab that collapse")
wide.print_help()

ind = argparse.ArgumentParser(prog="ind", formatter_class=lambda prog: argparse.HelpFormatter(
    prog, indent_increment=4, max_help_position=10))
ind.add_argument("--abc", help="help text")
grp = ind.add_argument_group("named group", "its description")
grp.add_argument("-z", help="zed")
ind.print_help()

only = argparse.ArgumentParser(prog="only", add_help=False)
only.print_help()
print(repr(only.format_usage()))
one = argparse.ArgumentParser(prog="one", add_help=False, description="just a description")
one.add_argument("x")
print(repr(one.format_help()))

many = argparse.ArgumentParser(prog="many")
for i in range(12):
    many.add_argument("--option-%d" % i, metavar="V%d" % i)
many.add_argument("first")
many.add_argument("second", nargs="+")
many.add_argument("third", nargs="?")
many.print_usage()
ex = argparse.ArgumentParser(prog="ex")
g1 = ex.add_mutually_exclusive_group()
g1.add_argument("--alpha-option", action="store_true")
g1.add_argument("--beta-option", action="store_true")
g1.add_argument("--gamma-option", metavar="GAMMA")
g2 = ex.add_mutually_exclusive_group(required=True)
g2.add_argument("--left", action="store_true")
g2.add_argument("--right", action="store_true")
for i in range(4):
    ex.add_argument("--filler-%d" % i)
ex.add_argument("target")
ex.print_usage()
ex.print_help()
