# A class's __dict__ is a read-only mappingproxy: a live view in definition order.


class C:
    """doc"""
    x = 1

    def f(self):
        return "f"

    @classmethod
    def g(cls):
        return "g"


d = C.__dict__
print(type(d).__name__, type(d))
print([k for k in d if not k.startswith("__")], d["x"], d["f"](C()), "f" in d, "zz" in d)
print(d.get("x"), d.get("zz", "default"), len(d) == len(list(d.keys())))
print(type(d["g"]).__name__, d["__doc__"], d["__module__"])
print(sorted(k for k, v in d.items() if not k.startswith("__")))
for action in (lambda: d.__setitem__("y", 2), lambda: d.update(y=2)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
C.y = 2
print("y" in d, d["y"])  # live view
copy = dict(d)
copy["z"] = 3
print(type(copy).__name__, "z" in d, copy["x"])


class Sub(C):
    pass


print("x" in Sub.__dict__, [k for k in Sub.__dict__ if not k.startswith("__")])
print(repr(type("E", (), {"a": 1}).__dict__["a"]))
print(vars(C) is not None, vars(C)["x"])
