import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("async failure")

async def main():
    await fail()

asyncio.run(main())
