# Queue.join and task_done: join waits until every item is marked done.
import asyncio


async def main():
    q = asyncio.Queue()
    processed = []

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            processed.append(f"{name}:{item}")
            q.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    for item in range(6):
        q.put_nowait(item)
    await q.join()
    print("joined:", processed)
    print("unfinished work done, queue empty:", q.empty())
    await q.join()
    print("join on an idle queue returns at once")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue()
    q2.put_nowait("only")
    joined = asyncio.create_task(q2.join())
    await asyncio.sleep(0)
    print("join pending while item not done:", joined.done())
    q2.get_nowait()
    await asyncio.sleep(0)
    print("after get, before task_done:", joined.done())
    q2.task_done()
    await joined
    print("after task_done:", joined.done())


asyncio.run(main())
