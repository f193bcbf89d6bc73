# Task.result()/exception()/done()/cancelled() in every state, InvalidStateError, callbacks.
import asyncio


async def value():
    await asyncio.sleep(0)
    return 42


async def failing():
    await asyncio.sleep(0)
    raise ValueError("failed")


async def main():
    t = asyncio.create_task(value())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    seen = []
    t.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
    await t
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception(), seen)
    f = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print(f.done(), f.cancelled(), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result() re-raises:", e)
    try:
        await f
    except ValueError as e:
        print("await re-raises:", e)
    c = asyncio.create_task(value())
    c.cancel()
    await asyncio.sleep(0)
    print(c.done(), c.cancelled())
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled task raises CancelledError")
    order = []
    d = asyncio.create_task(value())
    d.add_done_callback(lambda _: order.append("first"))
    d.add_done_callback(lambda _: order.append("second"))
    cb = lambda _: order.append("removed")
    d.add_done_callback(cb)
    print("removed count:", d.remove_done_callback(cb))
    await d
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
