# obj.name(args): the method is found before the arguments are evaluated (CPython's LOAD_METHOD),
# so an argument that rebinds the name still calls the method found first; the next call sees the
# new binding. Instance attributes shadow class functions; __getattribute__ intercepts every call.
class A:
    def m(self, *args, **kw):
        return "A.m%r%r" % (args, sorted(kw.items()))

    def other(self, *args, **kw):
        return "other%r%r" % (args, sorted(kw.items()))


a = A()


def rebind_instance():
    a.m = a.other
    return 1


print(a.m(rebind_instance()))
print(a.m(2))
del a.m
print(a.m(3))


def rebind_class():
    A.m = A.other
    return 4


print(a.m(rebind_class(), k=5))
print(a.m(6, k=7))


class B:
    def m(self, x):
        return "B.m", x


b = B()
print(b.m(1))
b.m = lambda x: ("instance", x)
print(b.m(2))
del b.m
print(b.m(3))


class C:
    calls = 0

    def __getattribute__(self, name):
        C.calls += 1
        return object.__getattribute__(self, name)

    def m(self, x, y=10):
        return x + y


c = C()
print(c.m(1), c.m(1, 2), c.m(x=3), C.calls)


class D:
    def m(self, x):
        return x


try:
    D().m()
except TypeError as e:
    print(e)
try:
    D().m(1, 2)
except TypeError as e:
    print(e)
try:
    D().missing(print("argument evaluated"))
except AttributeError as e:
    print(e)


def gen():
    d = D()
    yield d.m((yield "first"))


g = gen()
print(next(g), g.send(42))
