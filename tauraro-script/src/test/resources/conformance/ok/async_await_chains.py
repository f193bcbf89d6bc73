# await of a coroutine runs it at once, in the awaiting frame's place (CPython's await is a call):
# results and exceptions of coroutines that never suspend, chains that suspend deep inside, the
# recursion limit counting awaiting frames, tracebacks, the frame stack seen inside, reuse errors,
# contextvars, and coroutines stepped by hand that await such chains.
import asyncio
import contextvars
import sys
import traceback

log = []


async def leaf(x):
    log.append(("leaf", x))
    return x + 1


async def sleeper(x):
    log.append(("sleeper before", x))
    await asyncio.sleep(0)
    log.append(("sleeper after", x))
    return x * 10


async def middle(x):
    a = await leaf(x)
    b = await sleeper(x)
    return a + b


async def failing(x):
    if x:
        raise ValueError("bad %d" % x)
    return x


async def returns_nothing():
    pass


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


async def caller_names():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 3:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


async def outer_names():
    return await caller_names()


var = contextvars.ContextVar("var", default="unset")


async def set_var():
    var.set("inner")
    return var.get()


async def ticker(name, n):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)


async def main():
    print(await leaf(1), await middle(2), await returns_nothing())
    print(await asyncio.gather(middle(3), ticker("t", 3), middle(4)))
    print(log)
    try:
        await failing(5)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", e, [fr.name for fr in tb])
    print(await deep(200))
    try:
        await deep(5000)
    except RecursionError as e:
        print("RecursionError:", e)
    print(await outer_names())
    print(await set_var(), var.get())
    c = leaf(7)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(leaf(8))
    print(await t)
    print(await asyncio.wait_for(middle(9), 5))


asyncio.run(main())


async def by_hand():
    r = await middle(11)
    return r


c = by_hand()
out = c.send(None)
print(type(out).__name__ != "NoneType" or out is None)
try:
    while True:
        c.send(None)
except StopIteration as e:
    print("by hand:", e.value)


async def by_hand_plain():
    return await leaf(20) + await leaf(21)


c = by_hand_plain()
try:
    c.send(None)
except StopIteration as e:
    print("by hand, no suspension:", e.value)


async def thrower():
    try:
        await sleeper(30)
    except KeyError as e:
        return "caught %r" % e


c = thrower()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
