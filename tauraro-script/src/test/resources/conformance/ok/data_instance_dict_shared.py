# Instance __dict__ semantics: attributes and the dict are one object, in both directions.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


ps = [P(i, i + 1) for i in range(5)]
for p in ps:
    print(p.x, p.y, p.norm(), p.__dict__, list(vars(p)))

a, b = ps[0], ps[1]
d = a.__dict__
d["z"] = 7
print(a.z, hasattr(b, "z"), d, b.__dict__)
a.w = 8
print(d, "w" in d, d is a.__dict__, d is vars(a))
d["x"] = 100
print(a.x, a.norm(), b.x)
del d["x"]
print(hasattr(a, "x"), a.__dict__)
a.x = 5
print(list(a.__dict__), a.x)
del a.y
print(a.__dict__, hasattr(a, "y"))
try:
    del a.y
except AttributeError as e:
    print("AttributeError", e)
try:
    b.nope
except AttributeError as e:
    print("AttributeError", e)

# a different insertion order, then the same reads through one site
def make(order):
    o = P.__new__(P)
    for k in order:
        setattr(o, k, k.upper())
    return o

objs = [make("xy"), make("yx"), make("xyq"), make("q"), make(""), make("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")]
for o in objs:
    print(list(o.__dict__.items())[:6], len(o.__dict__), getattr(o, "x", None), getattr(o, "y", None))

def read_x(o):
    return o.x

for o in objs * 2:
    try:
        print(read_x(o), end=" ")
    except AttributeError as e:
        print("AE", end=" ")
print()

# instance attribute shadows a method, and stops shadowing it after del
m = P(1, 2)
for step in range(3):
    if step == 1:
        m.norm = lambda: "shadow"
    if step == 2:
        del m.norm
    print(m.norm())

# clear, update, popitem, setdefault, pop through __dict__
c = P(3, 4)
c.__dict__.update(k=1, x=9)
print(c.__dict__, c.x, c.k)
print(c.__dict__.popitem(), c.__dict__)
print(c.__dict__.setdefault("s", 10), c.s)
print(c.__dict__.pop("x"), hasattr(c, "x"))
c.__dict__.clear()
print(c.__dict__, hasattr(c, "y"))
c.x = 1
c.y = 2
print(c.__dict__, c.norm())

# many instances, same layout, independent values
many = [P(i, -i) for i in range(50)]
many[10].x = "ten"
print(sum(p.y for p in many), many[10].x, many[11].x, many[9].x)
print(many[3].__dict__ == {"x": 3, "y": -3}, many[3].__dict__ == many[4].__dict__)
cp = dict(many[3].__dict__)
cp["x"] = 0
print(cp, many[3].x)
print(sorted(many[3].__dict__.keys()), list(many[3].__dict__.values()), list(reversed(many[3].__dict__)))
