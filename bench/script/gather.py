# Gather 500,000 coroutines that each await asyncio.sleep(0).
import asyncio


async def task():
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*[task() for _ in range(500_000)])


asyncio.run(main())
print("gathered")
