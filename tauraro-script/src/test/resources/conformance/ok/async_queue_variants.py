# PriorityQueue and LifoQueue ordering.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq2 = asyncio.PriorityQueue()
    for n in [5, 1, 4, 1, 3]:
        pq2.put_nowait(n)
    print([await pq2.get() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for c in "abcd":
        lq.put_nowait(c)
    print([lq.get_nowait() for _ in range(4)])
    lq2 = asyncio.LifoQueue(maxsize=2)
    lq2.put_nowait(1)
    lq2.put_nowait(2)
    print(lq2.full())
    try:
        lq2.put_nowait(3)
    except asyncio.QueueFull:
        print("LifoQueue full")
    print(await lq2.get(), await lq2.get())
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
    waiting = asyncio.create_task(pq.get())
    await asyncio.sleep(0)
    pq.put_nowait((9, "late"))
    print(await waiting)


asyncio.run(main())
