# create_task: tasks start in creation order, only when the creator yields.
import asyncio

log = []


async def worker(name, steps):
    log.append(f"{name} start")
    for i in range(steps):
        await asyncio.sleep(0)
        log.append(f"{name} step {i}")
    log.append(f"{name} end")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 2))
    t2 = asyncio.create_task(worker("b", 1))
    t3 = asyncio.create_task(worker("c", 0))
    log.append("created, not yet started")
    print(t1.done(), t2.done(), t3.done())
    await asyncio.sleep(0)
    log.append("main after first yield")
    r1 = await t1
    log.append("main got " + r1)
    print(await t2, await t3, t1.result())
    print(t1.done(), t2.done())


asyncio.run(main())
for line in log:
    print(line)
