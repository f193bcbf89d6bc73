# x is None / x is not None compile to one reference compare: every kind of operand (locals,
# attributes, calls, generator sends, objects with __eq__) must still answer as the identity test.


class Eq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


class Node:
    def __init__(self, value, link=None):
        self.value = value
        self.link = link


def walk(n):
    out = []
    while n is not None:
        out.append(n.value)
        n = n.link
    return out


def none_checks(values):
    return [(v is None, v is not None) for v in values]


zero, false, empty, nothing = 0, False, "", None
print(none_checks([zero, false, empty, nothing, [], (), Eq(), float("nan")]))
print(Eq() == None, Eq() != None, Eq() is None, Eq() is not None)
print(walk(Node(1, Node(2, Node(3)))), walk(None))

n = Node(None)
print(n.value is None, n.link is not None, walk(n))
print((lambda: None)() is None, print is not None, not (nothing is None))


def unbound():
    if later is None:
        pass
    later = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def gen():
    first = (yield "a") is None
    second = (yield "b") is not None
    yield first, second
    while (yield "c") is not None:
        print("looping")


g = gen()
print(next(g), g.send(None), g.send(1))
print(next(g), g.send(2))
try:
    g.send(None)
except StopIteration:
    print("stopped")

x = None
print([x is None for x in (None, 1)], x is None, None is None, None is not None)
print(sum(1 for v in [None, 0, None, []] if v is None))
