# A method call whose arguments suspend (yield, await) looks the method up first, as CPython does:
# a __getattr__ or a property runs before any argument is evaluated.
class A:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a, **k: print("called", name, a, k)


class B:
    @property
    def m(self):
        print("property m")
        return lambda *a: print("m called", a)


class C:
    def __init__(self):
        self.log = []

    def add(self, *a):
        self.log.append(a)
        return len(self.log)


def g():
    a = A()
    a.foo((yield 1), (yield 2))
    b = B()
    b.m((yield 3))
    a.bar(x=(yield 4))
    a.baz(*[(yield 5)])
    c = C()
    n = c.add((yield 6), c.add((yield 7)))
    print("log", c.log, n)
    print("upper", "abc".upper().center((yield 8), "*"))


it = g()
print(next(it))
for v in ["s1", "s2", "s3", "s4", "s5", "s6", "s7"]:
    print(it.send(v))
try:
    it.send(9)
except StopIteration:
    print("done")


def missing():
    class D:
        pass
    D().nope((yield "first"))


m = missing()
try:
    next(m)   # the lookup fails before the argument's yield is reached
except AttributeError as e:
    print("AttributeError", e)


import asyncio


async def value(v):
    print("value", v)
    return v


async def main():
    a = A()
    a.qux(await value(1), await value(2))
    b = B()
    b.m(await value(3))


asyncio.run(main())
