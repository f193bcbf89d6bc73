# HTTP/2 (http2=True: ALPN over TLS; cleartext stays HTTP/1.1 as httpx has no upgrade) and proxies
# (proxy= as a URL or httpx.Proxy, through the fixture's proxy to its http and https servers).
import sys
import asyncio
import httpx

BASE = sys.argv[1]
REFUSED = sys.argv[2]
TLS = sys.argv[3]
CA = sys.argv[4]
PROXY = sys.argv[5]

with httpx.Client(http2=True, verify=CA) as client:
    r = client.get(TLS + "/api/1")
    print(r, r.http_version, r.json())
    print([client.get(f"{TLS}/api/{i}").http_version for i in range(3)])
    r = client.post(TLS + "/echo", content=b"over h2", params={"q": "1"})
    print(r.http_version, r.json()["body"], r.json()["query"])
    with client.stream("GET", TLS + "/lines") as s:
        print(s.http_version, [line.strip() for line in s.iter_lines()])
    print(client.get(BASE + "/api/2").http_version)
with httpx.Client(verify=CA) as client:
    print(client.get(TLS + "/api/1").http_version)


async def h2():
    async with httpx.AsyncClient(http2=True, verify=CA) as client:
        responses = await asyncio.gather(*[client.get(f"{TLS}/api/{i}") for i in range(5)])
        print([(r.http_version, r.json()["id"]) for r in responses])


asyncio.run(h2())

with httpx.Client(proxy=PROXY) as client:
    r = client.get(BASE + "/api/3")
    print(r, r.json(), r.url)
    print(client.post(BASE + "/echo", content=b"via proxy").json()["body"])
with httpx.Client(proxy=httpx.Proxy(PROXY), verify=CA) as client:
    r = client.get(TLS + "/api/4")
    print(r, r.json(), r.url)
print(httpx.get(BASE + "/echo", proxy=PROXY).json()["path"])
try:
    httpx.get(BASE + "/api/1", proxy=REFUSED)
except httpx.ConnectError as e:
    print(type(e).__name__, e)


async def proxied():
    async with httpx.AsyncClient(proxy=PROXY, verify=CA) as client:
        responses = await asyncio.gather(client.get(BASE + "/api/5"), client.get(TLS + "/api/6"))
        print([r.json()["id"] for r in responses])


asyncio.run(proxied())
