"""Workload 1: create and gather N tasks that each await asyncio.sleep(0) (tasks/s)."""
import asyncio

from _common import clock, measure, runs, selected


async def worker():
    await asyncio.sleep(0)


async def gather(n):
    t0 = clock()
    await asyncio.gather(*[worker() for _ in range(n)])
    return n / (clock() - t0)


if __name__ == "__main__":
    if selected("gather-100k"):
        measure("gather-100k", "tasks/s", lambda: gather(100_000), runs(3))
    if selected("gather-1m"):
        measure("gather-1m", "tasks/s", lambda: gather(1_000_000), runs(1))
