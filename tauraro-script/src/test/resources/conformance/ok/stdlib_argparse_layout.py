# argparse help and usage layout: width from COLUMNS, long program names, custom usage, other prefix
# characters, %(...)s in help, defaults converted by type, required options, descriptions of groups
import os
os.environ["COLUMNS"] = "60"
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="a-really-quite-long-program-name-for-wrapping",
                            description="   Spaces   collapse\n\n and   lines  join  in the description. " * 3)
p.add_argument("--first-option", metavar="FIRST_VALUE")
p.add_argument("--second-option", metavar="SECOND_VALUE", required=True)
p.add_argument("--third", type=int, default="42", help="type %(type)s, default %(default)r, dest %(dest)s")
p.add_argument("source", help="where from")
p.add_argument("targets", nargs="+", metavar="TARGET")
p.print_help()
attempt(p, ["src"])
attempt(p, ["--second-option", "v", "src", "t1"])
p.print_usage()

w = argparse.ArgumentParser(prog="w", usage="%(prog)s [options] FILE", add_help=True)
w.add_argument("file")
w.add_argument("--really-long-option-name-that-overflows", action="store_true", help="pushes help down")
w.print_help()
attempt(w, [])

plus = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
plus.add_argument("+x", "++extra", action="store_true")
plus.add_argument("-y")
attempt(plus, ["+x", "-y", "1"])
plus.print_help()

g = argparse.ArgumentParser(prog="g", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g.add_argument("maybe", nargs="?", default="dflt", help="maybe a value")
g.add_argument("many", nargs="*", default=["a"], help="many values")
grp = g.add_argument_group("extras", "A group description that is long enough to be wrapped at sixty columns wide.")
grp.add_argument("--alpha", type=int, default=3, help="alpha")
empty = g.add_argument_group("empty group")
g.add_argument("--hidden-positional-like", help=argparse.SUPPRESS)
attempt(g, [])
attempt(g, ["m", "x", "y", "--alpha", "9"])
g.print_help()

v = argparse.ArgumentParser(prog="tool")
v.add_argument("-V", action="version", version="%(prog)s version 2.0   with   spaces")
attempt(v, ["-V"])
c = argparse.ArgumentParser(prog="c")
c.add_argument("--level", type=int, choices=[1, 2, 3], metavar="LEVEL")
c.add_argument("pos", metavar="POSITION", type=int)
attempt(c, ["--level", "5", "1"])
attempt(c, ["--level", "2", "x"])
attempt(c, ["--lev", "2"])
attempt(c, ["--level"])
c.print_help()
c.set_defaults(level=2, extra="e")
attempt(c, ["7"])
