# Task.cancel(): CancelledError inside the task, cleanup in finally, cancelled(), messages.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(1)
        print(name, "woke (not printed)")
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0.01)
    print("cancel() returned", t.cancel())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raises CancelledError")
    print("cancelled():", t.cancelled(), "done():", t.done())
    print("cancel() on done task returns", t.cancel())
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t2.cancel("custom message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    try:
        t2.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        return "returned normally"
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())


asyncio.run(main())
