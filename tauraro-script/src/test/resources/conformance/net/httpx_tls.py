# TLS: verification on by default (a self-signed certificate is refused with CPython's wording),
# verify=False, verify="ca.pem" (a CA bundle) and verify=ssl.SSLContext, with the module functions,
# Client and AsyncClient.
import sys
import asyncio
import ssl
import httpx

TLS = sys.argv[3]
CA = sys.argv[4]

try:
    httpx.get(TLS + "/api/1")
except httpx.ConnectError as e:
    print(type(e).__name__, e)
print(httpx.get(TLS + "/api/1", verify=False).json())
r = httpx.get(TLS + "/api/2", verify=CA)
print(r, r.json(), r.url, r.http_version)

with httpx.Client(base_url=TLS, verify=CA) as client:
    r = client.post("/echo", content=b"over tls")
    print(r.json()["body"], r.url)
    with client.stream("GET", "/lines") as s:
        print([line.strip() for line in s.iter_lines()])
with httpx.Client(base_url=TLS) as client:
    try:
        client.get("/api/3")
    except httpx.TransportError as e:
        print(type(e).__name__, isinstance(e, httpx.NetworkError), e)

context = ssl.create_default_context(cafile=CA)
with httpx.Client(verify=context) as client:
    print(client.get(TLS + "/api/6").json())
unchecked = ssl.create_default_context()
unchecked.check_hostname = False
unchecked.verify_mode = ssl.CERT_NONE
print(httpx.get(TLS + "/api/7", verify=unchecked).json())
try:
    httpx.get(TLS + "/api/8", verify=ssl.create_default_context())
except httpx.ConnectError as e:
    print(type(e).__name__, e)


async def main():
    async with httpx.AsyncClient(verify=CA) as client:
        responses = await asyncio.gather(*[client.get(f"{TLS}/api/{i}") for i in range(5)])
        print([r.json()["id"] for r in responses])
    async with httpx.AsyncClient(verify=False) as client:
        print((await client.get(TLS + "/status/404")).status_code)


asyncio.run(main())
