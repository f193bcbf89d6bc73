# functools and contextlib (beyond the module list).
import functools
from contextlib import contextmanager, suppress


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return f"{fn.__name__}{args} = {fn(*args)}"
    return wrapper


@trace
def mul(a, b):
    """Multiply."""
    return a * b


print(mul(6, 7), mul.__name__, mul.__doc__)


@functools.total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.rank


hand = [Card("K"), Card("3"), Card("A"), Card("T")]
print(sorted(hand), Card("A") >= Card("K"), Card("2") <= Card("2"))
print(sorted(["b", "a", "c"], key=functools.cmp_to_key(lambda x, y: (x < y) - (x > y))))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


@contextmanager
def tagged(t):
    print(f"<{t}>")
    try:
        yield t * 2
    finally:
        print(f"</{t}>")


with tagged("x") as val:
    print("inside", val)
try:
    with tagged("y"):
        raise ValueError("inside generator context")
except ValueError as e:
    print("propagated:", e)
with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
