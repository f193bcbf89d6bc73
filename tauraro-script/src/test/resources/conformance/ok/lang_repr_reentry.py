# a container met again while its own repr is being made shows as [...] / {...}, also when it is
# reached through an object's __repr__ that calls repr() afresh (as CPython's Py_ReprEnter)


class Box:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Box(" + repr(self.inner) + ")"


items = []
items.append(Box(items))
print(items, repr(items))
d = {}
d["box"] = Box(d)
print(d)
t = ([],)
t[0].append(Box(t))
print(t)
s = []
s.append(Box([Box(s), 1]))
print(s, str(s), f"{s}")


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


shared = [1]
holder = [shared, Bad()]
try:
    repr(holder)
except ValueError as e:
    print("ValueError", e)
print(repr(holder[0]), repr([shared, shared]), repr({"a": shared, "b": shared}))
