# yield from chains: values, send, throw, close, return values and exceptions passing through
# every level of nested generators, and objects whose __iter__ is a generator method.
import sys
import traceback


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", got)


def middle(n):
    r = yield from leaf(n)
    yield ("middle saw", r)
    return "middle done"


def top(n):
    r = yield from middle(n)
    return ("top", r)


g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print("stop", e.value)
print(list(top(4)))


# an exception raised at the bottom, caught at the middle level
def failing():
    yield 1
    yield 2
    raise KeyError("deep")


def catcher():
    try:
        yield from failing()
    except KeyError as e:
        yield ("caught", str(e))
    yield "after"


def outer():
    yield from catcher()
    yield "outer end"


print(list(outer()))


# uncaught: the traceback lists every level
def chain(k):
    if k == 0:
        yield "bottom"
        raise ValueError("boom")
    yield from chain(k - 1)


try:
    for v in chain(3):
        print(v)
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


# throw() and close() reach the innermost generator
def noisy(name):
    try:
        while True:
            try:
                yield name
            except ValueError as e:
                print(name, "got", e)
    finally:
        print(name, "closed")


def wrap():
    yield from noisy("inner")


w = wrap()
print(next(w))
print(w.throw(ValueError("x")))
print(next(w))
w.close()


# gi_running of every level is set while the innermost runs; re-entering raises
holder = {}


def probe():
    print("outer running:", holder["o"].gi_running)
    try:
        next(holder["o"])
    except ValueError as e:
        print("ValueError:", e)
    yield "p1"
    yield "p2"


def probe_outer():
    yield from probe()


holder["o"] = probe_outer()
print(list(holder["o"]))


# the frame stack seen from the innermost level
def frames():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    yield names


def via1():
    yield from frames()


def via2():
    yield from via1()


print(next(via2()))
g = via2()
print(next(g))


# __iter__ as a generator method: yield from uses that generator (send and throw reach it)
class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for it in self.items:
            got = yield it
            if got is not None:
                print("box got", got)


def over_box():
    yield from Box([1, 2, 3])


b = over_box()
print(next(b))
print(b.send("hello"))
try:
    b.throw(IndexError("into box"))
except IndexError as e:
    print("raised out:", e)


# a tree walked by recursive generators, as pyperformance's generators benchmark
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(r):
    if not r:
        return None
    i = len(r) // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))


t = tree(range(50))
print(list(t) == list(range(50)), sum(t))


# the delegate exhausted by someone else while the outer one is paused
def counted():
    yield 1
    yield 2
    return "ret"


inner = counted()


def uses_inner():
    r = yield from inner
    yield ("result", r)


u = uses_inner()
print(next(u))
print(list(inner))
print(list(u))


# StopIteration raised inside the innermost one becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("x")


def over_bad():
    yield from bad()


try:
    print(list(over_bad()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# a delegate that raises when sent a value it cannot take; the outer catches it and goes on
def picky():
    while True:
        v = yield
        if v == "bad":
            raise TypeError("bad value")


def tolerant():
    for _ in range(2):
        try:
            yield from picky()
        except TypeError as e:
            yield "recovered: " + str(e)


t = tolerant()
next(t)
print(t.send("ok"))
print(t.send("bad"))
print(next(t))
print(t.send("bad"))
