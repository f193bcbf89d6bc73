# The built-in types' constructors and __init__ check their arguments as CPython's, and list/set/dict.__init__
# called again refill (a list or set) or update (a dict) the value, a subclass instance's too.
for f in (lambda: list(1, 2), lambda: list(x=1), lambda: set(1, 2), lambda: set(x=1), lambda: dict(1, 2), lambda: frozenset(x=1), lambda: tuple(1,2), lambda: bytearray(x=1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for src in ["bool(1, 2)", "bool(x=1)", "staticmethod()", "classmethod(1, 2)", "slice()", "slice(1, 2, 3, 4)", "slice(x=1)", "staticmethod(f=1)", "reversed()", "range()", "tuple(x=1)", "list([1], [2])", "set([1], x=1)"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, "TypeError", e)
class L(list): pass
class S(set): pass
class D(dict): pass
for make in (lambda: L(x=1), lambda: S(x=1), lambda: L(1, 2), lambda: S(1, 2), lambda: D(1, 2), lambda: L([1], x=2)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)
l = L([1, 2]); l.__init__(); print(l)
l = L([1, 2]); l.__init__([3]); print(l)
l = L([1, 2]); list.__init__(l, [4]); print(l)
s = S({1}); s.__init__(); print(s)
d = D(a=1); d.__init__(); print(d)
d = D(a=1); d.__init__(b=2); print(d)
print(list.__init__([5, 6]), (lambda x: (x.__init__(), x))([7, 8])[1])
