# assert (with and without message), del of names, items, slices and attributes.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    pass


o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)


def f():
    v = 1
    del v
    return "v" in locals()


print(f())
