# gather: a child cancelled from outside makes gather raise CancelledError (or report it).
import asyncio


async def sleeper(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    a = asyncio.create_task(sleeper("a", 0.5))  # long enough that a load spike cannot finish it first
    b = asyncio.create_task(sleeper("b", 1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.01)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError because a child was cancelled")
    print("gather cancelled():", g.cancelled(), "a done:", a.done())
    print(await a)
    c = asyncio.create_task(sleeper("c", 0.01))
    d = asyncio.create_task(sleeper("d", 1))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    d.cancel()
    res = await g2
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    e = asyncio.create_task(sleeper("e", 1))
    g3 = asyncio.gather(e)
    await asyncio.sleep(0)
    print("cancel gather:", g3.cancel())
    await asyncio.gather(g3, return_exceptions=True)
    # CPython 3.11: a gather cancelled via cancel() ends with a CancelledError exception set,
    # so cancelled() is False on the gather while the child really is cancelled.
    print(g3.cancelled(), e.cancelled(), type(g3.exception()).__name__)


asyncio.run(main())
