import asyncio  # prelude (not from the seed): the block uses asyncio without importing it

# Don't overwhelm resources
semaphore = asyncio.Semaphore(10)  # Max 10 concurrent

async def limited_task():
    async with semaphore:
        await perform_operation()

# driver (not from the seed)
active = 0
peak = 0


async def perform_operation():
    global active, peak
    active += 1
    peak = max(peak, active)
    await asyncio.sleep(0.01)
    active -= 1


async def main():
    await asyncio.gather(*(limited_task() for _ in range(25)))
    print("ran 25 tasks, peak concurrency:", peak)


asyncio.run(main())
