# Asynchronous httpx: AsyncClient, concurrency, streaming with async for, timeouts and cancellation.
import sys
import asyncio
import httpx

BASE = sys.argv[1]


async def main():
    async with httpx.AsyncClient(base_url=BASE) as client:
        responses = await asyncio.gather(*[client.get(f"/api/{i}") for i in range(10)])
        print([r.json()["id"] for r in responses])

        r = await client.post("/echo", json={"k": "v"}, timeout=10.0)
        print(r.status_code, r.json()["method"])

        async with client.stream("GET", "/lines") as s:
            lines = []
            async for line in s.aiter_lines():
                lines.append(line.strip())
            print(s.status_code, lines)

        async with client.stream("GET", "/lines") as s:
            chunks = [chunk async for chunk in s.aiter_bytes()]
            print(b"".join(chunks))

        try:
            await client.get("/slow", timeout=0.3)
        except httpx.TimeoutException as e:
            print(type(e).__name__)

        try:
            await asyncio.wait_for(client.get("/slow"), timeout=0.3)
        except asyncio.TimeoutError:
            print("wait_for timed out")
        print((await client.get("/api/42")).json())

        results = await asyncio.gather(client.get("/status/500"), client.get("/api/1"), return_exceptions=True)
        print([r.status_code for r in results])

    r = await httpx.get(BASE + "/page5")
    print(r.text)
    plain = httpx.get(BASE + "/api/9")
    print(plain.status_code, plain.json())


asyncio.run(main())
