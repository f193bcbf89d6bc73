# collections.UserString: the wrapped str in .data, the str methods (which of them return the
# same class), operators, comparisons, %, hashing, the errors and subclassing
import copy
import pickle
from collections import UserString
from collections.abc import Sequence, Hashable, MutableSequence


def show(label, f):
    try:
        v = f()
        print(label, repr(v), type(v).__name__)
    except Exception as e:
        print(label, type(e).__name__, repr(e.args), str(e))


s = UserString("Hello World")
print(s, repr(s), str(s), s.data, type(s.data).__name__, UserString(42), UserString(None), UserString(s))
print(UserString([1, 2]), UserString(b"x"), repr(UserString("it's")), UserString(""))
show("init none", lambda: UserString())
show("init two", lambda: UserString("a", "b"))

# sequence behaviour: items and slices are UserStrings
print(len(s), s[0], s[-1], s[1:4], s[::-1], type(s[0]).__name__, type(s[1:3]).__name__)
print(list(UserString("abc")), [type(c).__name__ for c in UserString("ab")], list(reversed(UserString("abc"))))
print("World" in s, "x" in s, UserString("lo") in s, s.count("o"), s.count(UserString("l")), s.index("o"))
show("index out", lambda: s[50])
show("index str", lambda: s["a"])
show("contains int", lambda: 3 in s)

# methods returning the same class
for name, args in [("capitalize", ()), ("casefold", ()), ("center", (15,)), ("center", (15, "*")),
                   ("expandtabs", ()), ("ljust", (13, ".")), ("lower", ()), ("lstrip", ()), ("lstrip", ("He",)),
                   ("rjust", (13,)), ("rstrip", ("dl",)), ("strip", ("Hd",)), ("swapcase", ()), ("title", ()),
                   ("upper", ()), ("zfill", (14,)), ("replace", ("o", "0")), ("replace", ("o", "0", 1)),
                   ("replace", (UserString("l"), UserString("L"))), ("removeprefix", ("Hello ",)),
                   ("removesuffix", (UserString("World"),)), ("translate", ({ord("o"): "*"},)),
                   ("translate", (str.maketrans("lo", "01"),))]:
    show(name + repr(args), lambda: getattr(s, name)(*args))

# methods returning plain values
for name, args in [("count", ("l", 3)), ("count", ("l", 0, 4)), ("endswith", ("ld",)),
                   ("endswith", (("x", "d"),)), ("find", ("o",)), ("find", (UserString("o"), 5)),
                   ("find", ("z",)), ("rfind", ("o",)), ("rfind", (UserString("l"),)), ("index", ("W",)),
                   ("rindex", ("l",)), ("startswith", ("He",)), ("startswith", ("llo", 2)),
                   ("split", ()), ("split", ("o",)), ("split", ("o", 1)), ("rsplit", (None, 1)),
                   ("splitlines", ()), ("partition", (" ",)), ("rpartition", ("o",)),
                   ("join", (["a", "b"],)), ("encode", ()), ("encode", ("ascii",)), ("encode", (None, None)),
                   ("isalpha", ()), ("isalnum", ()), ("isascii", ()), ("isdecimal", ()), ("isdigit", ()),
                   ("isidentifier", ()), ("islower", ()), ("isnumeric", ()), ("isprintable", ()),
                   ("isspace", ()), ("istitle", ()), ("isupper", ()), ("maketrans", ("ab", "cd"))]:
    show(name + repr(args), lambda: getattr(s, name)(*args))
print(UserString("a\nb\r\nc").splitlines(), UserString("a\nb").splitlines(True), UserString("12").isdigit())
print(UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 3}),
      type(UserString("{}").format(1)).__name__, UserString.maketrans("a", "b"))

# arguments CPython's UserString passes on unchanged to str's methods
show("index UserString", lambda: s.index(UserString("o")))
show("rindex UserString", lambda: s.rindex(UserString("o")))
show("startswith UserString", lambda: s.startswith(UserString("H")))
show("endswith UserString", lambda: s.endswith(UserString("d")))
show("split UserString", lambda: s.split(UserString("o")))
show("partition UserString", lambda: s.partition(UserString("o")))
show("strip UserString", lambda: s.strip(UserString("H")))
show("join UserStrings", lambda: UserString("-").join([UserString("a"), "b"]))
show("index missing", lambda: s.index("z"))
show("rindex missing", lambda: s.rindex("z"))
show("center bad fill", lambda: s.center(20, "ab"))
show("zfill str", lambda: s.zfill("3"))
show("encode bad", lambda: UserString("\xe9").encode("ascii"))
show("format missing", lambda: UserString("{x}").format())

# operators
a = UserString("ab")
print(a + "c", a + UserString("d"), a + 5, "x" + a, 5 + a, a * 3, 3 * a, a * 0, a * -2)
print(type(a + "c").__name__, type("x" + a).__name__, type(5 + a).__name__, type(a * 2).__name__)
print(UserString("%s=%d") % ("x", 3), UserString("%(k)s") % {"k": "v"}, UserString("%s!") % UserString("q"))
print("%s!" % UserString("q"), type("%s!" % UserString("q")).__name__, type(UserString("%s") % 1).__name__)
print(repr(3 % UserString("x")), type(3 % UserString("x")).__name__)
show("mod missing args", lambda: UserString("%s %s") % ("a",))
show("mul str", lambda: a * "x")
show("add list", lambda: [1] + a)
show("neg", lambda: -a)
b = a
b += "z"
b *= 2
print(b, a, type(b).__name__)

# comparisons and hashing
print(a == "ab", "ab" == a, a == UserString("ab"), a != "x", a < "b", a <= UserString("ab"), a > "aa", a >= "ac")
print("b" > a, a == 3, a != 3, sorted([UserString("b"), UserString("a"), UserString("c")]))
print(hash(a) == hash("ab"), {a: 1}["ab"], {"ab": 2}[a], len({a, "ab", UserString("ab")}))
show("lt int", lambda: a < 3)
print(int(UserString("12")), float(UserString("1.5")), complex(UserString("1+2j")))
show("int bad", lambda: int(UserString("x")))

# copy and pickle
print(copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a)), type(pickle.loads(pickle.dumps(a))).__name__)
print(a.__getnewargs__())


# subclassing: results keep the subclass where CPython's do
class Name(UserString):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n.shout(), type(n.shout()).__name__, type(n[0]).__name__, type(n + "x").__name__, type(n.strip()).__name__,
      type(n.split()[0]).__name__, type(n * 2).__name__, type("a" + n).__name__, type(n % ()).__name__)


class Tagged(UserString):
    def __init__(self, seq, tag=None):
        super().__init__(seq)
        self.tag = tag


tg = Tagged("x", tag=1)
print(tg, tg.tag, copy.copy(tg).tag, sorted(vars(tg)))
show("tagged upper", lambda: (tg.upper(), tg.upper().tag))

# ABCs and the class itself
print(isinstance(a, Sequence), isinstance(a, Hashable), isinstance(a, MutableSequence), isinstance(a, str))
print(UserString.__module__, repr(UserString), [k.__name__ for k in UserString.__mro__])
print(UserString.__abstractmethods__, sorted(vars(UserString("x"))))
