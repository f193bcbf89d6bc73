# httpx's transport options uds=, local_address= and retries=, and client.headers (httpx's defaults
# and the client's, changed between requests; a default deleted from it is not sent), against
# asyncio servers of the script's own that say what each request was and where it came from.
import asyncio
import os
import tempfile

import httpx


async def answer(reader, writer):
    head = []
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        head.append(line.decode().rstrip("\r\n"))
    fields = [h.split(":", 1) for h in head[1:]]
    host = [v.strip() for k, v in fields if k.lower() == "host"][0]
    length = [int(v) for k, v in fields if k.lower() == "content-length"]
    if length:
        await reader.readexactly(length[0])
    host = "127.0.0.1:PORT" if host.startswith("127.0.0.1:") else host   # ports differ per run
    peer = writer.get_extra_info("peername")
    where = peer[0] if isinstance(peer, tuple) else "a unix socket"
    if SHOW_HEADERS:
        # the User-Agent's value differs between implementations: only say whether one came
        values = [v.strip() for k, v in fields if k.lower() in ("accept", "x-client")]
        body = f"{head[0].split()[0]} {sorted(k.lower() for k, _ in fields)} {values}"
    else:
        body = f"{head[0]} host={host} from {where}"
    body = body.encode()
    writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    await writer.drain()
    writer.close()


SHOW_HEADERS = False



async def free_port():
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port


async def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "server.sock")
        server = await asyncio.start_unix_server(answer, path)
        async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds=path)) as client:
            r = await client.get("http://example.invalid/a?b=1")
            print(r.status_code, r.text)
            r = await client.post("http://localhost:8080/form", data={"x": "1"})
            print(r.status_code, r.text)

        def sync_get():
            with httpx.Client(transport=httpx.HTTPTransport(uds=path)) as c:
                return c.get("http://sync.invalid/").text
        print(await asyncio.to_thread(sync_get))
        server.close()
        await server.wait_closed()

        missing = os.path.join(d, "absent.sock")
        async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds=missing)) as client:
            try:
                await client.get("http://localhost/")
            except httpx.ConnectError as e:
                print("ConnectError:", e)

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for local in ("127.0.0.2", "0.0.0.0", None):
        async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(local_address=local)) as client:
            print(local, (await client.get(f"http://127.0.0.1:{port}/who")).text)
    server.close()
    await server.wait_closed()

    # retries=: a connect that is refused is tried again (after 0 s, 0.5 s, 1 s, ...)
    port = await free_port()
    url = f"http://127.0.0.1:{port}/late"
    async with httpx.AsyncClient() as client:
        try:
            await client.get(url)
        except httpx.ConnectError:
            print("no retries: ConnectError")
    later = []

    async def start_later():
        await asyncio.sleep(0.3)
        later.append(await asyncio.start_server(answer, "127.0.0.1", port))
    starting = asyncio.create_task(start_later())
    async with httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(retries=5)) as client:
        r = await client.get(url)
        print("retries=5:", r.status_code, r.text)
    await starting
    later[0].close()
    await later[0].wait_closed()


async def headers_main():
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    async with httpx.AsyncClient(headers={"X-Client": "1"}) as client:
        print(sorted(client.headers.keys()))
        print((await client.get(url)).text)
        del client.headers["User-Agent"]
        del client.headers["accept"]
        print((await client.get(url)).text)
        print((await client.post(url, content=b"body")).text)
        print((await client.delete(url, headers={"Accept": "text/plain"})).text)
        client.headers = {"X-Client": "2"}
        print((await client.get(url)).text)
        client.headers.pop("Accept-Encoding")
        client.headers.pop("Connection")
        print((await client.get(url)).text)

    def sync():
        with httpx.Client() as client:
            del client.headers["user-agent"]
            return client.get(url).text
    print(await asyncio.to_thread(sync))
    server.close()
    await server.wait_closed()



# Headers is a MutableMapping: pop, popitem, setdefault, clear
h = httpx.Headers([("A", "1"), ("b", "2"), ("a", "3")])
print(h.pop("a"), h, h.pop("zz", None))
try:
    h.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(h.setdefault("C", "4"), h.setdefault("c", "5"), h)
print(h.popitem(), h)
h.clear()
print(h, len(h))
try:
    h.popitem()
except KeyError as e:
    print("KeyError", e)

asyncio.run(main())
SHOW_HEADERS = True
asyncio.run(headers_main())
