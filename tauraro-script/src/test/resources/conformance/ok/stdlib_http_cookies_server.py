import threading, http.server, http.client, urllib.request

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('%s|%s|%s' % (type(self.headers).__name__, self.headers.get_content_type(), self.headers.get_all('X-Multi'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Set-Cookie', 'a=1; Path=/')
        self.send_header('Set-Cookie', 'b="x y"; HttpOnly')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass

srv = http.server.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever); t.start()
try:
    c = http.client.HTTPConnection('127.0.0.1', srv.server_address[1], timeout=10)
    c.request('GET', '/', headers={'X-Multi': 'one', 'Content-Type': 'application/json'})
    r = c.getresponse()
    print(r.status, r.read().decode(), r.headers.get_content_charset(), r.headers.get_all('set-cookie'), r.getheader('Set-Cookie'))
    from http.cookies import SimpleCookie
    jar = SimpleCookie()
    for v in r.headers.get_all('set-cookie'):
        jar.load(v)
    print(repr(jar), jar['b']['httponly'])
    c.close()
    with urllib.request.urlopen('http://127.0.0.1:%d/' % srv.server_address[1], timeout=10) as resp:
        print(type(resp.headers).__name__, resp.headers.get_content_type(), resp.read().decode()[:20])
finally:
    srv.shutdown(); srv.server_close(); t.join()
