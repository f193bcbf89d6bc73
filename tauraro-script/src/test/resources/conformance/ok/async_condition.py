# Condition: wait/notify(n)/notify_all in FIFO order, wait_for with a predicate.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def consumer(name):
        async with cond:
            log.append(f"{name} waits")
            await cond.wait()
            log.append(f"{name} notified")

    tasks = [asyncio.create_task(consumer(f"c{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    items = []

    async def wait_for_items():
        async with cond:
            got = await cond.wait_for(lambda: len(items) >= 3)
            print("predicate satisfied:", got, items)

    w = asyncio.create_task(wait_for_items())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify_all()
    await w
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked())
    print(lock.locked())


asyncio.run(main())
