import asyncio

async def tick(i):
    await asyncio.sleep(0.001 * (i % 7))
    return i * i

async def chain(n):
    if n == 0:
        return 0
    return 1 + await chain(n - 1)

async def main():
    results = await asyncio.gather(*[tick(i) for i in range(2000)])
    print(len(results), sum(results), results[:5])
    print(await chain(200))
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), peak[0])

asyncio.run(main())
