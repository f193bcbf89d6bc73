# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    # Far apart, so a loaded machine cannot make the second finish with the first
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.4), ("b", 0.01), ("c", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED done", names(done), "pending", names(pending))
    print([t.result() for t in tasks])
    tasks = [asyncio.create_task(job("x", 0.01, fail=True), name="x"),
             asyncio.create_task(job("y", 0.05), name="y")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done", names(done), "pending", names(pending))
    print(repr(tasks[0].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("timeout done", names(done), "pending", names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", [t.cancelled() for t in done], len(pending))
    t = asyncio.create_task(job("z", 0))
    done, _ = await asyncio.wait([t], timeout=1)
    print(t in done, asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
