# sleep(0) round-robin interleaving and distinct sleep durations ordering.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def delayed(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)
    return delay


async def main():
    await asyncio.gather(ticker("A", 3), ticker("B", 2), ticker("C", 4))
    print("--")
    r = await asyncio.gather(delayed("slow", 0.03), delayed("fast", 0.01), delayed("mid", 0.02))
    print(r)
    print("--")
    tasks = [asyncio.create_task(delayed(f"t{d}", d / 100)) for d in (4, 1, 3, 2)]
    for t in tasks:
        await t
    print("all done")


asyncio.run(main())
