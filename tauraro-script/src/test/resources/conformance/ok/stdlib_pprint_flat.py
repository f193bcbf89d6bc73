# pprint's one-line reprs: readable and recursive flags gathered from dict keys and values and
# sequence items, depth limits, subclasses of scalars and containers, iteration of list subclasses.
import pprint


class S(str):
    pass


class L(list):
    def __iter__(self):
        print("iterating L")
        return super().__iter__()


class R(list):
    def __repr__(self):
        return "R!"


class T(tuple):
    pass


class D(dict):
    pass


class Odd:
    def __repr__(self):
        return "<odd>"


class Plain:
    def __repr__(self):
        return "plain()"


cycle = [1]
cycle.append(cycle)
d = {"a": [1, 2]}
d["self"] = d
for obj in [
    ["x", 1, 2.5, None, True, b"b", bytearray(b"c"), 1j],
    {"k": Odd(), Odd(): "v", 2: [3, {4: 5}]},
    {"k": Plain(), (1, 2): frozenset()},
    (1,), T((1, 2)), T(), (), [], {}, D(a=1), D(),
    S("sub"), [S("a"), S("b")],
    L([1, 2]), R([1]), [R([2])],
    cycle, d, {"c": cycle},
    [[[[1]]]], {1: {2: {3: {}}}},
]:
    text = pprint.saferepr(obj).replace(str(id(cycle)), "ID").replace(str(id(d)), "ID")
    print(text, pprint.isreadable(obj), pprint.isrecursive(obj))

printer = pprint.PrettyPrinter(depth=2)
for obj in [[[[1]]], {1: {2: {3: 4}}}, [(1, [2, (3,)])], [[]], [cycle]]:
    print(printer.format(obj, {}, 2, 0), printer.pformat(obj))
print(pprint.pformat([("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 3, width=30))
print(pprint.pformat({"b": [Odd(), Plain()], "a": (S("x"),)}, width=20))
