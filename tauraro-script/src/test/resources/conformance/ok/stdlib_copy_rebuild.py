# copy and deepcopy of instances rebuilt without __copy__/__deepcopy__: plain classes, dataclasses,
# slots (a string, inherited, with __dict__), subclasses of the built-in containers with attributes,
# __getstate__/__setstate__, shared and cyclic references through instances
import copy
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    tags: list


p = Point(1, [1, 2])
q = copy.deepcopy(p)
print(q, q.tags is p.tags, copy.copy(p).tags is p.tags)


class One:
    __slots__ = "only"


o = One()
o.only = [3]
print(copy.deepcopy(o).only, copy.deepcopy(o).only is o.only, copy.copy(o).only is o.only)


class Base:
    __slots__ = ("a",)


class Derived(Base):
    __slots__ = ("b", "__dict__")


d = Derived()
d.a = [1]
d.extra = {"k": [2]}
e = copy.deepcopy(d)
print(e.a, e.extra, hasattr(e, "b"), e.a is d.a, e.extra["k"] is d.extra["k"])


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class B(bytearray):
    pass


class T(tuple):
    pass


for value in (L([1, [2]]), D(a=[1]), S({1, 2}), B(b"xy"), T((1, [2]))):
    value_copy = copy.deepcopy(value)
    shallow = copy.copy(value)
    if not isinstance(value, T):
        value.note = "n"
        value_copy = copy.deepcopy(value)
        shallow = copy.copy(value)
        print(type(value_copy).__name__, sorted(value_copy) if isinstance(value, S) else value_copy,
              value_copy.note, type(shallow).__name__)
    else:
        print(type(value_copy).__name__, value_copy, value_copy[1] is value[1], shallow[1] is value[1])


class Stated:
    def __init__(self):
        self.items = [1]
        self.calls = 0

    def __getstate__(self):
        return {"items": self.items, "calls": self.calls + 1}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


s = copy.deepcopy(Stated())
print(sorted(vars(s).items()))


class OnlySet:
    def __init__(self):
        self.v = 1

    def __setstate__(self, state):
        self.seen = sorted(state)


print(vars(copy.copy(OnlySet())))


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a2 = copy.deepcopy(a)
print(a2.peer.peer is a2, a2.peer is not b, a2.peer.name)
shared = [0]
pair = [Point(1, shared), Point(2, shared)]
pair2 = copy.deepcopy(pair)
print(pair2[0].tags is pair2[1].tags, pair2[0].tags is shared)


class Empty:
    pass


print(type(copy.deepcopy(Empty())).__name__, vars(copy.copy(Empty())))
