import socket, threading, os, tempfile, errno

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.settimeout(5)
print(u2.sendto(b"hello", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.sendto(b"back", addr)
print(u2.recv(100))
u2.connect(u1.getsockname())
u2.send(b"conn")
print(u1.recvfrom(2)[0])
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except socket.timeout as e:
    print("timeout", type(e).__name__, e, e.errno)
u1.setblocking(False)
try:
    u1.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e)
print(u1.gettimeout(), u1.getblocking())
u1.close(); u2.close()

# timeouts on TCP
srv = socket.create_server(("127.0.0.1", 0))
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", e)
c = socket.socket()
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), c.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), c.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    c.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    c.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
c.connect(srv.getsockname())
conn, peer = srv.accept()
print(peer == c.getsockname(), conn.getpeername() == c.getsockname(), conn.gettimeout())
print(repr(c).count("raddr="))
c.settimeout(0.05)
try:
    c.recv(10)
except socket.timeout as e:
    print("recv", e)
buf = bytearray(10)
conn.sendall(b"abc")
c.settimeout(5)
print(c.recv_into(buf), buf)
mv = memoryview(buf)
conn.sendall(b"XYZW")
print(c.recv_into(mv[2:], 2), buf)
conn.shutdown(socket.SHUT_WR)
print(c.recv(10), c.recv(10), c.recv(10))
c.sendall(b"after")
print(conn.recv(10))
c.close()
print(conn.recv(10))
conn.close()
try:
    conn.recv(1)
except OSError as e:
    print(type(e).__name__, e)
print(c.fileno())
srv.close()

# errors
s = socket.socket()
for bad in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000), ("127.0.0.1", "80")]:
    try:
        s.bind(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.connect(("no.such.host.invalid", 80))
except socket.gaierror as e:
    print(type(e).__name__, e, e.errno, isinstance(e, OSError))
try:
    s.setsockopt(socket.SOL_SOCKET, 9999, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    s.recv(-1)
except ValueError as e:
    print(e)
s.close()

# in use
a = socket.socket(); a.bind(("127.0.0.1", 0)); a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e)
print(b.connect_ex(("127.0.0.1", 1)))
a.close(); b.close()

# AF_UNIX
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    us.bind(path)
    us.listen(1)
    print(us.getsockname() == path, os.path.exists(path))
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    uconn, uaddr = us.accept()
    print(repr(uaddr), uc.getpeername() == path)
    uc.sendall(b"unix!")
    print(uconn.recv(10))
    for x in (uc, uconn, us): x.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "none"))
    except OSError as e:
        print(type(e).__name__, e)

p, q = socket.socketpair()
print(p.family, p.type, repr(p.getsockname()))
p.sendall(b"pair"); print(q.recv(4))
with p, q:
    pass
print(p._closed if hasattr(p, "_closed") else True)
