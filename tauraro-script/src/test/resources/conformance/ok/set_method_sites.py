# One method-call site reached by sets, frozensets and other objects: what it calls, and the errors
# (their messages and that a missing method fails before the arguments are evaluated).

def arg(x):
    print("argument evaluated", x)
    return x

def call_add(s, x):
    return s.add(arg(x))

class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return "Bag.add"

s = set()
for i in range(5):
    call_add(s, i % 3)
print(sorted(s))
b = Bag()
print(call_add(b, 7), b.items)
print(call_add(s, 9), sorted(s))
try:
    call_add(frozenset({1}), 2)   # frozenset has no add: fails before the argument
except AttributeError as e:
    print("AttributeError:", e)
print(call_add(s, 10), len(s))

class MySet(set):
    def add(self, x):
        set.add(self, x * 10)
        return "MySet.add"

m = MySet()
print(call_add(m, 4), sorted(m))

def union(s, *others):
    return s.union(*others)

print(sorted(union({1}, [2], (3,))), sorted(union(frozenset({5}), {6})), type(union(frozenset(), set())).__name__)
print(sorted(union({1})), union({1}) is not None)

def bad(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

bad(lambda: s.add())
bad(lambda: s.add(1, 2))
bad(lambda: s.add(x=1))
bad(lambda: s.pop(1))
bad(lambda: frozenset().copy(1))
bad(lambda: s.discard())
bad(lambda: frozenset().isdisjoint())
print(s.pop() in {0, 1, 2, 9, 10}, s.copy() == s, s.isdisjoint([100]), s.issubset(range(20)))
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)

def frob(s):
    return s.frobnicate(arg(1))

try:
    frob(set())
except AttributeError as e:
    print("AttributeError:", e)
