import asyncio


async def worker():
    await asyncio.sleep(0)
    raise ValueError("worker failed")


async def main():
    print("main starts")
    await worker()


asyncio.run(main())
