import asyncio

async def fetch_data(url: str):
    # Async I/O operation
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    # Run tasks concurrently
    results = await asyncio.gather(
        fetch_data("url1"),
        fetch_data("url2"),
        fetch_data("url3")
    )
    print(results)

asyncio.run(main())
