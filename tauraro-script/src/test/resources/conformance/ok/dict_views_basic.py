# dict.keys(), values() and items() are live views: dict_keys / dict_values / dict_items.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(len(k), len(v), len(it), bool(k), bool({}.keys()), bool({}.items()))
d["c"] = 3
print(k, v, it)  # they follow the dict
del d["a"]
print(list(k), list(v), list(it))
print(tuple(k), sorted(v, reverse=True), sorted(it))
print("b" in k, "z" in k, 2 in v, 99 in v, ("b", 2) in it, ("b", 3) in it, ("z", 2) in it)
print(["b", 2] in it, ("b",) in it, "b" in it, ("b", 2, 3) in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed(d)))
x, y = d.keys()
print(x, y)
(p, q), _ = d.items()
print(p, q)
print(*d.values(), sep="|")
print(k.mapping, type(k.mapping).__name__, k.mapping["b"], it.mapping is v.mapping)
print(str(k), repr(it), f"{v}")
print(d.keys() == d.keys(), d.items() == d.items(), d.values() == d.values(), v == v)
print(d.keys() == {"b", "c"}, {"b", "c"} == d.keys(), d.keys() != {"b"}, d.keys() == ["b", "c"])
print(d.items() == {("b", 2), ("c", 3)}, d.items() == {("b", 2), ("c", 4)})
try:
    hash(d.keys())
except TypeError as e:
    print("TypeError:", e)
try:
    hash(d.items())
except TypeError as e:
    print("TypeError:", e)
print(type(hash(d.values())).__name__)
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    {}.keys(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [] in d.keys()
except TypeError as e:
    print("TypeError:", e)
try:
    ([], 1) in d.items()
except TypeError as e:
    print("TypeError:", e)
print([] in d.values())
nan = float("nan")
n = {"x": nan}
print(nan in n.values(), ("x", nan) in n.items(), float("nan") in n.values())
# nested in itself
r = {}
r["self"] = r.values()
print(r)
print(r["self"])
r2 = {}
r2["k"] = r2.keys()
print(r2)
# views of views
print(dict(d.items()), dict(zip(d.keys(), d.values())), set(d.keys()) == set(d))
print(list(enumerate(d.items())), max(d.values()), sum(d.values()), min(d.keys()))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e.keys())))
print(isinstance(d.keys(), type({}.keys())), type(d.keys()) is type({1: 2}.keys()))
print(dict.keys(d), dict.items(d))
try:
    dict.keys(5)
except TypeError as err:
    print("TypeError:", err)
print(d.keys().isdisjoint(["x", "y"]), d.keys().isdisjoint({"b"}), d.items().isdisjoint([("c", 3)]))
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(hasattr(d.values(), "isdisjoint"))
it2 = iter(d.items())
print(next(it2), next(it2), next(it2, "done"))
print(k.__len__(), k.__contains__("b"), list(k.__iter__()), list(k.__reversed__()))
