import socket, socketserver, threading

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo " + line.upper())
            if line.strip() == b"quit":
                break

class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(data.upper())

class UDPHandler(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(b"udp:" + data)

class Fails(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")

def run(server_cls, handler, client, **attrs):
    for k, v in attrs.items():
        setattr(server_cls, k, v)
    with server_cls(("127.0.0.1", 0), handler) as server:
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            client(server.server_address)
        finally:
            server.shutdown()
            t.join(10)
        print(server_cls.__name__, "alive:", t.is_alive())

def stream_client(addr):
    with socket.create_connection(addr, timeout=5) as c:
        f = c.makefile("rwb")
        for word in (b"hello\n", b"world\n", b"quit\n"):
            f.write(word); f.flush()
            print(f.readline())
        f.close()

def upper_client(addr):
    results = []
    def one(i):
        with socket.create_connection(addr, timeout=5) as c:
            c.sendall(b"msg %d" % i)
            results.append(c.recv(100))
    threads = [threading.Thread(target=one, args=(i,)) for i in range(5)]
    for th in threads: th.start()
    for th in threads: th.join(10)
    print(sorted(results))

def udp_client(addr):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.settimeout(5)
        u.sendto(b"ping", addr)
        print(u.recvfrom(100)[0])

def fail_client(addr):
    with socket.create_connection(addr, timeout=5) as c:
        c.sendall(b"x")
        print("after failure:", c.recv(10))

run(socketserver.TCPServer, Echo, stream_client, allow_reuse_address=True)
run(socketserver.ThreadingTCPServer, Upper, upper_client, daemon_threads=True)
run(socketserver.UDPServer, UDPHandler, udp_client)
run(socketserver.ThreadingUDPServer, UDPHandler, udp_client)
import io, sys
err, sys.stderr = sys.stderr, io.StringIO()
try:
    run(socketserver.TCPServer, Fails, fail_client)
finally:
    text, sys.stderr = sys.stderr.getvalue(), err
print("Exception occurred during processing of request from" in text, "ValueError: handler failed" in text)

# handle_request with a timeout
class Timed(socketserver.TCPServer):
    timeout = 0.05
    def handle_timeout(self):
        print("timed out")
with Timed(("127.0.0.1", 0), Upper) as s:
    s.handle_request()
    print(s.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    c = socket.create_connection(s.server_address)
    c.sendall(b"one")
    s.handle_request()
    print(c.recv(10))
    c.close()

s = socketserver.TCPServer(("127.0.0.1", 0), Upper, bind_and_activate=False)
print(s.server_address, s.socket.getsockname())
s.server_close()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer))

import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "srv")
    def unix_client(addr):
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(addr)
            c.sendall(b"unix")
            print(c.recv(10))
    with socketserver.ThreadingUnixStreamServer(path, Upper) as server:
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        unix_client(path)
        server.shutdown()
        t.join(10)
    print(server.server_address == path)
