# vars(cls) and cls.__dict__ are read-only live views of the class namespace: a view taken before
# a change shows it, however many times it was read before.


class C:
    A = 1

    def f(self):
        return "f"


def own(view):
    return sorted(k for k in view if not k.startswith("__"))


v = vars(C)
d = C.__dict__
for _ in range(3):
    print(own(vars(C)), own(C.__dict__), type(v).__name__)
C.B = 2                      # added after the views were taken
print(own(v), own(d), v["B"], "B" in d, d.get("B"), len(v) == len(C.__dict__))
C.A = "changed"
del C.f
print(own(v), v["A"], "f" in d, d.get("f", "gone"), v == C.__dict__, dict(v) == dict(d))
setattr(C, "g", lambda self: "g")
print(own(vars(C)), C().g())
it = iter(v)
next(it)
C.during = 1
try:
    list(it)
except RuntimeError as e:
    print("RuntimeError:", e)


class D(C):
    pass


print(own(vars(D)), own(vars(C)), vars(D) == vars(C))
D.own = 1
print(own(vars(D)), "own" in vars(C))
print(sorted(k for k in vars(int) if k in ("real", "bit_length")), type(vars(int)).__name__)
