import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "tauraro", "versions": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b") * 8}], "a": None},
        "tags": {30, 10, 20}, "frozen": frozenset({3, 1, 2}), "pair": (1,), "empty": [], "t": ()}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True, width=40)
pprint.pprint([["a" * 10] * 5] * 3, width=30)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), pprint.saferepr({"b": [1], "a": 2}))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
cyc = [1, 2]
cyc.append(cyc)
print(pprint.isrecursive(cyc), pprint.isrecursive([1]))
pprint.pp({"b": 1, "a": list(range(25))}, width=30)
pprint.pprint(OrderedDict((k, k * 2) for k in "abcdefghijklmnop"), width=40)
pprint.pprint(Counter("abracadabra" * 3), width=30)
pprint.pprint(defaultdict(list, {"k%d" % i: [i] * 3 for i in range(6)}), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(((1, 2, 3) * 10,), width=30)
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({"key": ["value", "other value", 12345]}))
