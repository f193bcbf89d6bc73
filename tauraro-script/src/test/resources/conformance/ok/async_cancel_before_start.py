# Cancelling a task before it ever runs: the coroutine body never executes.
import asyncio


async def body(name):
    print(name, "started (must not print for cancelled tasks)")
    await asyncio.sleep(0)
    return name


async def main():
    t = asyncio.create_task(body("early"))
    t.cancel()
    print(t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    print(t.cancelled(), t.done())
    keep = asyncio.create_task(body("keep"))
    drop = asyncio.create_task(body("drop"))
    drop.cancel()
    results = await asyncio.gather(keep, drop, return_exceptions=True)
    print([type(r).__name__ for r in results], results[0])
    t2 = asyncio.create_task(body("twice"))
    print(t2.cancel(), t2.cancel())
    await asyncio.sleep(0)
    print(t2.cancelled())


asyncio.run(main())
