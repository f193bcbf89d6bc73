# The text encoding httpx falls back on when a response names no charset: a name, or a callable given the body (Client and Response), through MockTransport
import httpx
def handler(request):
    return httpx.Response(200, headers={"Content-Type": "text/plain"}, content="é".encode("latin-1"))
with httpx.Client(transport=httpx.MockTransport(handler), default_encoding="latin-1") as c:
    r = c.get("http://example.org/")
    print(r.encoding, r.text)
with httpx.Client(transport=httpx.MockTransport(handler), default_encoding=lambda b: "cp1252" if b else None) as c:
    r = c.get("http://example.org/")
    print(r.encoding, r.text)
r = httpx.Response(200, content="é".encode("latin-1"), default_encoding="latin-1")
print(r.encoding, r.text)
r = httpx.Response(200, content="é".encode("latin-1"), default_encoding=lambda b: "latin-1")
print(r.encoding, r.text)
