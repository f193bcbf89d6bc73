import asyncio

async def stage1(item):
    await asyncio.sleep(0.1)
    return item * 2

async def stage2(item):
    await asyncio.sleep(0.1)
    return item + 10

async def stage3(item):
    await asyncio.sleep(0.1)
    return item ** 2

async def pipeline(items):
    results = []
    for item in items:
        result = await stage1(item)
        result = await stage2(result)
        result = await stage3(result)
        results.append(result)
    return results

# driver (not from the seed)
print(asyncio.run(pipeline([1, 2, 3])))
