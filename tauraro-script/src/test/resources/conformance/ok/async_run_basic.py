# asyncio.run: return values, awaiting coroutines directly, nested awaits, sleep(result=...).
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


async def main():
    print("main start")
    r = await compute()
    print("compute ->", r)
    v = await asyncio.sleep(0.01, result="slept value")
    print(v)
    coro = add(5, 5)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    return "main result"


print("before run")
print(asyncio.run(main()))
print("after run")
print(asyncio.run(add(20, 22)))


async def raises():
    await asyncio.sleep(0)
    raise ValueError("from coroutine")


try:
    asyncio.run(raises())
except ValueError as e:
    print("asyncio.run re-raised:", e)


async def no_await():
    return "no await needed"


print(asyncio.run(no_await()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
