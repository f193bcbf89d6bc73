# enum: Enum members, lookups by value and name, aliases, reprs, iteration and the class protocol
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1   # an alias of RED


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"[{Color.RED:>12}]")
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), Color.RED in Color)
print(Color(2), Color["BLUE"], Color(Color.GREEN))
print(Color.__members__)
print(repr(Color), str(Color), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(reversed(Color)))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print({Color.RED: "r"}[Color.CRIMSON], sorted(m.name for m in Color))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color._member_names_, Color._value2member_map_)
print(dir(Color))
print(dir(Color.RED))
print(type(Color), Color.__class__, bool(Color))


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f"{Number.ONE:03d}")
print(Number.ONE + 1, Number.ONE == 1, Number.ONE < Number.TWO, sorted([Number.TWO, Number.ONE]))
print(hash(Number.ONE) == hash(1), {Number.ONE: "x"}.get(1), {1: "y"}.get(Number.TWO, "-"))
print(Number(2), Number["TWO"], int(Number.TWO), [n * 10 for n in Number])


class Shade(StrEnum):
    LIGHT = auto()
    DARK = "very dark"


print(repr(Shade.LIGHT), str(Shade.LIGHT), Shade.LIGHT == "light", Shade.DARK.upper(), f"<{Shade.DARK}>")


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(s.name, s.value) for s in Step])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    def describe(self):
        return "%s is %s" % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.HAPPY

    @staticmethod
    def options():
        return "/".join(m.value for m in Mood)


print(Mood.SAD.describe(), Mood.default(), Mood.options())


class Loose(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Loose("A"), Loose("b"))


class Mixed(int, Enum):
    A = 1


class Text(str, Enum):
    A = "a"


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + 1)
print(repr(Text.A), str(Text.A), f"{Text.A}", Text.A + "b")


class Custom(Enum):
    A = 1

    def __str__(self):
        return "custom-" + self.name


print(str(Custom.A), format(Custom.A), repr(Custom.A))


class Priority(Enum):
    LOW = 1
    HIGH = 2

    def __lt__(self, other):
        return self.value < other.value


print(sorted([Priority.HIGH, Priority.LOW]))


class Ignored(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1


print(list(Ignored), hasattr(Ignored, "tmp"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pairs = Enum("Pairs", [("x", 10), ("y", 20)])
print(list(Pairs), Pairs(20))
Mapped = IntEnum("Mapped", {"low": 1, "high": 5})
print(list(Mapped), Mapped.high + 1)


@unique
class Distinct(Enum):
    A = 1
    B = 2


print(list(Distinct))
print(Enum.__members__, repr(Enum), len(Enum))
