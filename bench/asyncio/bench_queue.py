"""Workload 2: Queue(maxsize=1000) moving 1,000,000 items with 1 and 4 producer/consumer pairs."""
import asyncio

from _common import clock, measure, runs, selected

ITEMS = 1_000_000


async def producer(q, n):
    for i in range(n):
        await q.put(i)


async def consumer(q, n):
    for _ in range(n):
        await q.get()


async def pairs(k):
    q = asyncio.Queue(maxsize=1000)
    per = ITEMS // k
    t0 = clock()
    await asyncio.gather(*[producer(q, per) for _ in range(k)],
                         *[consumer(q, per) for _ in range(k)])
    return ITEMS / (clock() - t0)


if __name__ == "__main__":
    if selected("queue-1x1"):
        measure("queue-1x1", "items/s", lambda: pairs(1), runs(3))
    if selected("queue-4x4"):
        measure("queue-4x4", "items/s", lambda: pairs(4), runs(3))
