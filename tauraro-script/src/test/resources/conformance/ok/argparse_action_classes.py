# argparse's built-in action classes under CPython's (private) names: isinstance, type names, reprs.
import argparse
import sys

p = argparse.ArgumentParser(prog="tool")
acts = [
    p.add_argument("path"),
    p.add_argument("--const", action="store_const", const=3),
    p.add_argument("-v", "--verbose", action="store_true"),
    p.add_argument("--quiet", action="store_false"),
    p.add_argument("--item", action="append"),
    p.add_argument("--more", action="extend", nargs="+"),
    p.add_argument("--mark", action="append_const", const="m"),
    p.add_argument("-c", action="count"),
    p.add_argument("--version", action="version", version="1.0"),
]
sub = p.add_subparsers(dest="cmd")
run = sub.add_parser("run", help="run it")
for a in acts + [sub, p._actions[0]]:
    print(type(a).__name__, isinstance(a, argparse.Action))
print(repr(acts[0]))
print(repr(acts[2]))
print(repr(acts[7]))
names = ["_StoreAction", "_StoreConstAction", "_StoreTrueAction", "_StoreFalseAction", "_AppendAction",
         "_ExtendAction", "_AppendConstAction", "_CountAction", "_HelpAction", "_VersionAction",
         "_SubParsersAction"]
for n in names:
    cls = getattr(argparse, n)
    print(n, cls.__name__, [b.__name__ for b in cls.__mro__[1:] if b.__name__.endswith("Action")],
          sum(isinstance(a, cls) for a in acts + [sub, p._actions[0]]))
print(isinstance(sub, argparse._SubParsersAction), isinstance(acts[2], argparse._StoreConstAction))
print(argparse._SubParsersAction._ChoicesPseudoAction.__name__)

# a custom action built on a private class, as scripts do
class Upper(argparse._StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())

q = argparse.ArgumentParser(prog="q")
q.add_argument("--name", action=Upper)
print(q.parse_args(["--name", "ada"]))
# subcommands found by walking the parser's actions
for a in p._actions:
    if isinstance(a, argparse._SubParsersAction):
        print("commands:", sorted(a.choices))
print(p.parse_args(["x", "-v", "-cc", "--item", "1", "--item", "2", "run"]))

# FileType('-') is standard input or output
print(argparse.FileType("w")("-") is sys.stdout, argparse.FileType("r")("-") is sys.stdin)
print(argparse.FileType("wb")("-") is sys.stdout.buffer, argparse.FileType("rb")("-") is sys.stdin.buffer)
print(repr(argparse.FileType("wb")), repr(argparse.FileType("r", encoding="utf-8")))
