# f(*x) and f(**x) with values that cannot be unpacked, as CPython 3.11 names the callee in the
# TypeError; any mapping unpacks with **; repeated keywords and non-string keys are refused.
import collections
def h(*a, **k): return a, k
class M:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
class C:
    def m(self, *a, **k): pass
for call in [lambda: h(*5), lambda: h(**5), lambda: h(**{1: 2}), lambda: h(a=1, **{"a": 2}),
             lambda: print(*5), lambda: C().m(*5), lambda: C.m(C(), **4), lambda: len(*None),
             lambda: h(**M()), lambda: h(**collections.OrderedDict(b=1)), lambda: h(**{"a": 1}, **{"a": 2}),
             lambda: h(*(1, 2), **collections.ChainMap({"q": 1})), lambda: h(*range(3), *"ab"),
             lambda: (lambda: 0)(*3), lambda: max(*5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
for s in ["class A(*5): pass", "class A(**5): pass", "class A(**{1:2}): pass", "class A(x=1, **{'x': 2}): pass", "[].append(*5)", "{}.get(**{'a':1}, **{'a':2})", "int(**{1:2})", "import math; math.floor(*None)", "'a'.join(*3)", "h(**{'a': 1}, a=2)", "h(a=1, **{'a': 2})"]:
    try: exec(s)
    except TypeError as e: print(s, "->", e)
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class Bad:
    def __iter__(self): raise TypeError("mine")
print(h(*G()))
try:
    h(*Bad())
except TypeError as e:
    print(e)
