import socket, threading
try:
    srv = socket.create_server(("::1", 0), family=socket.AF_INET6)
except OSError as e:
    print("no ipv6", e)
    raise SystemExit
print(srv.getsockname()[0], len(srv.getsockname()), srv.family)
c = socket.create_connection(("::1", srv.getsockname()[1]), timeout=5)
conn, addr = srv.accept()
print(addr[0], len(addr), c.getpeername()[0])
c.sendall(b"v6"); print(conn.recv(2))
for s in (c, conn, srv): s.close()
