import asyncio

event = asyncio.Event()

async def waiter(name: str):
    print(f"{name} waiting...")
    await event.wait()
    print(f"{name} received event!")

async def setter():
    await asyncio.sleep(2)
    print("Setting event")
    event.set()

async def main():
    await asyncio.gather(
        waiter("Worker 1"),
        waiter("Worker 2"),
        waiter("Worker 3"),
        setter()
    )

asyncio.run(main())
