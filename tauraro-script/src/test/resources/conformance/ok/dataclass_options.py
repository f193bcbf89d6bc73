# dataclass kw_only / KW_ONLY / slots / match_args, and their errors
from dataclasses import dataclass, KW_ONLY, field, fields


@dataclass(kw_only=True)
class P:
    x: int
    y: int = 0


print(P(x=1), P(y=2, x=3))
for args, kw in [((1,), {}), ((), {}), ((), {"x": 1, "z": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Q:
    a: int
    b: int = field(kw_only=True)
    c: int = 5


print(Q(1, b=2), Q(1, 7, b=2), Q.__match_args__)
try:
    Q(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass
class R:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(R(1, c=9), [f.name for f in fields(R)], R.__match_args__)
try:
    R(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass(slots=True)
class S:
    a: int
    b: int = 3


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__name__, S.__qualname__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
s.b = 10
print(s, s == S(1, 10))


@dataclass(frozen=True, slots=True)
class FS:
    a: int


fs = FS(1)
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(fs) == hash(FS(1)), {fs, FS(1)})


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))

match Q(1, b=2):
    case Q(1, 5, b=b):
        print("matched b", b)
