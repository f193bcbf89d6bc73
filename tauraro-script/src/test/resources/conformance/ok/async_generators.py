# Async generators and async for; async comprehensions; aclose and finally.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def with_cleanup():
    try:
        yield "first"
        yield "second"
    finally:
        print("async generator cleanup")


async def main():
    async for v in ticker(3):
        print("tick", v)
    print([v async for v in ticker(4)])
    print([v * 10 async for v in ticker(5) if v % 2 == 0])
    print({v: v * v async for v in ticker(3)})
    agen = ticker(2)
    print(type(agen).__name__)
    print(await agen.__anext__(), await anext(agen))
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(ticker(0), "default"))
    g = with_cleanup()
    async for v in g:
        print(v)
        break
    await g.aclose()
    print("after aclose")

    async def doubled(source):
        async for v in source:
            yield v * 2
    print([v async for v in doubled(ticker(3))])
    results = [await asyncio.sleep(0, result=i) for i in range(3)]
    print(results)

    async def echo():
        received = yield "ready"
        while True:
            received = yield f"echo {received}"
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    await e.aclose()


asyncio.run(main())
