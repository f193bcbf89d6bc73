# typing.NamedTuple: the class statement makes a namedtuple (a tuple subclass) with the body's methods.
import json
from typing import NamedTuple


class P(NamedTuple):
    """A point."""
    x: int
    y: str = "a"

    def show(self):
        return f"{self.x}{self.y}"

    @property
    def doubled(self):
        return self.x * 2


p = P(1)
print(p, P.__doc__, P(2, "b").show(), p.doubled, P.__bases__, type(P), P.__annotations__, P._field_defaults)
print(P.__qualname__, P._fields, isinstance(p, tuple), p == (1, "a"), json.dumps(p), p._replace(y="z"), list(p))
try:
    class B(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class C(NamedTuple):
        x: int

        def _make(self):
            pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
