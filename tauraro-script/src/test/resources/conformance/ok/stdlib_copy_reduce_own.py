# copy.copy and copy.deepcopy go through a class's own __reduce__ / __reduce_ex__, as CPython's do
import copy


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __reduce__(self):
        return (Point, (self.x + 1, self.tags))


p = Point(1, ["a"])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.x, d.x, c.tags is p.tags, d.tags is p.tags, d.tags == p.tags)


class WithState:
    def __init__(self):
        self.made = "init"

    def __reduce_ex__(self, protocol):
        return (WithState, (), {"v": [1, 2]})


w = WithState()
w.v = None
for x in (copy.copy(w), copy.deepcopy(w)):
    print(type(x).__name__, x.made, x.v)


class Setter:
    def __reduce__(self):
        return (Setter, (), ("state", 5))

    def __setstate__(self, state):
        self.state = state


print(copy.copy(Setter()).state, copy.deepcopy(Setter()).state)


class Items(list):
    def __reduce__(self):
        return (Items, (), None, iter([[1], [2]]))


e = copy.deepcopy(Items([7]))
print(type(e).__name__, e)


class Mapping(dict):
    def __reduce__(self):
        return (Mapping, (), None, None, iter([("k", [3])]))


print(type(copy.copy(Mapping(z=1))).__name__, copy.copy(Mapping(z=1)))


class Global:
    def __reduce__(self):
        return "g"


g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)

shared = [0]
pair = [Point(5, shared), Point(6, shared)]
pc = copy.deepcopy(pair)
print(pc[0].tags is pc[1].tags, pc[0].tags is shared, pc[0].x, pc[1].x)
