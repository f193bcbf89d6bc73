# httpx.MockTransport with async handlers (AsyncClient): answers that take time, run concurrently,
# read the request body with aread(), and raise transport errors.
import asyncio
import httpx


async def handler(request):
    await asyncio.sleep(0.01 * (3 - int(request.url.path[-1])))
    body = await request.aread()
    return httpx.Response(200, json={"path": request.url.path, "body": body.decode(), "method": request.method})


async def failing(request):
    await asyncio.sleep(0)
    if request.url.path == "/refused":
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
    if request.url.path == "/value":
        raise ValueError("handler bug")
    return httpx.Response(204)


def sync_handler(request):
    return httpx.Response(200, text="sync " + request.url.path)


async def main():
    order = []

    async def fetch(client, i):
        r = await client.post(f"http://test/item{i}", content=f"payload {i}".encode())
        order.append(i)
        return r.json()

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        results = await asyncio.gather(*(fetch(client, i) for i in range(3)))
        print(results)
        print("finished in order", order)
        r = await client.get("http://test/x1")
        print(r.status_code, r.request.method, r.request.url, r.json())

    async with httpx.AsyncClient(transport=httpx.MockTransport(failing), base_url="http://test") as client:
        print((await client.get("/ok")).status_code)
        try:
            await client.get("/refused")
        except httpx.ConnectError as e:
            print("ConnectError", e, e.request.url)
        try:
            await client.get("/value")
        except ValueError as e:
            print("ValueError", e)

    # the sync handler still works with an AsyncClient
    async with httpx.AsyncClient(transport=httpx.MockTransport(sync_handler)) as client:
        print((await client.get("http://test/s")).text)

    # and an async handler with mounts, followed redirects and event hooks
    async def redirecting(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, text="at " + request.url.path)

    async def log(response):
        print("hook", response.status_code, response.request.url)

    async with httpx.AsyncClient(mounts={"http://mocked": httpx.MockTransport(redirecting)},
                                 follow_redirects=True, event_hooks={"response": [log]}) as client:
        r = await client.get("http://mocked/old")
        print(r.text, [h.status_code for h in r.history])


asyncio.run(main())
