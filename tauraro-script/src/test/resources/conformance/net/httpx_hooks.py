# httpx's event hooks, next_request, response cookies and links, client headers, mounts and
# transports: with the fixture server and with MockTransport.
import sys
import asyncio
import datetime
import httpx

BASE = sys.argv[1]
REFUSED = sys.argv[2]

seen = []


def log_request(request):
    seen.append(f"request {request.method} {request.url.path}")
    request.headers["X-Test"] = "hooked"


def log_response(response):
    seen.append(f"response {response.status_code} {response.request.url.path}")


with httpx.Client(base_url=BASE, event_hooks={"request": [log_request], "response": [log_response]}) as client:
    r = client.get("/redirect/2", follow_redirects=True)
    print(r.status_code, r.text, [h.status_code for h in r.history], r.url)
    print(type(r.elapsed).__name__, r.elapsed.total_seconds() >= 0, r.elapsed < datetime.timedelta(seconds=60))
    print(seen)
    seen.clear()
    print(client.get("/echo").json()["x-test"])
    r = client.get("/redirect/1")
    print(r.status_code, seen)
    print(r.next_request, r.next_request.method, r.next_request.url)
    r2 = client.send(r.next_request)
    print(r2.status_code, r2.text, r2.next_request)
    seen.clear()


def fail_on_error(response):
    response.raise_for_status()


with httpx.Client(base_url=BASE, event_hooks={"response": [fail_on_error]}) as client:
    try:
        client.get("/status/404")
    except httpx.HTTPStatusError as e:
        print("hook raised:", type(e).__name__, e.response.status_code)
    print(client.get("/api/1").status_code)

with httpx.Client(base_url=BASE, max_redirects=1, event_hooks={"request": [log_request]}) as client:
    try:
        client.get("/redirect/3", follow_redirects=True)
    except httpx.TooManyRedirects as e:
        print("TooManyRedirects:", e)
    print(seen)
    seen.clear()

# next_request without hooks, and of a response that is not a redirect
with httpx.Client(base_url=BASE) as client:
    r = client.get("/redirect/1")
    print(r.next_request.url, client.get("/api/1").next_request)

# client.headers: httpx's defaults, changed between requests
with httpx.Client(base_url=BASE, headers={"X-Test": "1"}) as client:
    print(sorted(k for k in client.headers.keys() if k != "user-agent"), client.headers["x-test"])
    client.headers["X-Test"] = "2"
    print(client.get("/echo").json()["x-test"])
    client.headers = {"Authorization": "Bearer t"}
    e = client.get("/echo").json()
    print(e["x-test"], e["authorization"], client.get("/echo", headers={"X-Test": "3"}).json()["x-test"])


# Response cookies and links, through MockTransport
def handler(request):
    return httpx.Response(200, headers=[("Set-Cookie", "a=1; Path=/"), ("Set-Cookie", "b=2"),
                                        ("Link", '<https://api.test/?page=2>; rel="next", <https://api.test/?page=9>; rel="last"')],
                          text="ok")


with httpx.Client(transport=httpx.MockTransport(handler)) as client:
    r = client.get("https://api.test/items")
    print(dict(r.cookies), r.cookies["b"], len(r.cookies))
    print(r.links["next"]["url"], r.links["last"], sorted(r.links))
    print(dict(client.cookies))
print(httpx.Response(200).links)
try:
    httpx.Response(200).cookies
except RuntimeError as e:
    print("RuntimeError:", e)


# mounts: MockTransports by pattern, the network for the rest, and an HTTPTransport of its own
def named(name):
    return httpx.MockTransport(lambda request: httpx.Response(200, text=name))


mounts = {"all://": named("A"), "https://": named("B"), "all://*example.com": named("C"),
          "all://*.sub.test": named("E"), "http://127.0.0.1": httpx.HTTPTransport()}
with httpx.Client(mounts=mounts) as client:
    for url in ["http://other/", "https://other/", "http://www.example.com/", "http://example.com/",
                "http://sub.test/", "http://a.sub.test/"]:
        print(url, client.get(url).text)
    print(client.get(BASE + "/api/2").json())
try:
    httpx.Client(mounts={"http": None})
except ValueError as e:
    print("ValueError:", e)
with httpx.Client(transport=httpx.HTTPTransport(limits=httpx.Limits(max_connections=2))) as client:
    print(client.get(BASE + "/api/4").json())


# AsyncClient: coroutine hooks
async def main():
    events = []

    async def on_request(request):
        events.append(f"request {request.url.path}")

    async def on_response(response):
        await response.aread()
        events.append(f"response {response.status_code} {len(response.content) > 0}")

    async with httpx.AsyncClient(base_url=BASE, event_hooks={"request": [on_request], "response": [on_response]},
                                 follow_redirects=True) as client:
        r = await client.get("/redirect/2")
        print(r.status_code, r.text, len(r.history))
        async with client.stream("GET", "/api/5") as s:
            print(s.status_code, (await s.aread())[:10])
    print(events)
    async with httpx.AsyncClient(mounts={"all://": named("mocked")}) as client:
        print((await client.get("http://anything/")).text)
        r = await client.get("http://other/x")
        print(r.next_request)

asyncio.run(main())
