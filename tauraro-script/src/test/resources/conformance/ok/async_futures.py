# Futures: create_future, set_result/set_exception, awaiting, callbacks via call_soon order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done())

    async def resolver():
        await asyncio.sleep(0.01)
        fut.set_result("resolved")
    asyncio.create_task(resolver())
    print(await fut, fut.done(), fut.result())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    bad.set_exception(KeyError("nope"))
    try:
        await bad
    except KeyError as e:
        print("awaited exception:", repr(e))
    log = []
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: log.append(f"callback saw {f.result()}"))
    f2.set_result(7)
    log.append("after set_result (callbacks are scheduled, not run)")
    await asyncio.sleep(0)
    print(log)
    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled(), f3.done())
    try:
        await f3
    except asyncio.CancelledError:
        print("awaiting a cancelled future raises CancelledError")
    print(asyncio.isfuture(fut), asyncio.isfuture("no"))
    wrapped = asyncio.ensure_future(asyncio.sleep(0, result="via ensure_future"))
    print(type(wrapped).__name__, await wrapped)
    print(asyncio.ensure_future(fut) is fut)
    waiters = [loop.create_future() for _ in range(3)]

    async def wait_one(i, f):
        v = await f
        log.append(f"waiter {i} got {v}")
    log.clear()
    tasks = [asyncio.create_task(wait_one(i, f)) for i, f in enumerate(waiters)]
    await asyncio.sleep(0)
    for f in reversed(waiters):
        f.set_result(waiters.index(f))
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
