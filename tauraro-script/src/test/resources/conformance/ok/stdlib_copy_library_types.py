# copy of the library's and built-in types that copy through their reductions
import copy, collections, enum, dataclasses, fractions, datetime, decimal
P = collections.namedtuple("P", "x y")
print(copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.deepcopy(collections.deque([1, [2]], maxlen=5)))
print(copy.deepcopy(collections.Counter("abca")), copy.deepcopy(collections.defaultdict(list, a=[1])))
class E(enum.Enum):
    A = 1
print(copy.deepcopy(E.A) is E.A, copy.copy(E.A))
print(copy.deepcopy(fractions.Fraction(1, 3)), copy.deepcopy(datetime.date(2020, 1, 2)), copy.deepcopy(decimal.Decimal("1.5")))
print(copy.deepcopy(datetime.datetime(2020, 1, 2, 3, 4)), copy.deepcopy(datetime.timedelta(3)))
print(copy.deepcopy(ValueError("x", 1)).args, copy.deepcopy(bytearray(b"ab")), copy.deepcopy(slice(1, 2)))
import re
print(copy.deepcopy(re.compile("a+")).pattern)
import types, functools, array
ns = types.SimpleNamespace(a=[1])
print(copy.deepcopy(ns))
p = functools.partial(max, 1)
print(copy.deepcopy(p)(5), copy.copy(p).args)
print(copy.deepcopy(array.array("i", [1, 2])))
print(copy.deepcopy(E))
