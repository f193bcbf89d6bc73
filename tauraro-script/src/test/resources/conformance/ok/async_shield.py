# shield: cancelling the outer await does not cancel the shielded inner task.
import asyncio


async def important(log, d=0.05):
    await asyncio.sleep(d)
    log.append("important finished")
    return "precious"


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def waiter():
        return await asyncio.shield(inner)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("inner cancelled?", inner.cancelled(), "done?", inner.done())
    print(await inner, log)
    try:
        await asyncio.wait_for(asyncio.shield(important(log)), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out around shield")
    await asyncio.sleep(0.08)
    print(log)
    print(await asyncio.shield(important(log, 0)))
    t = asyncio.create_task(important(log, 0))
    s = asyncio.shield(t)
    s.cancel()
    print("shield future cancelled:", s.cancelled())
    print(await t)


asyncio.run(main())
