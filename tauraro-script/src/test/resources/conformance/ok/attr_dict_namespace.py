# An instance's __dict__ is its namespace, both ways; vars(); __dict__ assignment; insertion order.


class C:
    cls_attr = "class"

    def method(self):
        return "method"


c = C()
c.__dict__["k"] = 5
print(c.k, hasattr(c, "k"))
c.z = 1
c.a = 2
print(c.__dict__, vars(c) is c.__dict__)
del c.__dict__["k"]
print(hasattr(c, "k"))
vars(c)["m"] = "via vars"
print(c.m)
c.__dict__.update(p=1, q=2)
print(c.p + c.q, list(c.__dict__))
c.__dict__["method"] = lambda: "instance wins"
print(c.method())
del c.method
print(c.method())
c.__dict__ = {"fresh": True}
print(c.fresh, hasattr(c, "z"), c.cls_attr)
try:
    c.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
c.__dict__.clear()
print(c.__dict__, getattr(c, "fresh", "gone"))
try:
    del c.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


r = Record(name="x", size=3)
r.size += 1
print(r, r.name)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), C.__dict__["cls_attr"])
print("method" in C.__dict__, type(C.__dict__["method"]).__name__)
