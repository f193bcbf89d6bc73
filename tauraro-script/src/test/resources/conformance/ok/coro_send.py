# Driving coroutines and generators by hand: send, throw, close, and their errors.
import asyncio


class Yielder:
    def __await__(self):
        got = yield "from __await__"
        return got * 2


async def simple():
    return 5


async def inner():
    v = await Yielder()
    return v + 1


async def outer():
    try:
        r = await inner()
    except KeyError as e:
        return "caught " + repr(e)
    return r


def finish(c, value=None):
    try:
        c.send(value)
    except StopIteration as e:
        return e.value


c = simple()
print(type(c).__name__, finish(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
print(c.send(None))
print(finish(c, 20))

c = outer()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)

c = simple()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = outer()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("early throw:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stubborn():
    while True:
        try:
            await Yielder()
        except GeneratorExit:
            pass


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def closes():
    try:
        await Yielder()
    finally:
        print("finally ran")


c = closes()
c.send(None)
c.close()
c.close()
print("closed twice")


async def raises_stop():
    raise StopIteration(1)


c = raises_stop()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def sleeper():
    await asyncio.sleep(0)
    return "slept"


print(asyncio.run(sleeper()))
c = simple()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("gen cleanup")


g = gen()
print(next(g), g.send("hello"))
g.close()
g = gen()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))
g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


g = ignoring()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")


async def use_agen():
    a = agen()
    print(await a.asend(None))
    print(await a.__anext__())
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(use_agen())
