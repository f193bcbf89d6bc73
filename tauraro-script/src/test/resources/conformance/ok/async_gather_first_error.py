# gather without return_exceptions: the first error propagates, siblings keep running.
import asyncio

finished = []


async def slow(name, d):
    await asyncio.sleep(d)
    finished.append(name)
    print("sibling finished:", name)
    return name


async def boom(d):
    await asyncio.sleep(d)
    raise RuntimeError("first failure")


async def boom2(d):
    await asyncio.sleep(d)
    raise ValueError("second failure (ignored)")


async def main():
    t_slow = asyncio.create_task(slow("slow-task", 0.12))
    g = asyncio.gather(t_slow, slow("slow-coro", 0.1), boom(0.01), boom2(0.02))
    try:
        await g
    except RuntimeError as e:
        print("gather raised:", e)
    print("right after error:", finished, t_slow.done(), t_slow.cancelled())
    await asyncio.sleep(0.15)
    print("later:", finished, t_slow.done(), t_slow.cancelled(), t_slow.result())
    print("gather done:", g.done(), type(g.exception()).__name__)


asyncio.run(main())
