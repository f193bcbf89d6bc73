# Many concurrent tasks: 2000 sleeping tasks, gather of results, create_task in a loop.
import asyncio


async def square(i):
    await asyncio.sleep(0.01)
    return i * i


async def chain(i):
    for _ in range(3):
        await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(square(i) for i in range(2000)))
    print(len(results), sum(results), results[:5], results[-1])
    tasks = [asyncio.create_task(chain(i)) for i in range(500)]
    done = 0
    for t in tasks:
        done += await t
    print(done, all(t.done() for t in tasks))
    sem = asyncio.Semaphore(50)
    active = peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
            return i
    r = await asyncio.gather(*(limited(i) for i in range(1000)))
    print(r == list(range(1000)), peak)


asyncio.run(main())
