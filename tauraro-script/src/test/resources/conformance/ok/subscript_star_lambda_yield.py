# starred items in subscripts (PEP 646 syntax) and yield inside lambda


class Show:
    def __getitem__(self, key):
        return key


s = Show()
rest = (2, 3)
print(s[1, *rest], s[*rest], s[*rest, 4], s[*[], 1], s[1:2, *rest])
d = {(1, 2, 3): "x"}
print(d[1, *rest])

gen = lambda: (yield 1)
g = gen()
print(type(g).__name__, next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
print(list((lambda: (yield from range(3)))()))
collect = lambda: [(yield), (yield)]
c = collect()
next(c)
c.send("a")
try:
    c.send("b")
except StopIteration as e:
    print(e.value)
