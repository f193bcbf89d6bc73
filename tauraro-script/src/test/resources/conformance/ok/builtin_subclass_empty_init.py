# Subclasses of list, dict and set made with no arguments, and their base's __init__ called again
# with none (it empties a list and a set; it leaves a dict as it is).

class L(list):
    pass

class D(dict):
    pass

class S(set):
    pass

class F(frozenset):
    pass

for i in range(3):
    l = L()
    l.append(i)
    d = D()
    d[i] = i
    s = S()
    s.add(i)
    print(l, d, s, type(l).__name__, type(d).__name__, type(s).__name__)

print(L("ab"), D(a=1), D([(1, 2)], b=3), S("aa"), F(), F("ab") == frozenset("ab"), type(F()).__name__)

l = L([1, 2])
list.__init__(l)
print("list.__init__() on a full one:", l)
d = D(a=1)
dict.__init__(d)
print("dict.__init__() on a full one:", d)
s = S([1, 2])
set.__init__(s)
print("set.__init__() on a full one:", s)

class L2(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.made = len(self)

print(L2(), L2().made, L2([1, 2, 3]).made)

class Loud(list):
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

print(Loud(), Loud([4]))

for bad in (lambda: L(5), lambda: S(3), lambda: D(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
