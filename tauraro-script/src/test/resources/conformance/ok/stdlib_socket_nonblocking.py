import socket, select, selectors, errno
srv = socket.create_server(("127.0.0.1", 0))
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
    print("connected at once")
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EINPROGRESS)
r, w, x = select.select([], [c], [], 5)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
c.send(b"nb")
print(conn.recv(2))
try:
    c.recv(1)
except BlockingIOError as e:
    print(e)
c.close(); conn.close()
# refused, non-blocking
port = srv.getsockname()[1]
srv.close()
d = socket.socket()
d.setblocking(False)
rc = d.connect_ex(("127.0.0.1", port))
print(rc in (errno.EINPROGRESS, errno.ECONNREFUSED))
if rc == errno.EINPROGRESS:
    select.select([], [d], [], 5)
    print(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
else:
    print(111)
d.close()
# echo loop with selectors and non-blocking sockets
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(srv, selectors.EVENT_READ, "accept")
clients = [socket.create_connection(srv.getsockname()) for _ in range(3)]
for i, cl in enumerate(clients):
    cl.sendall(b"msg%d" % i)
got = []
for _ in range(50):
    if len(got) == 3:
        break
    for key, ev in sel.select(1):
        if key.data == "accept":
            cn, _ = key.fileobj.accept()
            cn.setblocking(False)
            sel.register(cn, selectors.EVENT_READ, "conn")
        else:
            data = key.fileobj.recv(100)
            if data:
                got.append(data)
                key.fileobj.sendall(data.upper())
            sel.unregister(key.fileobj)
            key.fileobj.close()
print(sorted(got), sorted(cl.recv(10) for cl in clients))
for cl in clients:
    cl.close()
sel.close(); srv.close()
