# Calls that leave trailing defaults out or pass keywords by name, and the errors of bad ones.


def show(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b=2, c=3):
    return (a, b, c)


def g(a, b, *, c, d=4):
    return (a, b, c, d)


def p(a, b=2, /, c=3):
    return (a, b, c)


def acc(x, into=[]):
    into.append(x)
    return into


def closure(a, b=10):
    def inner():
        return a + b
    return inner()


class C:
    def m(self, a, b=2, *, c=3):
        return (a, b, c)

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y


for i in range(3):
    show("f(1)", lambda: f(1))
    show("f(1, 5)", lambda: f(1, 5))
    show("f(1, c=9)", lambda: f(1, c=9))
    show("f(c=9, a=1)", lambda: f(c=9, a=1))
    show("f(b=8, a=1, c=9)", lambda: f(b=8, a=1, c=9))
    show("g(1, 2, c=3)", lambda: g(1, 2, c=3))
    show("g(1, b=2, c=3, d=5)", lambda: g(1, b=2, c=3, d=5))
    show("p(1, c=5)", lambda: p(1, c=5))
    show("closure(1)", lambda: closure(1))
    show("closure(1, b=2)", lambda: closure(1, b=2))
    show("C().m(1)", lambda: C().m(1))
    show("C().m(1, c=0)", lambda: C().m(1, c=0))
    show("C(y=5)", lambda: vars(C(y=5)))
    show("C(1)", lambda: vars(C(1)))

# a mutable default is the same object on every call
show("acc 1", acc, 1)
show("acc 2", acc, 2)
show("acc own", acc, 3, [])
show("acc 4", acc, 4)
show("acc into=", lambda: acc(5, into=[0]))
show("acc defaults", lambda: acc.__defaults__)

# defaults replaced after the calls above
f.__defaults__ = (20, 30)
show("new defaults", f, 1)
f.__defaults__ = (30,)
show("fewer defaults", f, 1, 2)
show("fewer defaults missing", f, 1)
f.__defaults__ = None
show("no defaults", f, 1)
f.__defaults__ = (1, 2, 3, 4)
show("more defaults than parameters", f, 0)
g.__kwdefaults__ = {"c": "kwdefault"}
show("kwdefaults", g, 1, 2)
g.__kwdefaults__ = None
show("no kwdefaults", g, 1, 2)
f.__defaults__ = (2, 3)

# bad calls: wrong names, duplicates, missing and surplus arguments
show("unknown keyword", lambda: f(1, d=4))
show("duplicate", lambda: f(1, a=2))
show("duplicate b", lambda: f(1, 2, b=3))
show("missing", lambda: f(b=1))
show("missing two", lambda: g(c=1))
show("missing keyword-only", lambda: g(1, 2))
show("too many", lambda: f(1, 2, 3, 4))
show("too many with keyword", lambda: g(1, 2, 3, c=4))
show("positional-only by keyword", lambda: p(a=1))
show("positional-only by keyword 2", lambda: p(1, b=2))
show("method unknown keyword", lambda: C().m(1, z=2))
show("method duplicate self", lambda: C().m(1, self=2))
show("method missing", lambda: C().m())
show("method too many", lambda: C().m(1, 2, 3))
show("init unknown keyword", lambda: C(z=1))
show("init too many", lambda: C(1, 2, 3))
show("kwargs dict", lambda: f(**{"a": 1, "c": 5}))
show("kwargs dict bad", lambda: f(**{"a": 1, "e": 5}))
