"""Workload 4: Event with 100,000 waiters: milliseconds from set() to the last waiter resumed."""
import asyncio
import time

from _common import measure, runs, selected

WAITERS = 100_000


async def fan_out():
    event = asyncio.Event()
    last = [0.0]

    async def waiter():
        await event.wait()
        last[0] = time.perf_counter()

    tasks = [asyncio.create_task(waiter()) for _ in range(WAITERS)]
    await asyncio.sleep(0)  # every waiter now blocks in event.wait()
    t0 = time.perf_counter()
    event.set()
    await asyncio.gather(*tasks)
    return (last[0] - t0) * 1000.0


if __name__ == "__main__":
    if selected("event-100k"):
        measure("event-100k", "ms", fan_out, runs(3), warmup=1)
