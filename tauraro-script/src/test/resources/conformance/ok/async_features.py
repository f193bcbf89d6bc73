import asyncio

async def slow(delay, value):
    await asyncio.sleep(delay)
    return value

async def cancellable(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled, cleaning up")
        raise
    finally:
        log.append("finally")

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("enter", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i * 10

async def main():
    order = []
    async def worker(name, delay):
        order.append(f"start {name}")
        await asyncio.sleep(delay)
        order.append(f"end {name}")
        return name
    t1 = asyncio.create_task(worker("a", 0.2))
    t2 = asyncio.create_task(worker("b", 0.1))
    order.append("created")
    print(await t1, await t2, order)
    try:
        await asyncio.wait_for(slow(1, "late"), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(0.05, "in time"), timeout=1))
    log = []
    task = asyncio.create_task(cancellable(log))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), log)
    async with Resource("r1") as r:
        print("inside", r.name)
    try:
        async with Resource("r2"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
    print([x async for x in agen(3)])
    async for v in agen(2):
        print("got", v)
    results = await asyncio.gather(slow(0.1, 1), slow(0.05, 2), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(slow(0.1, 1), asyncio.sleep(0.01, result=None), bad())
    except RuntimeError as e:
        print("gather raised", e)
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), await q.get(), q.get_nowait(), q.empty(), q.full())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    print(await ev.wait(), ev.is_set())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    t = asyncio.create_task(slow(0.01, "named"), name="my-task")
    print(t.get_name(), await t, t.done(), t.result())
    print(await asyncio.shield(slow(0.01, "shielded")))
    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(slow(0.02, "x"))
        tb = tg.create_task(slow(0.01, "y"))
    print(ta.result(), tb.result())
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")
    done, pending = await asyncio.wait([asyncio.create_task(slow(0.01, 1)), asyncio.create_task(slow(0.5, 2))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    return "main done"

async def bad():
    await asyncio.sleep(0.02)
    raise RuntimeError("bad task")

print(asyncio.run(main()))
