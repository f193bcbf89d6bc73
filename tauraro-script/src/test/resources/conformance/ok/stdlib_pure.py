from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
from functools import reduce, partial, wraps, lru_cache
from dataclasses import dataclass, field, asdict
import itertools

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd, dict(dd), len(dd), "a" in dd, dd["z"], sorted(dd))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["zz"], c.total())
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.popleft(), d.pop(), list(d), len(d))
d2 = deque(range(5)); d2.rotate(2)
print(d2)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
x, y = p
print(p, p.x, p[1], x + y, p._asdict(), p._replace(x=10), p == (1, 2), Point._fields)
od = OrderedDict(a=1, b=2)
od["c"] = 3
od.move_to_end("a")
print(od, list(od))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
inc = partial(lambda a, b: a + b, 10)
print(inc(5))
def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        return ("logged", fn(*args))
    return wrapper
@logged
def square(v):
    return v * v
print(square(4), square.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
i = Item("pen", 1.5)
i.tags.append("office")
print(i, Item("cup"), i == Item("pen", 1.5, ["office"]), asdict(i))
print(sorted([Version(2, 1), Version(1, 9), Version(2, 0)]), Version(1) < Version(1, 1))
try:
    Item()
except TypeError as e:
    print(e)
print(list(itertools.islice(itertools.count(5, 5), 4)), list(itertools.chain([1], (2, 3))))
print(list(itertools.product("ab", [1, 2])), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.combinations("abcd", 2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest([1, 2], "a", fillvalue="-")))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.pairwise([1, 2, 3])))
