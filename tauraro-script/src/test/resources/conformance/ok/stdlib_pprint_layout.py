# pprint layout rules beyond the basics: long strings cut into literals, cycles, reprs of
# subclasses, compact packing, mixed keys, depth limits and PrettyPrinter.format overrides
import io
import pprint
from collections import deque

text = "the quick brown fox jumps over the lazy dog\nand then it rests for a while in the sun "
pprint.pprint(text, width=24)
pprint.pprint({"story": text, "n": 1}, width=30)
pprint.pprint([text[:20], ("x" * 30,)], width=25)
cycle = [1, 2]
cycle.append(cycle)
mapping = {"list": cycle}
mapping["self"] = mapping
print(pprint.pformat(cycle).replace(str(id(cycle)), "ID"), pprint.saferepr(mapping).replace(str(id(mapping)), "ID").replace(str(id(cycle)), "ID"))
print(pprint.isreadable(cycle), pprint.isrecursive(mapping), pprint.isreadable({1: (2, 3.5, None, b"x")}))


class Loud(list):
    def __repr__(self):
        return "Loud!"


class Plain(list):
    pass


pprint.pprint([Loud(range(50)), Plain(range(30))], width=40)
pprint.pprint(list(range(60)), compact=True, width=30, indent=3)
pprint.pprint([["x" * 40], 1, 2, 3, ["y" * 5] * 8], compact=True, width=30)
pprint.pprint({3: "int", "a": "str", (1,): "tuple", None: "none"}, width=20)
pprint.pprint({frozenset({1}), frozenset({2, 3})}, width=10)
print(pprint.pformat([(1,), [(2,)]], depth=1), pprint.pformat({"a": {"b": {"c": 1}}}, depth=2))
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(list(range(12)), width=10, indent=0)
stream = io.StringIO()
pprint.pprint({"x": [1, 2]}, stream=stream, width=5)
print(repr(stream.getvalue()))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=20).pformat({"key": ["alpha", "beta", "gamma"]}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
