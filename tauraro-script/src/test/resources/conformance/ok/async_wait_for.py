# wait_for: result in time, timeout raises asyncio.TimeoutError and cancels the inner task.
import asyncio


async def slow(label, d):
    try:
        await asyncio.sleep(d)
        return f"{label} done"
    except asyncio.CancelledError:
        print(f"{label} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("too slow", 1), timeout=0.02)
    except asyncio.TimeoutError:
        print("Operation timed out")
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError as e:
        print("builtin TimeoutError caught", repr(e))
    print(t.cancelled(), t.done())
    print(await asyncio.wait_for(slow("no timeout", 0.01), None))
    try:
        await asyncio.wait_for(slow("zero", 0.01), 0)
    except asyncio.TimeoutError:
        print("timeout=0 times out immediately")

    async def fails():
        await asyncio.sleep(0)
        raise KeyError("inner error")
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("inner exception passes through:", e)


asyncio.run(main())
