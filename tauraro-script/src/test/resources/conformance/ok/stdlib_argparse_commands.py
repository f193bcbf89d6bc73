# argparse subcommands, files and intermixed parsing: nested subparsers, aliases in help, unknown
# commands, parse_known_args through a subcommand, fromfile_prefix_chars (nested files, a custom
# convert_arg_line_to_args, a missing file), FileType, parse_intermixed_args and its limits
import argparse
import os
import sys
import tempfile

sys.stderr = sys.stdout


def attempt(call, argv):
    try:
        print(call(argv))
    except SystemExit as e:
        print("exit", e.code)


top = argparse.ArgumentParser(prog="top")
top.add_argument("--verbose", action="store_true")
cmds = top.add_subparsers(dest="cmd", help="what to run", metavar="{remote,commit}")
remote = cmds.add_parser("remote", help="manage remotes", aliases=["rem"])
remote_cmds = remote.add_subparsers(dest="remote_cmd", required=True, title="remote commands")
add = remote_cmds.add_parser("add", help="add one")
add.add_argument("name")
add.add_argument("url")
remote_cmds.add_parser("list")
commit = cmds.add_parser("commit", help="record", prog="top-commit", usage="%(prog)s [options]")
commit.add_argument("-m", "--message", required=True)
commit.set_defaults(run="commit-run")
attempt(top.parse_args, ["remote", "add", "origin", "git@x"])
attempt(top.parse_args, ["rem", "list"])
attempt(top.parse_args, ["remote"])
attempt(top.parse_args, ["remote", "zap"])
attempt(top.parse_args, ["commit"])
attempt(top.parse_args, ["commit", "-m", "hi", "--verbose"])
attempt(top.parse_args, ["--verbose", "commit", "-m", "x"])
attempt(top.parse_known_args, ["commit", "-m", "x", "--amend", "extra"])
attempt(top.parse_args, ["push"])
attempt(top.parse_args, [])
attempt(top.parse_args, ["remote", "add", "-h"])
attempt(top.parse_args, ["remote", "-h"])
attempt(top.parse_args, ["commit", "-h"])
top.print_help()
print(cmds.choices.keys() if hasattr(cmds.choices, "keys") else cmds.choices)

plain = argparse.ArgumentParser(prog="plain")
sp = plain.add_subparsers()
sp.add_parser("a").add_argument("--x")
sp.add_parser("b", help="bee", aliases=["bb", "bbb"])
attempt(plain.parse_args, ["a", "--x", "1"])
attempt(plain.parse_args, ["c"])
plain.print_help()

work = tempfile.mkdtemp()
os.chdir(work)
inner = "inner.txt"
outer = "outer.txt"
with open(inner, "w") as f:
    f.write("--level\n3\n")
with open(outer, "w") as f:
    f.write("--name\nfrom file\n@" + inner + "\nposarg\n")
ff = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
ff.add_argument("--name")
ff.add_argument("--level", type=int)
ff.add_argument("pos", nargs="*")
attempt(ff.parse_args, ["@" + outer, "--level", "4"])
attempt(ff.parse_args, ["x", "@" + inner])
missing = "missing.txt"
try:
    ff.parse_args(["@" + missing])
except SystemExit as e:
    print("exit", e.code)


class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


words = "words.txt"
with open(words, "w") as f:
    f.write("--name one two\n\n--level 5\n")
sp2 = Split(prog="split", fromfile_prefix_chars="@+")
sp2.add_argument("--name", nargs="+")
sp2.add_argument("--level", type=int)
attempt(sp2.parse_args, ["+" + words])

data = "data.txt"
with open(data, "w") as f:
    f.write("hello\n")
fp = argparse.ArgumentParser(prog="fp")
fp.add_argument("infile", type=argparse.FileType("r"))
fp.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
fp.add_argument("--raw", type=argparse.FileType("rb"))
ns = fp.parse_args([data, "--out", "o.txt", "--raw", data])
print(ns.infile.read(), ns.raw.read(), ns.out.write("x"))
for f in (ns.infile, ns.raw, ns.out):
    f.close()
print(fp.parse_args(["-"]).infile is sys.stdin)
print(argparse.FileType("w")("-") is sys.stdout)
attempt(fp.parse_args, [missing])
print(repr(argparse.FileType("r")), repr(argparse.FileType("wb", 0)), repr(argparse.FileType("r", -1, "utf-8", "strict")))

mix = argparse.ArgumentParser(prog="mix")
mix.add_argument("--foo")
mix.add_argument("cmd")
mix.add_argument("rest", nargs="*", type=int)
args = "cmd1 1 --foo bar 2 3".split()
attempt(mix.parse_known_args, args)
attempt(mix.parse_intermixed_args, args)
attempt(mix.parse_known_intermixed_args, args + ["--zzz"])
attempt(mix.parse_intermixed_args, ["--foo", "x"])
attempt(mix.parse_intermixed_args, ["c", "1", "z"])
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("r", nargs=argparse.REMAINDER)
try:
    rem.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
sub = argparse.ArgumentParser(prog="sub")
sub.add_subparsers().add_parser("x")
try:
    sub.parse_intermixed_args(["x"])
except TypeError as e:
    print("TypeError", e)
attempt(mix.parse_known_intermixed_args, ["--", "c", "-1", "--foo", "5"])
attempt(mix.parse_known_intermixed_args, ["c", "--", "--foo", "5"])
attempt(mix.parse_known_intermixed_args, ["--foo", "x", "--", "c", "7"])
req = argparse.ArgumentParser(prog="req")
one_of = req.add_mutually_exclusive_group(required=True)
one_of.add_argument("--a", action="store_true")
one_of.add_argument("--b")
req.add_argument("--c", required=True)
req.add_argument("x")
for argv in (["--a", "--c", "1", "v"], ["v"], ["--c", "1", "v"], ["--c", "2"], ["v", "--b", "1", "--c", "3"]):
    attempt(req.parse_intermixed_args, argv)
print(vars(sp.choices["a"].parse_args(["--x", "2"])), repr(sp), repr(top))
