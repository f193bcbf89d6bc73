# Barrier (3.11): parties, wait() indices, reuse across rounds, abort -> BrokenBarrierError.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, steps):
        for _ in range(steps):
            await asyncio.sleep(0)
        log.append(f"{name} arrives")
        idx = await barrier.wait()
        log.append(f"{name} passes with index {idx}")

    await asyncio.gather(party("a", 2), party("b", 0), party("c", 1))
    print("\n".join(log))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    rounds = []

    async def looper(name):
        for r in range(2):
            await barrier.wait()
            rounds.append((r, name))
    await asyncio.gather(*(looper(n) for n in "xyz"))
    print(rounds)
    b2 = asyncio.Barrier(2)

    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("lonely party sees BrokenBarrierError")
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    await t
    print("broken:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken barrier raises")
    await b2.reset()
    print("after reset broken:", b2.broken)


asyncio.run(main())
