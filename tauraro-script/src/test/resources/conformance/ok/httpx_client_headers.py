# client.headers as httpx keeps it: httpx's defaults and the client's, changed between requests; a
# default deleted from it is not sent. A server of the script's own prints the header names it got.
import asyncio

import httpx


async def answer(reader, writer):
    head = []
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        head.append(line.decode().rstrip("\r\n"))
    names = [h.split(":", 1)[0].lower() for h in head[1:]]
    length = [int(h.split(":", 1)[1]) for h in head[1:] if h.lower().startswith("content-length:")]
    if length:
        await reader.readexactly(length[0])
    # the User-Agent's value differs between implementations: only say whether one came
    values = [h.split(":", 1)[1].strip() for h in head[1:] if h.split(":", 1)[0].lower() in ("accept", "x-client")]
    body = f"{head[0].split()[0]} {sorted(names)} {values}".encode()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    await writer.drain()
    writer.close()


async def main():
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
