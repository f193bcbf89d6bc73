import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()

async def condition_demo():
    cond = asyncio.Condition()
    ready = []
    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: len(ready) > 0)
            print("waiter", i, "sees", ready)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        ready.append("go")
        cond.notify_all()
    await asyncio.gather(*tasks)

async def cancel_before_start():
    ran = []
    async def body():
        ran.append(True)
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start, ran:", ran, t.cancelled())

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q, "c1"))
    await condition_demo()
    await cancel_before_start()
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.current_task().get_name() is not None, isinstance(asyncio.current_task(), asyncio.Task))
    async def slow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("inner cancelled by wait_for")
            raise
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    outer = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled")
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
        ev.clear()
    async def wait_ev(i):
        await ev.wait()
        return i
    print(await asyncio.gather(wait_ev(1), wait_ev(2), setter()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)

asyncio.run(main())
