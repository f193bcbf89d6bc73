# pprint sorts a dict's entries by key, falling back to type name and identity for keys that do not
# compare; plain dicts of int or str keys, dicts of mixed or other keys, and dict subclasses
import enum
import pprint

print(pprint.pformat({7: 8, 5: 6, -1: 0, 10**20: 1, 3: {2: "b", 1: "a"}}))
print(pprint.pformat({"b": 2, "a": 1, "": 0, "B": 3, "é": 4}))
print(pprint.pformat({True: "t", 0: "zero", 2: "two"}))
print(pprint.pformat({2.5: "f", 1: "i", float("inf"): "inf"}))
print(pprint.pformat({1: "int", "1": "str", (1,): "tuple", None: "none"}) .count("\n"))
print(pprint.pformat({"x": 1, 2: "y"}).count(":"))


class Color(enum.IntEnum):
    RED = 2
    BLUE = 1


print(pprint.pformat({Color.RED: "r", Color.BLUE: "b", 0: "zero"}))


class Twice(dict):
    """A dict subclass whose items() lists each key twice, with values that sort the other way."""

    def items(self):
        return [(k, -v) for k, v in dict.items(self)] + list(dict.items(self))


print(pprint.pformat(Twice({2: 1, 1: 2})))
wide = {i: "value %d" % i for i in (5, 3, 9, 1)}
print(pprint.pformat(wide, width=20))
print(pprint.pformat({"k%d" % i: [i] * 3 for i in (3, 1, 2)}, width=15))
print(pprint.pformat({1: 1, 2: 2}, sort_dicts=False), pprint.pformat({2: 1, 1: 2}, sort_dicts=False))
printable = [("string", (1, 2), [3, 4], {7: 8, 5: 6})] * 3
print(pprint.pformat(printable))
