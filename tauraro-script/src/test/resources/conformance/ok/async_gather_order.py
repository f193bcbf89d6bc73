# gather returns results in argument order, whatever the completion order.
import asyncio


async def job(name, delay, value):
    await asyncio.sleep(delay)
    print("finished", name)
    return value


async def main():
    results = await asyncio.gather(
        job("first", 0.03, 1),
        job("second", 0.01, 2),
        job("third", 0.02, 3),
    )
    print(results)
    print(await asyncio.gather())
    t = asyncio.create_task(job("task", 0.01, "T"))
    mixed = await asyncio.gather(job("coro", 0.02, "C"), t)
    print(mixed)
    same = job("shared", 0, "S")
    fut = asyncio.ensure_future(same)
    print(await asyncio.gather(fut, fut))
    outer = asyncio.gather(job("x", 0.01, "X"), job("y", 0, "Y"))
    print(outer.done())
    print(await outer, outer.done())
    nested = await asyncio.gather(asyncio.gather(job("n1", 0, 1), job("n2", 0, 2)), job("n3", 0, 3))
    print(nested)


asyncio.run(main())
