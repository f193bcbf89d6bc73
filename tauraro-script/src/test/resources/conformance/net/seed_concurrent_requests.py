# The seed's "Concurrent HTTP Requests" block; only the URLs (a local server) and the final print are added.
import sys
import asyncio
import httpx

async def fetch_all(urls):
    async def fetch(url):
        response = await httpx.get(url)
        return response.json()

    # Fetch all URLs concurrently
    tasks = [fetch(url) for url in urls]
    return await asyncio.gather(*tasks)

urls = [sys.argv[1] + "/api/1", sys.argv[1] + "/api/2"]
results = asyncio.run(fetch_all(urls))
print(results)
