# The seed's "Complete Example: Concurrent Web Scraper"; only the URLs point at a local server.
import sys
import asyncio
import httpx
from typing import List

class WebScraper:
    def __init__(self, max_concurrent: int = 10):
        self.semaphore = asyncio.Semaphore(max_concurrent)
        self.client = None

    async def __aenter__(self):
        self.client = httpx.AsyncClient()
        return self

    async def __aexit__(self, *args):
        await self.client.aclose()

    async def fetch(self, url: str) -> str:
        async with self.semaphore:
            try:
                response = await self.client.get(url, timeout=10.0)
                return response.text
            except Exception as e:
                print(f"Error fetching {url}: {e}")
                return ""

    async def scrape_all(self, urls: List[str]) -> List[str]:
        tasks = [self.fetch(url) for url in urls]
        return await asyncio.gather(*tasks)

# Usage
async def main():
    urls = [f"{sys.argv[1]}/page{i}" for i in range(100)]

    async with WebScraper(max_concurrent=10) as scraper:
        results = await scraper.scrape_all(urls)
        print(f"Scraped {len(results)} pages")
        print(results[0])
        print(results[99])

asyncio.run(main())
