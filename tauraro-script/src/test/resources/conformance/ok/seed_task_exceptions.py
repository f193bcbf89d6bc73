import asyncio

async def task_that_fails():
    await asyncio.sleep(1)
    raise ValueError("Task failed")

async def task_that_succeeds():
    await asyncio.sleep(1)
    return "Success"

async def main():
    results = await asyncio.gather(
        task_that_succeeds(),
        task_that_fails(),
        task_that_succeeds(),
        return_exceptions=True
    )

    for i, result in enumerate(results):
        if isinstance(result, Exception):
            print(f"Task {i} failed: {result}")
        else:
            print(f"Task {i} succeeded: {result}")

asyncio.run(main())
