import socket, threading
srv = socket.create_server(("127.0.0.1", 0))
def serve():
    conn, _ = srv.accept()
    with conn:
        rf = conn.makefile("rb")
        wf = conn.makefile("wb")
        for line in rf:
            wf.write(b"echo: " + line)
            wf.flush()
            if line.startswith(b"bye"):
                break
        rf.close(); wf.close()
t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname(), timeout=5)
f = c.makefile("rw", encoding="utf-8", newline="")
print(type(f).__name__)
f.write("héllo\nworld\n"); f.flush()
print(repr(f.readline()), repr(f.readline()))
f.write("bye\n"); f.flush()
print(repr(f.readline()), repr(f.readline()))
f.close()
c.close()
t.join()
srv.close()
b = socket.socket()
bf = b.makefile("rb")
print(bf.readable(), bf.writable(), "b" in bf.mode)
bf.close()
b.close()
try:
    b.makefile("rx")
except ValueError as e:
    print(e)
