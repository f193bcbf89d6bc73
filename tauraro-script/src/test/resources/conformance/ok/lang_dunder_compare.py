# __eq__, __lt__ and friends, __hash__, sorting and dict keys with user objects.
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
