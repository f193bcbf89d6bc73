import asyncio


def not_async():
    await asyncio.sleep(0)


print("never runs")
