# typing imports used in annotations, generic aliases, NamedTuple, TypedDict-like usage.
from typing import (Any, Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional,
                    Sequence, Set, Tuple, Union)
import typing


class Point(NamedTuple):
    x: int
    y: int = 0


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def first(xs: Sequence[str]) -> Optional[str]:
    return xs[0] if xs else None


def counter(n: int) -> Iterator[int]:
    yield from range(n)


def apply_all(fs: List[Callable[[int], int]], v: int) -> List[int]:
    return [f(v) for f in fs]


def merge(a: Dict[str, int], b: Dict[str, int]) -> Dict[str, int]:
    return {**a, **b}


def unique(xs: List[int]) -> Set[int]:
    return set(xs)


def pair(v: Union[int, str]) -> Tuple[Union[int, str], ...]:
    return (v, v)


p = Point(1)
print(p, p.x, p.y, p._replace(y=5), tuple(p), p == (1, 0))
print(total([1, 2, 3]), first(["a"]), first([]), list(counter(3)))
print(apply_all([lambda v: v + 1, lambda v: v * 2], 5))
print(merge({"a": 1}, {"b": 2}), sorted(unique([3, 1, 3])), pair("z"))
anything: Any = object()
maybe: typing.Optional[int] = None
print(maybe, isinstance(anything, object))
print(Point._fields, Point(y=2, x=1))
x, y = Point(7, 8)
print(x + y)
