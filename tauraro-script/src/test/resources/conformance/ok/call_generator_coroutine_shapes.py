# generator, coroutine and async-generator functions called with 0-3 positional arguments, as methods,
# with defaults, with parameters captured by closures, and with the wrong number of arguments
import asyncio


def g0():
    yield 0


def g1(a):
    yield a


def g2(a, b):
    yield a + b


def g3(a, b, c):
    yield from (a, b, c)


def gdef(a, b=10):
    yield a * b


def gcell(a):
    def inner():
        return a * 2
    yield inner()


async def c1(n):
    if n <= 1:
        return n
    return await c1(n - 1) + await c1(n - 2)


async def c3(a, b, c):
    return a - b - c


async def agen(a, b):
    yield a
    yield b


class K:
    def gen(self, x):
        yield (type(self).__name__, x)

    async def co(self, x, y):
        return x * y

    @staticmethod
    def sgen(x):
        yield -x


print(list(g0()), list(g1(1)), list(g2(1, 2)), list(g3(1, 2, 3)), list(gdef(3)), list(gdef(3, 2)), list(gcell(21)))
print(list(K().gen(5)), list(K.sgen(4)), list(K.gen(K(), 6)))
for f, args in ((g1, ()), (g1, (1, 2)), (g2, (1,)), (g3, (1, 2, 3, 4)), (c1, ()), (agen, (1,)), (K().gen, ()),
                (K().co, (1, 2, 3))):
    try:
        f(*args)
    except TypeError as e:
        print('TypeError:', e)


async def main():
    print(await c1(10), await c3(10, 2, 3), await K().co(6, 7))
    print([x async for x in agen('p', 'q')])

asyncio.run(main())
gen = g1('kept')
print(gen.gi_frame.f_locals, gen.__name__, gen.__qualname__)
co = c3(1, 2, 3)
print(co.cr_frame.f_locals, co.__qualname__)
co.close()
