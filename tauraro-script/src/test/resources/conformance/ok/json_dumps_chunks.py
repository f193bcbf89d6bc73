# json.dumps output longer than the encoder's internal piece (64 Ki chars), with characters beyond
# Latin-1 only in a late piece, escapes at piece edges, sort_keys on many dicts, and cycles found
# shallow and deeper than the encoder's small path array.
import json

rows = [{"id": i, "name": "row%d" % i, "text": "tab\there \"q\" back\\slash", "f": i / 7} for i in range(3000)]
rows.append({"late": "東京 🎉 é", "ctl": "\x00\x1f\x7f"})
for kw in ({}, {"ensure_ascii": False}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}):
    out = json.dumps(rows, **kw)
    print(len(out), out[:60], out[-90:])
    assert json.loads(out) == rows

big = "x" * 70000 + "\u2603" + "y" * 70000
out = json.dumps({"s": big, "t": [big, big]}, ensure_ascii=False)
print(len(out), out.count("\u2603"), json.loads(out)["t"][1] == big)
out = json.dumps({"s": big})
print(len(out), out[70000:70020])

deep = []
node = deep
for _ in range(40):
    child = []
    node.append(child)
    node = child
print(json.dumps(deep)[:50])
node.append(deep)
try:
    json.dumps(deep)
except ValueError as e:
    print("ValueError:", e)
shallow = {"a": [1, 2]}
shallow["a"].append(shallow)
try:
    json.dumps(shallow)
except ValueError as e:
    print("ValueError:", e)
same = [1]
print(json.dumps([same, same, {"x": same}]))


class Obj:
    pass


o = Obj()
print(json.dumps([o, o], default=lambda v: {"obj": 1}))
try:
    json.dumps([o], default=lambda v: v)
except ValueError as e:
    print("ValueError:", e)


class D(dict):
    pass


print(json.dumps(D(b=1, a=2), sort_keys=True), json.dumps({3: "x", 1: "y", 2.5: "z"}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": 1, (1, 2): 2, "z": 3}, skipkeys=True))

import types

proxy = types.MappingProxyType({"a": 1})
try:
    json.dumps(proxy)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"p": proxy}, default=dict))
