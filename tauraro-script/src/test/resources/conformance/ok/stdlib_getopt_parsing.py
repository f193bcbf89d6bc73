# getopt: short and long options, values, prefixes, gnu_getopt's mixing, and GetoptError's messages
import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)


def show(fn, args, short, long=[]):
    try:
        print(fn.__name__, args, "->", fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, args, "-> GetoptError:", str(e), "|", repr(e.msg), repr(e.opt), e.args)


for fn in (getopt.getopt, getopt.gnu_getopt):
    show(fn, ["-a", "-b", "1", "x", "-c"], "ab:c")
    show(fn, ["-ab1", "-bvalue", "rest"], "ab:")
    show(fn, ["-ba", "file"], "ab:")
    show(fn, ["--alpha", "--beta=2", "--beta", "3", "arg", "--alpha"], "", ["alpha", "beta="])
    show(fn, ["--al", "--be=x"], "", ["alpha", "beta="])
    show(fn, ["--beta="], "", ["alpha", "beta="])
    show(fn, ["--", "-a", "b"], "a")
    show(fn, ["-", "-a"], "a")
    show(fn, ["-a", "-", "-a"], "a")
    show(fn, ["x", "--", "-a"], "a")
    show(fn, [], "a")
    show(fn, ["--output", "f"], "", "output=")
    show(fn, ["--out"], "", ["output", "outdir"])
    show(fn, ["--out"], "", ["out", "output"])
    show(fn, ["--out"], "", ["out=", "output"])
    show(fn, ["--ver"], "", ["verbose", "version"])
    show(fn, ["--zzz"], "", ["verbose"])
    show(fn, ["--verbose=1"], "", ["verbose"])
    show(fn, ["--file"], "", ["file="])
    show(fn, ["-x"], "ab")
    show(fn, ["-b"], "ab:")
    show(fn, ["-a:"], "a")
    show(fn, ["-:"], "a:")
    show(fn, ("-a", "t"), "a")

show(getopt.gnu_getopt, ["x", "-a", "y", "--long", "z"], "+a", ["long"])
os.environ["POSIXLY_CORRECT"] = "1"
show(getopt.gnu_getopt, ["x", "-a", "y"], "a")
del os.environ["POSIXLY_CORRECT"]
show(getopt.gnu_getopt, ["x", "-a", "y"], "a")

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception), getopt.__all__)
e = getopt.GetoptError("just a message")
print(repr(e), str(e), repr(e.opt), e.args)
try:
    getopt.getopt(["-q"], "")
except getopt.error as err:
    print(type(err).__name__, err, err.opt)
