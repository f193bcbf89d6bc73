# __eq__, __lt__ and friends, __hash__, sorting and dict keys with user objects.
import functools


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), min(vs), max(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) == "1")
print(Version(2) > Version(1), Version(1) < Version(2))
print(len({Version(1, 2), Version(1, 2), Version(3)}))
d = {Version(1): "one"}
print(d[Version(1)], Version(1) in d)


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


class NoEq:
    pass


a = NoEq()
print(a == a, a == NoEq(), a != NoEq())


class Unhashable:
    def __eq__(self, other):
        return True


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([NoEq(), NoEq()])
except TypeError as e:
    print("TypeError:", e)
print(sorted(["b", "a"], key=functools.cmp_to_key(lambda x, y: (x > y) - (x < y))))
