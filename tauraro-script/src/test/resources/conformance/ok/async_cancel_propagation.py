# Cancellation propagates into awaited tasks and gather; awaiting a cancelled child.
import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf cancelled:", name)
        raise


async def middle():
    try:
        await leaf("via await")
    except asyncio.CancelledError:
        print("middle cancelled")
        raise


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("middle task cancelled:", t.cancelled())
    children = [asyncio.create_task(leaf(f"g{i}")) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print([c.cancelled() for c in children])
    inner = asyncio.create_task(leaf("inner"))

    async def awaiter():
        try:
            await inner
        except asyncio.CancelledError:
            print("awaiter saw inner's cancellation")
            return "handled"
    a = asyncio.create_task(awaiter())
    await asyncio.sleep(0.01)
    inner.cancel()
    print(await a, inner.cancelled())


asyncio.run(main())
