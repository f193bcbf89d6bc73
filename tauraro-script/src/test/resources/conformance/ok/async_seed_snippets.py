# The seed page's top-level-await snippets (Set Timeouts, Handle Errors Gracefully,
# Clean Up Resources) placed inside coroutines so they can run.
import asyncio


async def slow_operation():
    await asyncio.sleep(0.2)
    return "slow result"


async def operation():
    try:
        await asyncio.sleep(1)
    finally:
        print("operation cleaned up")


async def flaky(i):
    await asyncio.sleep(0)
    if i % 3 == 0:
        raise RuntimeError(f"flaky {i}")
    return i


async def main():
    # Always set timeouts for async operations
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=0.05)
    except asyncio.TimeoutError:
        print("Operation timed out")

    # Use return_exceptions to handle errors without stopping other tasks
    tasks = [flaky(i) for i in range(6)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, int) else str(r) for r in results])

    # Or try/finally
    task = asyncio.create_task(operation())
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.01)
    except asyncio.TimeoutError:
        print("gave up waiting")
    finally:
        task.cancel()
    await asyncio.sleep(0)
    print("task cancelled:", task.cancelled())


asyncio.run(main())
