# Coroutines: deep await chains of plain coroutines and asyncio tasks exchanging through queues.
import asyncio


async def leaf(x):
    return x + 1


async def middle(x):
    return await leaf(x) + await leaf(x * 2)


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
    return total


async def main():
    total = await top(300_000)
    for _ in range(4):
        q = asyncio.Queue(100)
        _, got = await asyncio.gather(producer(q, 50_000), consumer(q))
        total += got
    print(total)


asyncio.run(main())
