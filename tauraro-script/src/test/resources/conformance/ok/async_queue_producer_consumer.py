# Producer/consumer with a bounded queue and sentinels; interleaving is deterministic.
import asyncio


async def producer(q, name, n, log):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i}")
    log.append(f"{name} done")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            log.append(f"{name} stops")
            return
        log.append(f"{name} got {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 5, log), producer(q, "r", 2, log))
    await q.join()
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    for line in log:
        print(line)


asyncio.run(main())
