# httpx 0.28's HTTPTransport(socket_options=[(level, option, value)]): the options are set on each
# connection the transport opens. Linux's numbers, as the socket module's constants have them:
# (SOL_SOCKET, SO_KEEPALIVE), (IPPROTO_TCP, TCP_NODELAY), (IPPROTO_TCP, TCP_KEEPIDLE), (SOL_SOCKET, SO_RCVBUF).
import sys
import asyncio
import httpx

BASE = sys.argv[1]
OPTIONS = [(1, 9, 1), (6, 1, 1), (6, 4, 30), (1, 8, 65536)]

with httpx.Client(transport=httpx.HTTPTransport(socket_options=OPTIONS)) as client:
    r = client.get(BASE + "/api/1")
    print(r.status_code, r.json())
    r = client.post(BASE + "/echo", content=b"with options")
    print(r.status_code, r.json()["body"])


async def main():
    transport = httpx.AsyncHTTPTransport(socket_options=OPTIONS, retries=1)
    async with httpx.AsyncClient(transport=transport) as client:
        responses = await asyncio.gather(*[client.get(f"{BASE}/api/{i}") for i in range(3)])
        print([r.json()["id"] for r in responses])

asyncio.run(main())
