# enum: the errors CPython raises for bad lookups, reassignments and bad class definitions
from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("value", lambda: Color(7))
attempt("name", lambda: Color["PURPLE"])
attempt("str value", lambda: Color("1"))
attempt("no value", lambda: Color())
attempt("order", lambda: Color.RED < Color.GREEN)
attempt("int in", lambda: 1 in IntEnum("Small", "a b"))


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


def set_value():
    Color.RED.value = 5


def set_name():
    Color.RED.name = "x"


attempt("reassign", reassign)
attempt("delete", delete)
attempt("set value", set_value)
attempt("set name", set_name)
attempt("missing", lambda: IntEnum("Small", "a b")(5))


def duplicate():
    @unique
    class Twice(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def redefine():
    class Again(Enum):
        A = 1
        A = 2


def extend():
    class More(Color):
        BLUE = 3


def bad_missing():
    class Odd(Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            return 42

    return Odd(2)


attempt("unique", duplicate)
attempt("redefine", redefine)
attempt("extend", extend)
attempt("bad _missing_", bad_missing)


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Child(Base):
    X = 1


print(Child.X.hello(), list(Child))
Color.extra = "allowed"
print(Color.extra)
