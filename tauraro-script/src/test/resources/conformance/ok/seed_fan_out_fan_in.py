import asyncio

async def process_item(item):
    # Process individual item
    await asyncio.sleep(0.1)
    return item * 2

async def fan_out_fan_in(items):
    # Fan out: start all tasks
    tasks = [process_item(item) for item in items]

    # Fan in: collect all results
    results = await asyncio.gather(*tasks)

    return results

items = list(range(10))
results = asyncio.run(fan_out_fan_in(items))

# driver (not from the seed)
print(results)
