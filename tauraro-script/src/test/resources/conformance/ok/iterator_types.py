# The iterators of the built-in types carry CPython's type names (addresses left out of the output).
import collections.abc

def show(label, it):
    t = type(it)
    r = repr(it)
    print(label, t, t.__name__, t.__module__, r[:r.index(" at 0x")] + ">")

show("list", iter([1]))
show("tuple", iter((1,)))
show("str ascii", iter("ab"))
show("str", iter("é"))
show("range", iter(range(3)))
show("dict", iter({1: 2}))
show("dict keys", iter({}.keys()))
show("dict values", iter({}.values()))
show("dict items", iter({}.items()))
show("reversed dict", reversed({1: 2}))
show("reversed values", reversed({1: 2}.values()))
show("reversed items", reversed({1: 2}.items()))
show("set", iter({1}))
show("frozenset", iter(frozenset()))
show("bytes", iter(b"x"))
show("bytearray", iter(bytearray(b"x")))
show("reversed list", reversed([1]))
show("reversed range", reversed(range(2)))
show("reversed tuple", reversed((1, 2)))
show("reversed str", reversed("ab"))
show("callable", iter(lambda: 1, 1))
show("enumerate", enumerate([]))
show("zip", zip())
show("map", map(str, []))
show("filter", filter(None, []))
show("generator", (x for x in []))

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
show("sequence protocol", iter(Seq()))
show("reversed sequence", reversed(Seq()))
print(list(iter(Seq())), list(reversed(Seq())))

# the classes themselves
print(enumerate, zip, map, filter, reversed)
print(type(enumerate("ab")) is enumerate, isinstance(zip(), zip), isinstance(map(len, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed((1,)), reversed))
print(type(iter([])) is type(iter([1, 2])), type(iter([])) is type(iter(())))
it = iter([1, 2])
print(isinstance(it, type(iter([]))), isinstance(it, collections.abc.Iterator))
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])), list(reversed(range(3))))
for t in (type(iter([])), type(iter({})), type(iter(range(1)))):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: enumerate(), lambda: filter(None), lambda: map(len), lambda: reversed(), lambda: reversed(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
