# asyncio.timeout context manager (3.11): expiry, no expiry, reschedule, nesting.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
        print("finished in time, expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("outer sees TimeoutError, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("deadline None:", cm.when())
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 0.5)
        print("rescheduled:", cm.when() is not None)
        await asyncio.sleep(0.01)
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout propagates as TimeoutError")
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("wrong: inner must not claim outer timeout")
    except TimeoutError:
        print("outer timeout claimed by outer")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")


asyncio.run(main())
