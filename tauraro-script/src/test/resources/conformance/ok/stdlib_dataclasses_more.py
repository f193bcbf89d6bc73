# dataclasses as documented (3.11), compared with CPython: generated __init__ signatures, docstrings and call errors, InitVar and ClassVar pseudo-fields, KW_ONLY, field() options (hash, metadata, init=False), unsafe_hash and the hash table, frozen inheritance, order with its type check, recursive reprs, make_dataclass, replace, asdict/astuple; enum and typing at run time (Flag's CONFORM boundary, user generics Box[int]).
import dataclasses, inspect
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: "int" = 0
    tags: List[int] = field(default_factory=list, metadata={"a": 1})
    cv: ClassVar[int] = 5
    iv: InitVar[int] = 1
print(P.__doc__)
print(inspect.signature(P))
print(P.__dataclass_params__)
print(repr(dataclasses.fields(P)[2]).replace(hex(id(dataclasses.MISSING)), "ADDR"))
print(dataclasses.InitVar[int], dataclasses.InitVar[List[int]], P.__dataclass_fields__["cv"]._field_type, P.__dataclass_fields__["iv"]._field_type)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__init__.__annotations__)
MD = dataclasses.make_dataclass("MD", ["a", ("b", int), ("c", int, field(default=3))], namespace={"m": lambda self: 1})
print(MD(1, 2), MD.__module__, MD(1, 2).m(), MD.__doc__)
for bad in ["dataclasses.make_dataclass('X', ['a', 'a'])", "dataclasses.make_dataclass('X', ['class'])", "dataclasses.make_dataclass('X', ['1a'])",
            "dataclass(order=True, eq=False)(type('Z', (), {}))", "P()", "P(1, 2, [], 3, 4)", "P(1, z=2)", "dataclasses.replace(P(1), iv=2, x=3)", "dataclasses.fields(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad[:40], type(e).__name__, e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class WithHash:
    a: int
    def __hash__(self): return 7
print(hash(WithHash(1)))
@dataclass(frozen=True)
class Fr:
    a: int
try:
    @dataclass
    class NotFr(Fr):
        b: int = 0
except TypeError as e:
    print("TypeError", e)
@dataclass
class O:
    a: int
    def __lt__(self, o): return True
try:
    dataclass(order=True)(O)
except TypeError as e:
    print("TypeError", e)
@dataclass(order=True)
class Ord:
    a: int
print(Ord(1) < Ord(2), Ord(1).__lt__(5), sorted([Ord(3), Ord(1)]))
try:
    Ord(1) < 5
except TypeError as e:
    print("TypeError", e)
@dataclass
class Rec:
    a: object = None
r = Rec(); r.a = r; print(r)
@dataclass
class Init:
    a: int
    b: int = field(init=False, default=4)
    c: list = field(init=False, default_factory=list)
    d: int = field(init=False, repr=False)
print(Init(1), Init(1).b, Init(1).c, hasattr(Init(1), "d"))
print(dataclasses.asdict(P(1, 2, [3])), dataclasses.astuple(MD(1, 2)))

import dataclasses, enum, typing
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    iv: InitVar[int] = 1
    def __post_init__(self, iv):
        self.z = self.x * iv
p = P(1, 2, iv=3)
print(p, p.z, P(1) < P(2), P(1, 2) == P(1, 2, ["a"]), asdict(p), astuple(p), replace(p, y=5, iv=2).z, [f.name for f in fields(p)])
print(P.__match_args__, P.__dataclass_fields__["tags"].compare, dataclasses.is_dataclass(p), hash(P) is not None)
@dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(F(1)) == hash(F(1)), F(1) == F(1), {F(1): 1})
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5), K.__init__.__doc__ is None)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))
@dataclass
class Sub(P):
    w: int = 9
print(Sub(1), Sub(1, 2, w=3))
print(dataclasses.make_dataclass("MD", ["a", ("b", int, field(default=5))])(1))

class Color(enum.Enum):
    RED = 1
    GREEN = "g"
    BLUE = (1, 2)
    ALIAS = 1
print(Color.RED, repr(Color.GREEN), Color(1), Color["BLUE"], list(Color), Color.ALIAS is Color.RED, len(Color), Color.RED.name, Color.RED.value)
print(f"{Color.RED}", format(Color.RED), str(Color.BLUE), Color.__members__.keys(), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
class N(enum.IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B > N.A, f"{N.A}", str(N.A), repr(N.A), N(2), sorted([N.B, N.A]), N.A == 1, int(N.B))
class Fl(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
print(Fl.R | Fl.W, repr(Fl.R | Fl.W), Fl(3), Fl.R in (Fl.R | Fl.X), list(Fl.R | Fl.X), ~Fl.R, bool(Fl(0)), Fl(0))
class SE(enum.StrEnum):
    A = enum.auto()
    B = "bee"
print(SE.A, repr(SE.A), SE.A.upper(), SE.B == "bee", f"{SE.B!r}")
for bad in ["Color(7)", "Color['PINK']", "N(5)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    class Dup(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class U2(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, typing.get_type_hints(P.__init__) if False else "", typing.Optional[int], typing.Union[int, str], typing.List[int])
print(typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]), typing.Callable[[int], str], typing.Literal["a"])
class NT(typing.NamedTuple):
    a: int
    b: str = "d"
print(NT(1), NT(1)._asdict(), NT._fields, NT(1, "x")._replace(a=2))
class TD(typing.TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__ if hasattr(TD, "__required_keys__") else None)

from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, Dict
import typing
@dataclass
class A:
    a: int
    b: "str"
    c: List[int]
    d: Optional[Dict[str, int]]
    e: list
    f: InitVar[int]
    g: typing.Any = None
    h: object = field(default_factory=object)
    _: KW_ONLY
    k: float = 1.5
print(A.__doc__)
import inspect
print(inspect.signature(A))
class Loc: pass
@dataclass
class B:
    x: Loc
    y: tuple = ()
print(B.__doc__)

from typing import Generic, TypeVar, List
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, v): self.v = v
class Pair(Generic[K, T]): pass
class IntBox(Box[int]): pass
b = Box[int](3)
print(Box[int], Pair[str, int], Generic[T], b.v, b.__orig_class__, IntBox.__mro__[1] is Box, IntBox(4).v, Box[List[int]])
print(Box[int] == Box[int], Box.__bases__, IntBox.__orig_bases__ if hasattr(IntBox, "__orig_bases__") else None)
