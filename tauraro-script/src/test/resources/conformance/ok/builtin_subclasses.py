# Subclasses of the built-in types behave as their base in every built-in operation.
import json


class D(dict):
    def __missing__(self, key):
        return "missing:" + str(key)


d = D(a=1)
d["b"] = 2
print(d, repr(d), type(d).__name__, isinstance(d, dict), len(d), d["a"], d["zz"], "zz" in d, list(d))
print(d.get("zz"), d.get("a"), sorted(d.items()), d == {"a": 1, "b": 2}, {"a": 1, "b": 2} == d, json.dumps(d))
d.extra = "attr"
print(d.extra, d.__dict__, vars(d), list(d.keys()), bool(D()), dict(d), {**d})


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 10)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


lg = Logged({"x": 1})
lg["y"] = 2
print(lg["y"], lg, lg.setdefault("z", 3), lg.get("y"), lg)
lg.update(w=4)
print(lg, dict.__getitem__(lg, "w"))
dict.__setitem__(lg, "v", 5)
print(lg, len(lg), sorted(lg))


class CountingDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = True

    def total(self):
        return sum(self.values())


cd = CountingDict([("a", 1), ("b", 2)], c=3)
print(cd, cd.total(), cd.created, cd.copy(), type(cd.copy()).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__ in ("D", "dict"))


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hello")
print(s, repr(s), type(s).__name__, len(s), s[1:3], s.shout(), s + " world", "say " + s, s * 2, s == "hello")
print(isinstance(s, str), f"{s:>8}|", "%s!" % s, s.split("l"), hash(s) == hash("hello"), {s: 1}["hello"])
print(",".join([S("a"), S("b")]), str(s), type(str(s)).__name__, s.upper(), type(s.upper()).__name__, "ell" in s)
print(json.dumps({s: s}), sorted([S("b"), S("a")]), int(S("42")) + 1, float(S("1.5")), list(S("ab")))


class Label(str):
    def __new__(cls, text, level=1):
        obj = super().__new__(cls, text.title())
        obj.level = level
        return obj


lb = Label("warning sign", level=3)
print(lb, lb.level, repr(lb), lb.startswith("Warning"), isinstance(lb, Label))


class I(int):
    def double(self):
        return I(self * 2)


i = I(21)
print(i, repr(i), i + 1, 1 + i, i * 2, -i, i.double(), type(i.double()).__name__, type(i + 1).__name__, i == 21)
print(isinstance(i, int), [10, 20, 30][I(1)], range(I(3)), hex(i), f"{i:05d}", "%d" % i, i // 4, i % 4, i < 22)
print(json.dumps([i]), hash(i) == hash(21), {21: "x"}[i], int(i), float(i), abs(I(-3)), bool(I(0)), str(i))


class Seconds(float):
    def __str__(self):
        return f"{float(self):.1f}s"


sec = Seconds(2.25)
print(sec, repr(sec), sec + 1, sec * 2, round(sec, 1), isinstance(sec, float), f"{sec:.3f}", str(sec), int(sec))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
x, y = p
print(p, repr(p), len(p), p[1], p[-1:], p.first, x, y, p == (1, 2), hash(p) == hash((1, 2)), list(p), p + (3,))
print(isinstance(p, tuple), type(p).__name__, sorted([Pair(2, 1), Pair(1, 2)]), json.dumps(p), p.count(1), {p: 1})


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


st = Stack([1, 2])
st.push(3)
st += [4]
print(st, repr(st), type(st).__name__, len(st), st.peek(), st[1:], type(st[1:]).__name__, st.pop(), st, 2 in st)
print(sorted(st, reverse=True), sum(st), st == [1, 2, 3], [1, 2, 3] == st, json.dumps(st), list(reversed(st)))
st.sort(reverse=True)
st[0] = 9
del st[1]
print(st, isinstance(st, list), st * 2, st + [0], max(st), Stack(), bool(Stack()))


class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)


tg = Tags(["a"])
tg.add_all("b", "c")
print(sorted(tg), len(tg), "b" in tg, isinstance(tg, set), sorted(tg | {"d"}), tg == {"a", "b", "c"}, type(tg).__name__)


class Frozen(frozenset):
    pass


fz = Frozen([1, 2])
print(sorted(fz), len(fz), 1 in fz, hash(fz) == hash(frozenset([1, 2])), {fz: "ok"}[frozenset([1, 2])])


class Blob(bytes):
    pass


bl = Blob(b"abc")
print(bl, len(bl), bl[0], bl[1:], bl.decode(), bl == b"abc", isinstance(bl, bytes), list(bl))


class Keyed(dict):
    def __init__(self):
        super().__init__()
        self["fixed"] = 1


print(Keyed(), hasattr([], "__len__"), [].__len__(), "ab".__len__(), dict.__getitem__({"k": 1}, "k"))
print(int.__add__(1, 2), str.__len__("abc"), list.__contains__([1], 1), (1).__add__(2), "x".__eq__("x"))
try:
    class Bad(range):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    {D(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    D()["q"] if False else Logged()["absent"]
except KeyError as e:
    print("KeyError:", e)


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate attribute " + key)
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()


try:
    class Twice(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


class Once(metaclass=StrictMeta):
    x = 1

    def method(self):
        return self.x


print(Once().method(), type(Once).__name__, "x" in Once.__dict__)
print(S("ell") in "hello", "h" in S("hi"), S("b") in {"b": 1}, S("x") in ["x"], I(2) in [1, 2], I(2) in range(3))
