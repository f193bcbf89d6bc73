# The built-in iterators' __length_hint__ (items left), as operator.length_hint and list() read it
import operator


def show(label, it, steps=1):
    before = it.__length_hint__()
    for _ in range(steps):
        next(it, None)
    print(label, type(it).__name__, before, it.__length_hint__(), operator.length_hint(it),
          type(it).__length_hint__(it))


show("list", iter([1, 2, 3]))
show("tuple", iter((1, 2)), 3)
show("str", iter("héllo\U0001F600"), 2)
show("range", iter(range(0, 10, 3)))
show("set", iter({1, 2, 3}))
show("dict", iter({"a": 1, "b": 2}))
show("values", iter({"a": 1}.values()))
show("items", iter({"a": 1, "b": 2}.items()), 5)
show("reversed dict", reversed({"a": 1, "b": 2}))
show("reversed list", reversed([1, 2, 3]))
show("reversed tuple", reversed((1, 2, 3)), 2)
show("bytes", iter(b"abc"))
show("bytearray", iter(bytearray(b"ab")))

# a container changing size: the hint drops to 0, as CPython's
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
print("set changed", it.__length_hint__())
d = {"a": 1}
it = iter(d)
d["b"] = 2
print("dict changed", it.__length_hint__())
lst = [1, 2, 3]
it = iter(lst)
lst.append(4)
print("list grows", it.__length_hint__())
del lst[:]
print("list emptied", it.__length_hint__())
it = reversed(lst)
print("reversed empty", it.__length_hint__())


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i


it = reversed(Seq())
next(it)
print("reversed seq", it.__length_hint__(), list(it), it.__length_hint__())

# iterators without a hint
gen = (x for x in range(3))
print(hasattr(gen, "__length_hint__"), hasattr(map(str, [1]), "__length_hint__"),
      hasattr(enumerate([1]), "__length_hint__"), operator.length_hint(gen, 7))
try:
    type(iter([])).__length_hint__(iter(()))
except TypeError as e:
    print("TypeError:", e)
