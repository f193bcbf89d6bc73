# Annotations on functions and variables are accepted and do not change behaviour.
from typing import List, Dict, Optional, Tuple, Any, Callable, Union


def add(a: int, b: int = 2) -> int:
    return a + b


def names(xs: List[str]) -> List[str]:
    return [x.upper() for x in xs]


def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    return table.get(key)


def pair(x: Any) -> Tuple[Any, Any]:
    return (x, x)


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def either(v: Union[int, str]) -> str:
    return str(v) * 2


count: int = 5
label: str
ratio: float = 0.5
items: List[int] = [1, 2]
print(add(1), add(1, 5), names(["a", "b"]), lookup({"k": 1}, "k"), lookup({}, "z"))
print(pair(3), apply(lambda n: n * 3, 4), either(7), either("ab"))
print(count, ratio, items)
print(add.__annotations__["return"] is int, sorted(add.__annotations__))
print("label" in globals())


class Point:
    x: int
    y: int = 0

    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p: Point = Point(3, -4)
print(p.norm1(), Point.y)


def wrong_types(a: int) -> str:
    return a * 2


print(wrong_types(21), wrong_types("ab"))
