# Synchronous httpx: clients, bodies, params, redirects, cookies, auth, streaming and errors.
import sys
import json
import httpx

BASE = sys.argv[1]
REFUSED = sys.argv[2]


def first_line(e):
    return str(e).splitlines()[0]


r = httpx.get(BASE + "/api/3")
print(r, r.status_code, r.reason_phrase, r.http_version)
print(r.headers["Content-Type"], "content-type" in r.headers, r.json())
print(r.is_success, r.is_error, r.is_redirect, r.url)

with httpx.Client(base_url=BASE, headers={"X-Test": "client"}) as client:
    e = client.post("/echo", json={"name": "x", "n": [1, 2]}).json()
    print(e["method"], e["path"], json.loads(e["body"]), e["content-type"], e["x-test"])
    e = client.post("/echo", data={"a": "x y", "b": ["1", "2"]}, headers={"X-Test": "request"}).json()
    print(e["body"], e["content-type"], e["x-test"])
    e = client.put("/echo", content=b"raw bytes").json()
    print(e["method"], e["body"])
    e = client.get("/echo", params={"q": "a b", "tag": ["x", "y"]}).json()
    print(e["query"])
    print(client.delete("/echo").json()["method"], client.patch("/echo", content="p").json()["body"])

    r = client.get("/redirect/3")
    print(r.status_code, r.is_redirect, r.headers["location"], r.history)
    r = client.get("/redirect/3", follow_redirects=True)
    print(r.status_code, r.text, [h.status_code for h in r.history], r.url)

    client.get("/set-cookie?session=abc&theme=dark")
    print(client.cookies["session"], client.cookies.get("theme"), client.cookies.get("missing"))
    print(client.get("/echo").json()["cookie"])

    print(client.get("/echo", auth=("user", "pass")).json()["authorization"])
    print(client.get("/echo", auth=httpx.BasicAuth("u", "p")).json()["authorization"])

    r = client.get("/gzip")
    print(r.headers["content-encoding"], r.text)
    r = client.get("/br")
    # httpx asks for zstd too where its zstd extra is installed (0.28), tauraro always
    print(r.headers["content-encoding"], r.text, r.request.headers["accept-encoding"].split(", ")[:3])

    with client.stream("GET", "/lines") as s:
        print(s.status_code, [line.strip() for line in s.iter_lines()])
    with client.stream("GET", "/lines") as s:
        chunks = list(s.iter_bytes())
        print(b"".join(chunks))

    r = client.get("/status/404")
    print(r.status_code, r.reason_phrase, r.is_client_error)
    try:
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        print(type(e).__name__, first_line(e))
        print(e.response.status_code, e.request.method, e.request.url)
    try:
        client.get("/status/503").raise_for_status()
    except httpx.HTTPError as e:
        print(type(e).__name__, first_line(e))

    try:
        client.get("/bad-json").json()
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)

try:
    httpx.get(REFUSED)
except httpx.ConnectError as e:
    print(type(e).__name__, e, isinstance(e, httpx.TransportError), isinstance(e, httpx.RequestError))

try:
    httpx.get(BASE + "/slow", timeout=0.3)
except httpx.TimeoutException as e:
    print(type(e).__name__, isinstance(e, httpx.ReadTimeout), e.request.url)

with httpx.Client(follow_redirects=True, max_redirects=4) as client:
    try:
        client.get(BASE + "/loop")
    except httpx.TooManyRedirects as e:
        print(type(e).__name__, e)

for bad in ["ftp://example.com/", "/relative/path"]:
    try:
        httpx.get(bad)
    except httpx.UnsupportedProtocol as e:
        print(type(e).__name__, e)

print(httpx.Timeout(10.0), httpx.Timeout(5.0, connect=1.0), httpx.Timeout(None))
print(httpx.URL(BASE + "/a/b?x=1").join("../c").path, httpx.URL("http://h/p?a=1&a=2").params.get_list("a"))
print(httpx.Headers({"A": "1", "b": "2"}), httpx.Headers([("a", "1"), ("A", "2")])["a"])
print(httpx.Request("GET", "http://example.com/x"), httpx.Response(201), httpx.Response(200, json={"k": 1}).json())
