# match statements (PEP 634): every kind of pattern, guards, bindings, soft keywords, errors
from dataclasses import dataclass
from collections import OrderedDict, defaultdict, deque
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes raw"
        case Color.RED:
            return "red"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Plain(a=1, b=b):
            return f"plain b={b}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, "end"]:
            return f"ends with end, init {init}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra {rest}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return f"other {type(v).__name__}"


for v in [None, True, False, 0, -1, 1.5, "hello", "hi", b"raw", Color.RED, Color.GREEN,
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Plain(1, 2), Plain(2, 2),
          [], [7], (7,), [1, 2, 3], ["a", "end"], (4, 5, 6), [9, 8, 7, 6], "abc",
          {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5},
          {"type": "x"}, {"other": 1}, 1000, 42, 2.5, {1, 2}, range(2), deque([1, 2, 3]),
          OrderedDict(type="od"), defaultdict(list, type="dd")]:
    print(type(v).__name__ if isinstance(v, Plain) else repr(v), "->", describe(v))


# capture bindings persist after the match; a failed case binds nothing
def bindings(v):
    x = "unset"
    match v:
        case [x, 2]:
            pass
        case _:
            pass
    return x


print(bindings([1, 2]), bindings([1, 3]))

# guard sees the captures; names bound even when the guard fails
match [5, 6]:
    case [a, b] if a > b:
        print("desc")
    case [a, b]:
        print("asc", a, b)

# nested patterns, or-patterns binding the same names, as-patterns
def shape(v):
    match v:
        case ("circle", r) | ("disc", r):
            return f"round {r}"
        case ("rect", (w, h) as size):
            return f"rect {w}x{h} {size}"
        case ["poly", *points] if len(points) >= 3:
            return f"polygon of {len(points)}"
        case [("a" | "b") as letter, _]:
            return f"letter {letter}"
    return "unknown"


for v in [("circle", 2), ["disc", 3], ("rect", (4, 5)), ("rect", [1, 2]), ["poly", 1, 2, 3],
          ["poly", 1], ["b", 0], "ab"]:
    print(v, shape(v))

# the subject as a tuple, with a star
match 1, 2, 3:
    case (1, *others):
        print("others", others)

# mapping rest is a new dict; keys compared by equality
d = {1: "one", 2: "two", 3: "three"}
match d:
    case {1: one, **others}:
        print(one, others, others is d)

# __match_args__ on a plain class; attribute errors mean no match
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Half:
    __match_args__ = ("x", "missing")
    x = 1


match Vec(1, 2):
    case Vec(1, y):
        print("vec y", y)
match Half():
    case Half(1, m):
        print("never")
    case Half(x):
        print("half x", x)

# subclasses of builtins match themselves positionally
class MyInt(int):
    pass


match MyInt(5):
    case MyInt(v):
        print("myint", v, type(v).__name__)
match [1, 2]:
    case list([a, b]):
        print("list of", a, b)
match {"k": 1}:
    case dict({"k": k}):
        print("dict k", k)

# strings and bytes are not sequences for patterns
for v in ["ab", b"ab"]:
    match v:
        case [x, y]:
            print("seq", x, y)
        case _:
            print("not a sequence", type(v).__name__)

# match and case stay ordinary names
match = [1, 2]
case = 3
print(match, case)
match[0] = 9
print(match)
def match(x):
    return x * 2
print(match(4))

# inside generators and coroutines
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 10
            case [int(a), int(b)]:
                yield a + b
            case _:
                yield (yield "what?")


g = gen([1, [2, 3], "x", 4])
print(next(g), next(g), next(g), g.send("answer"), next(g))

import asyncio


async def slow(v):
    await asyncio.sleep(0)
    return v


async def main():
    match await slow({"op": "add", "args": [1, 2]}):
        case {"op": "add", "args": [a, b]} if await slow(True):
            print("async add", a + b)
    return "done"


print(asyncio.run(main()))

# runtime errors
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class NotStr:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def noargs():
    match NoArgs():
        case NoArgs(1):
            pass


def badargs():
    match BadArgs():
        case BadArgs(1):
            pass


def notstr():
    match NotStr():
        case NotStr(1):
            pass


def dup():
    match Dup():
        case Dup(1, a=2):
            pass


def int2():
    match 5:
        case int(1, 2):
            pass


def notatype():
    match 5:
        case print():
            pass


def dupkey():
    match {"RED": 1, "b": 2}:
        case {Color.RED.name: 1, Color.RED.name: 2}:
            pass


for test in [noargs, badargs, notstr, dup, int2, notatype, dupkey]:
    try:
        test()
    except (TypeError, ValueError) as e:
        print(test.__name__, type(e).__name__, e)
