import http.client, http.server, threading, socket, os, tempfile, functools
import urllib.request, urllib.error
from http import HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase, HTTPStatus.OK == 200, len(HTTPStatus))
print(http.client.responses[418], http.client.HTTP_PORT)

seen = []

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        seen.append((self.command, self.path, self.request_version, list(self.headers.keys())))
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/missing":
            self.send_error(404)
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/target")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = ("you asked for %s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("X-Multi", "a")
        self.send_header("X-Multi", "b")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "42")
        self.end_headers()

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        seen.append((self.command, self.path, self.headers.get("content-type"), data))
        body = b"posted " + data[::-1]
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
try:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/hello")
    r = conn.getresponse()
    print(r.status, r.reason, r.version, r.getheader("content-type"), r.getheader("X-Multi"), r.getheader("nope", "dflt"))
    print(r.read(), r.isclosed(), r.chunked, r.will_close)
    print([k for k, v in r.getheaders()])
    conn.request("POST", "/form", body=b"abc", headers={"Content-Type": "text/x"})
    r = conn.getresponse()
    print(r.status, r.reason, r.read(3), r.read())
    conn.request("GET", "/chunked")
    r = conn.getresponse()
    print(r.status, r.chunked, r.read(4), r.read())
    conn.request("HEAD", "/head")
    r = conn.getresponse()
    print(r.status, r.getheader("Content-Length"), r.read())
    conn.request("GET", "/missing")
    r = conn.getresponse()
    print(r.status, r.reason, r.getheader("Connection"), len(r.read()) > 0)
    conn.close()
    conn = http.client.HTTPConnection("127.0.0.1:%d" % port, timeout=5)
    conn.request("BREW", "/pot")
    r = conn.getresponse()
    print(r.status, r.reason)
    r.read()
    conn.close()
    try:
        conn.getresponse()
    except http.client.ResponseNotReady as e:
        print("ResponseNotReady", e)
    print(seen[0])
    print(seen[1])

    base = "http://127.0.0.1:%d" % port
    with urllib.request.urlopen(base + "/u?x=1") as resp:
        print(resp.status, resp.getcode(), resp.reason, resp.read(), resp.headers["Content-Type"])
    with urllib.request.urlopen(base + "/redirect") as resp:
        print(resp.status, resp.read(), resp.geturl() == base + "/target")
    with urllib.request.urlopen(urllib.request.Request(base + "/p", data=b"xyz")) as resp:
        print(resp.status, resp.read())
    print(seen[-1])
    try:
        urllib.request.urlopen(base + "/missing")
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e, e.code, e.reason, isinstance(e, urllib.error.URLError))
    try:
        urllib.request.urlopen("ftp2://x")
    except urllib.error.URLError as e:
        print(type(e).__name__, e)
finally:
    server.shutdown()
    server.server_close()
    t.join(10)
print("server stopped", t.is_alive())

try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % port)
except urllib.error.URLError as e:
    print(type(e).__name__, e, type(e.reason).__name__)

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "a.txt"), "w") as f:
        f.write("file contents\n")
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "index.html"), "w") as f:
        f.write("<p>index</p>")
    srv = http.server.HTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=d))
    th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    try:
        c = http.client.HTTPConnection("127.0.0.1", srv.server_port, timeout=5)
        for path in ("/a.txt", "/nope.txt", "/sub", "/sub/", "/"):
            c.request("GET", path)
            r = c.getresponse()
            body = r.read()
            print(path, r.status, r.reason, r.getheader("Content-type"), r.getheader("Location"),
                  body if r.status == 200 and path != "/" else (b"a.txt" in body, b"sub/" in body))
            c.close()
    finally:
        srv.shutdown()
        srv.server_close()
        th.join(10)
