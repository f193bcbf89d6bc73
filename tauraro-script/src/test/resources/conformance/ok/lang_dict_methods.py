# dict methods and insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), "a" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("z", "none"), d)
d.setdefault("x", [])
d.setdefault("x", [1]).append(5)
print(d)
d.update({"y": 1}, z=2)
d.update([("w", 0)])
print(d)
print(d.popitem(), d)
del d["b"]
print(d)
for k, v in d.items():
    print(k, "->", v)
e = dict(a=1, b=2)
f = dict([("x", 1), ("y", 2)])
g = dict.fromkeys(["p", "q"], 0)
print(e, f, g, dict(zip("ab", [1, 2])))
print(e == {"b": 2, "a": 1}, e | {"c": 3}, {**e, "a": 9})
copy = e.copy()
copy["a"] = 100
print(e, copy)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    print(d["missing"])
except KeyError as ex:
    print("KeyError:", ex)
keys = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(keys)
e.clear()
print(e, bool(e), bool(d))
