# typing names used at run time: reprs, Protocol/runtime_checkable, NamedTuple and TypedDict forms,
# Generic, TypeVar, Literal, Final, overload, cast, NewType, get_type_hints
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, NewType, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, final, get_args, get_origin, get_type_hints,
                    overload, runtime_checkable)

print(Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None])
print(Tuple[int, ...], Callable[[int, str], bool], Literal["a", 1], Final[int], ClassVar[int])
print(Union[int, Union[str, int]], Optional[Union[int, str]] == Union[int, str, None])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(int), get_origin(int))
T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", covariant=True)
print(T, K.__bound__, V, T.__name__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int](3).get(), Box("s").get(), Box.__mro__[-2:])


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class SupportsArea(Protocol):
    def area(self) -> float:
        ...


class File:
    def close(self):
        return "closed"


class Square(SupportsArea):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(isinstance(File(), Closable), isinstance(3, Closable), Square(3).area())
try:
    isinstance(File(), SupportsArea)
except TypeError as e:
    print("TypeError", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError", str(e).split(",")[0])


class Employee(NamedTuple):
    name: str
    id: int = 3


Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Employee("ann"), Pair(1, 2), Pair._fields, Pair.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    note: str


m = Movie(title="x", year=1999)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Movie.__total__)
Point2 = TypedDict("Point2", {"x": int, "y": int})
print(Point2(x=1, y=2), Point2.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "not checked"), cast("List[int]", [1]))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only(x: int) -> int:
    ...


try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])


@final
class Leaf:
    pass


print(Leaf.__final__)


class Base:
    a: int
    b: "str"


class Child(Base):
    c: Optional[List[int]] = None


def f(x: int, y: "List[int]" = None) -> "Optional[str]":
    pass


print(get_type_hints(Child))
print(get_type_hints(f))
print(get_type_hints(lambda v: v))
MAX: Final = 10
print(MAX)
