# BoundedSemaphore: releasing above the initial value raises ValueError.
import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    await bs.acquire()
    print("locked:", bs.locked())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    print("locked:", bs.locked())
    results = []

    async def use(i):
        async with bs:
            results.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(use(i) for i in range(5)))
    print(results, bs.locked())
    print(isinstance(bs, asyncio.Semaphore))


asyncio.run(main())
