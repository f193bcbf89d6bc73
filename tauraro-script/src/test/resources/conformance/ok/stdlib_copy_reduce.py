# copy through reductions: __reduce__, __reduce_ex__, __getnewargs__/__getnewargs_ex__,
# __getstate__/__setstate__, slots, copyreg.pickle registrations, list/dict items, errors
import copy
import copyreg


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        print("Reduced.__reduce__")
        return (Reduced, (self.a,), {"extra": [1, 2]})


r = copy.deepcopy(Reduced([5]))
print(type(r).__name__, r.a, r.extra)
s = copy.copy(Reduced([6]))
print(s.a, s.extra)


class ReducedEx:
    def __reduce_ex__(self, proto):
        print("ReducedEx.__reduce_ex__", proto)
        return (ReducedEx, ())


print(type(copy.deepcopy(ReducedEx())).__name__, type(copy.copy(ReducedEx())).__name__)


class SuperReduce:
    def __init__(self):
        self.x = [1, 2]

    def __reduce_ex__(self, proto):
        rv = super().__reduce_ex__(proto)
        print("super:", rv[0].__name__, rv[1][0].__name__, rv[2], rv[3], rv[4])
        return rv


y = copy.deepcopy(SuperReduce())
print(y.x)


class NewArgs:
    def __new__(cls, n):
        print("NewArgs.__new__", n)
        self = super().__new__(cls)
        self.n = n
        return self

    def __init__(self, n):
        print("NewArgs.__init__ (not called by copy)")

    def __getnewargs__(self):
        return (self.n + 1,)


na = copy.deepcopy(NewArgs(1))
print(na.n)


class NewArgsEx:
    def __new__(cls, *, k):
        self = super().__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return (), {"k": self.k * 10}


print(copy.copy(NewArgsEx(k=2)).k)
print(NewArgsEx(k=3).__reduce_ex__(4)[0].__name__)


class State:
    def __init__(self):
        self.items = [1, [2]]

    def __getstate__(self):
        print("__getstate__")
        return {"items": self.items, "note": "from getstate"}

    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)


st = State()
c = copy.deepcopy(st)
print(c.items, c.note, c.items[1] is st.items[1])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = Slotted()
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, "b"))
print(sl.__reduce_ex__(4)[2])


class Plain:
    pass


p = Plain()
p.x = 1
rv = p.__reduce_ex__(4)
print(rv[0] is copyreg.__newobj__, rv[1] == (Plain,), rv[2], rv[3], rv[4])
print(Plain().__reduce_ex__(4)[2], p.__getstate__(), Plain().__getstate__())
print(p.__reduce_ex__(2)[0].__name__, p.__reduce__()[0].__name__)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])


class MyDict(dict):
    pass


md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)


class MySet(set):
    pass


print(type(copy.deepcopy(MySet([1]))).__name__, copy.deepcopy({1, 2}), copy.deepcopy(frozenset([3])))


class MyInt(int):
    pass


mi = copy.deepcopy(MyInt(7))
print(type(mi).__name__, mi)


class Point:
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    print("reduce_point")
    return Point, (p.x * 2,)


copyreg.pickle(Point, reduce_point)
print(copy.deepcopy(Point(4)).x, copy.copy(Point(5)).x)
del copyreg.dispatch_table[Point]
print(copy.deepcopy(Point(4)).x)
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print("TypeError:", e)


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.deepcopy(n) is n, copy.copy(n) is n)

# a cycle through an instance's state
a = Plain()
a.me = a
a.items = [a]
b = copy.deepcopy(a)
print(b.me is b, b.items[0] is b, b is not a)


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print("TypeError:", e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


for f in (copy.copy, copy.deepcopy):
    try:
        f(NoReduce())
    except copy.Error as e:
        print("Error:", e)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadNewArgs())
except TypeError as e:
    print("TypeError:", e)


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), {}, 1)


try:
    copy.copy(BadNewArgsEx())
except ValueError as e:
    print("ValueError:", e)

# the memo: a pre-seeded entry wins, and the originals are kept alive in it
memo = {}
lst = [1, (2, 3)]
out = copy.deepcopy([lst, lst], memo)
print(out[0] is out[1], out[0] is not lst, id(lst) in memo, memo[id(memo)][0] is lst)
print(copy.deepcopy([1, 2], {id(2): 0}) if False else copy.deepcopy((5, "x"), {}))
t = ([],)
print(copy.deepcopy(t) is not t, copy.deepcopy((1, "a")) == (1, "a"))
