# Queue: FIFO, qsize/empty/full, put_nowait/get_nowait, QueueEmpty and QueueFull.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty())
    print([await q.get() for _ in range(3)], q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    bq = asyncio.Queue(maxsize=2)
    bq.put_nowait(1)
    bq.put_nowait(2)
    print(bq.full(), bq.qsize())
    try:
        bq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull raised")
    log = []

    async def blocked_putter():
        log.append("putting 3")
        await bq.put(3)
        log.append("put 3 done")
    t = asyncio.create_task(blocked_putter())
    await asyncio.sleep(0)
    log.append(f"got {bq.get_nowait()}")
    await t
    print(log, [bq.get_nowait() for _ in range(2)])

    async def blocked_getter(name):
        v = await q.get()
        log.append(f"{name} got {v}")
    log.clear()
    getters = [asyncio.create_task(blocked_getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in "abc":
        q.put_nowait(v)
    await asyncio.gather(*getters)
    print(log)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out; queue still empty:", q.empty())
    print(asyncio.Queue(0).full(), asyncio.Queue(-1).full())


asyncio.run(main())
