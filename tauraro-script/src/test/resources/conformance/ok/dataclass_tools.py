# dataclasses: replace, is_dataclass, fields, asdict, astuple, field(default_factory=...), frozen instances.
import dataclasses
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    note: str = field(default="", repr=False, compare=False)


a = Item("pen", 1.5)
b = Item("ink")
a.tags.append("office")
print(a, b, b.tags is not a.tags, a == Item("pen", 1.5, ["office"]), a != b)
o = Order(1, [a, b], {"k": (a, 2)})
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(Order)], [f.name for f in fields(o)], fields(Item)[1].default, fields(Item)[2].default_factory)
print(is_dataclass(Item), is_dataclass(a), is_dataclass(1), is_dataclass(dict), dataclasses.is_dataclass(Order))
c = replace(a, price=2.0)
print(c, c is not a, a.price, replace(b), type(replace(b)).__name__)
try:
    replace(a, colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return replace(self, x=self.x + dx)


p = Point(1, 2)
print(p, p.moved(3), hash(p) == hash(Point(1, 2)), {p: "ok"}[Point(1, 2)], p == Point(1, 2))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(p)


@dataclass
class Unhashable:
    v: int


@dataclass(eq=False)
class Identity:
    v: int


print(Unhashable.__hash__, Identity(1) == Identity(1), hash(Identity(1)) is not None)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), max(Version(3), Version(2, 9)))


@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(WithPost(2, 3), replace(WithPost(2, 3), w=5))


@dataclass
class Child(Item):
    stock: int = 0


print(Child("x", 1.0, [], 5), [f.name for f in fields(Child)], asdict(Child("y")))
