import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(set(range(20))))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr(2 ** 200), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(frozenset("abcdefghij")), reprlib.repr({}), reprlib.repr(set()))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": {"b": {"c": 1}}}))


class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError


print(reprlib.repr(Big()), reprlib.repr(Broken()).startswith("<Broken instance at 0x"))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children


n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__)
