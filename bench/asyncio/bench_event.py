"""Workload 4: Event with 100,000 waiters: milliseconds from set() to the last waiter resumed."""
import asyncio

from _common import CPU_CLOCK, clock, measure, runs, selected

WAITERS = 100_000


async def fan_out():
    event = asyncio.Event()
    last = [0.0]

    async def waiter():
        await event.wait()
        if not CPU_CLOCK:
            last[0] = clock()

    tasks = [asyncio.create_task(waiter()) for _ in range(WAITERS)]
    await asyncio.sleep(0)  # every waiter now blocks in event.wait()
    t0 = clock()
    event.set()
    await asyncio.gather(*tasks)
    # Reading the CPU clock costs a system call: once per waiter it would be most of what is
    # measured, so with it the time runs to the gather's end instead of the last waiter's resume.
    end = clock() if CPU_CLOCK else last[0]
    return (end - t0) * 1000.0


if __name__ == "__main__":
    if selected("event-100k"):
        measure("event-100k", "ms", fan_out, runs(3), warmup=1)
