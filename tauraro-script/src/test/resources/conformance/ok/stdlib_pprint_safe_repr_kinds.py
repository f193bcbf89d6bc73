# PrettyPrinter's one-line reprs and layout for the exact containers it opens (taken without
# looking through the MRO) against subclasses, subclasses with their own __repr__ or __len__,
# tuples of one, empty containers, recursion markers found while laying out, the depth limit,
# and a pformat interrupted by an exception (the printer is reusable afterwards).
import pprint
from pprint import PrettyPrinter


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


class R(list):
    def __repr__(self):
        return "R!"


class Empty(list):
    def __len__(self):
        return 0


p = PrettyPrinter()
for obj in ([], (), {}, (1,), [1], {1: 2}, L([1, 2]), T((3,)), D(b=1, a=2), R([1]), L(), T(),
            Empty([1, 2]), [L([1]), (T(), D())], ((1,),), {"k": (1,)}):
    print(p._safe_repr(obj, {}, None, 0), pprint.isreadable(obj), pprint.saferepr(obj))
big = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 6
print(pprint.pformat(big))
print(pprint.pformat(big, width=30, indent=3))
print(pprint.pformat(big, compact=True, width=50))
print(pprint.pformat([L(range(30)), T(range(25)), D((i, str(i)) for i in range(12))], width=40))
print(pprint.pformat([R(range(30)), {3: "c", 1: "a", 2: "b"}], sort_dicts=False, width=20))
print(pprint.pformat(big, depth=2), pprint.pformat(big, depth=1))
loop = [1, 2, "x" * 70]
loop.append(loop)
inner = {"a": loop, "b": (loop,)}
text = pprint.pformat(inner)
print(text.replace(str(id(loop)), "ID"))
print(pprint.isrecursive(inner), pprint.isreadable(inner), pprint.saferepr(loop).replace(str(id(loop)), "ID"))


class Boom:
    def __repr__(self):
        raise RuntimeError("boom")


shared = [Boom(), "y" * 80]
try:
    p.pformat([shared, "z" * 80])
except RuntimeError as e:
    print("RuntimeError", e)
print(p.pformat([["a" * 40, "b" * 40], ("c" * 50, "d" * 50)]))
