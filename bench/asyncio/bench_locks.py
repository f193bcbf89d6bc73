"""Workload 3: Lock and Semaphore(10), 1,000 tasks each acquiring 1,000 times, with
``await asyncio.sleep(0)`` inside the critical section (acquires/s)."""
import asyncio

from _common import clock, measure, runs, selected

TASKS = 1_000
ACQUIRES = 1_000


async def worker(prim):
    for _ in range(ACQUIRES):
        async with prim:
            await asyncio.sleep(0)


async def contend(make):
    prim = make()
    t0 = clock()
    await asyncio.gather(*[worker(prim) for _ in range(TASKS)])
    return TASKS * ACQUIRES / (clock() - t0)


if __name__ == "__main__":
    if selected("lock"):
        measure("lock", "acquires/s", lambda: contend(asyncio.Lock), runs(3))
    if selected("semaphore"):
        measure("semaphore", "acquires/s", lambda: contend(lambda: asyncio.Semaphore(10)), runs(3))
