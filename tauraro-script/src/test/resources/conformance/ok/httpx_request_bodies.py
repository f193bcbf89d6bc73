# httpx.Request built outside any client: form data, files (multipart), content and cookies
# (JSON is left out: httpx 0.28 writes it compact, the 0.23 that Debian ships does not).
import re
import httpx


def show(request):
    body = request.read()
    ctype = request.headers.get("content-type", "")
    match = re.search(r"boundary=([0-9a-f]+)", ctype)
    if match:  # the boundary is random: show it as a placeholder
        body = body.replace(match.group(1).encode(), b"BOUNDARY")
        ctype = ctype.replace(match.group(1), "BOUNDARY")
    print(request.method, request.url)
    print(" ", ctype, request.headers.get("content-length"), request.headers.get("cookie"))
    print(" ", body)


show(httpx.Request("POST", "http://127.0.0.1:8000/form", data={"name": "ann", "tags": ["a", "b"], "n": 3}))
show(httpx.Request("POST", "http://127.0.0.1:8000/upload", data={"kind": "log"},
                   files={"file": ("report.txt", b"line 1\nline 2\n", "text/plain")}))
show(httpx.Request("POST", "http://127.0.0.1:8000/upload", files={"blob": ("data.bin", b"\x00\x01")}))
show(httpx.Request("POST", "http://127.0.0.1:8000/raw", content=b"raw bytes",
                   headers={"Content-Type": "application/octet-stream"}))
show(httpx.Request("GET", "http://127.0.0.1:8000/c", params={"q": "x y"}, cookies={"session": "abc", "theme": "dark"}))
show(httpx.Request("POST", "http://127.0.0.1:8000/override", data={"a": "1"},
                   headers={"Content-Type": "text/x-custom"}))
