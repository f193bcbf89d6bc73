import asyncio

# Limit to 3 concurrent operations
semaphore = asyncio.Semaphore(3)

async def limited_operation(num: int):
    async with semaphore:
        print(f"Running {num}")
        await asyncio.sleep(1)
        print(f"Done {num}")

async def main():
    tasks = [limited_operation(i) for i in range(10)]
    await asyncio.gather(*tasks)

asyncio.run(main())
