"""Python peers of HttpxGet: CONCURRENCY keep-alive GETs in flight, REQUESTS in all.

Usage: bench_get.py IMPL URL CONCURRENCY REQUESTS, IMPL one of httpx, aiohttp, aiohttp-uvloop.
Warms up with one full run, then prints the best of three: bench IMPL REQ/S runs=[...]
"""
import asyncio
import sys
import time


async def run_httpx(url, concurrency, requests):
    import httpx
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    async with httpx.AsyncClient(limits=limits) as client:
        return await drive(lambda: client.get(url), concurrency, requests, lambda r: r.content)


async def run_aiohttp(url, concurrency, requests):
    import aiohttp

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:
        async def one():
            async with session.get(url) as r:
                return await r.read()
        return await drive(one, concurrency, requests, lambda body: body)


async def drive(one, concurrency, requests, consume):
    async def worker(n):
        for _ in range(n):
            consume(await one())

    async def once():
        per, extra = divmod(requests, concurrency)
        t0 = time.perf_counter()
        await asyncio.gather(*[worker(per + (1 if i < extra else 0)) for i in range(concurrency)])
        return requests / (time.perf_counter() - t0)

    await once()
    return [await once() for _ in range(3)]


def main():
    impl, url, concurrency, requests = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if impl == "aiohttp-uvloop":
        import uvloop
        uvloop.install()
    runner = run_httpx if impl == "httpx" else run_aiohttp
    rates = asyncio.run(runner(url, concurrency, requests))
    print(f"bench {impl} {max(rates):.0f} req/s runs={[round(r) for r in rates]}")


main()
