# httpx's transport options uds=, local_address= and retries= against servers of the script's own:
# an asyncio server on a Unix socket and one on 127.0.0.1 that says where each request came from.
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
    host = [h.split(":", 1)[1].strip() for h in head[1:] if h.lower().startswith("host:")]
    length = [int(h.split(":", 1)[1]) for h in head[1:] if h.lower().startswith("content-length:")]
    if length:
        await reader.readexactly(length[0])
    peer = writer.get_extra_info("peername")
    where = peer[0] if isinstance(peer, tuple) else "a unix socket"
    host = "127.0.0.1:PORT" if host[0].startswith("127.0.0.1:") else host[0]   # ports differ per run
    body = f"{head[0]} host={host} from {where}".encode()
    writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    await writer.drain()
    writer.close()


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


asyncio.run(main())
