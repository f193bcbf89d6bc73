# argparse usage of exclusive groups as CPython 3.11 prints it: a required group with one visible
# member loses its parentheses unless that member is a "--x | --no-x" pair, a group whose members
# are all hidden leaves a double space, a group split by another argument is not bracketed, an
# empty metavar leaves no space before the bracket, and an empty group cannot be shown at all
import argparse


def usage(*build):
    p = argparse.ArgumentParser(prog="p", add_help=False)
    for step in build:
        step(p)
    try:
        print(repr(p.format_usage()))
    except ValueError as e:
        print("ValueError", str(e).split(" <")[0])


def group(required, *specs):
    def step(p):
        g = p.add_mutually_exclusive_group(required=required)
        for name, kwargs in specs:
            g.add_argument(name, **kwargs)
    return step


def plain(name, **kwargs):
    return lambda p: p.add_argument(name, **kwargs)


hidden = {"help": argparse.SUPPRESS}
usage(group(True, ("--a", {})))
usage(group(False, ("--a", {})))
usage(group(True, ("--x", {"action": argparse.BooleanOptionalAction})))
usage(group(True, ("--a", {"action": "store_true"}), ("--b", {"nargs": "?"})))
usage(group(True, ("--a", hidden), ("--b", {})))
usage(group(True, ("--a", {}), ("p", {"nargs": "?"})))
usage(group(False, ("--a", {}), ("p", {"nargs": "*", "default": []})))
usage(group(False, ("p", {"nargs": "?"})))
for required in (False, True):
    usage(plain("--b0"), group(required, ("--s0", hidden)), plain("--a0"))
    usage(group(required, ("--s0", hidden), ("--s1", hidden)), plain("--a0"))
    usage(plain("--b0"), group(required, ("--s0", hidden)), plain("x"))
usage(plain("--m", metavar=""), plain("x", metavar=""), plain("y", help=argparse.SUPPRESS))
usage(group(False))


def split_group(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--a")
    p.add_argument("--c")
    g.add_argument("--b")


usage(split_group)
p = argparse.ArgumentParser(prog="p", add_help=False)
p.add_argument("--m", metavar="")
p.add_argument("x", metavar="")
print(repr(p.format_help()))
