import socket, threading
print(socket.AF_INET, repr(socket.SOCK_STREAM))
s = socket.socket()
print(repr(s).replace(str(s.fileno()), "N"))
s.bind(("127.0.0.1", 0))
s.listen()
addr = s.getsockname()
print(addr[0], type(addr[1]))
def server():
    c, a = s.accept()
    with c:
        print("server got", c.recv(100))
        c.sendall(b"pong")
t = threading.Thread(target=server); t.start()
c = socket.create_connection(addr, timeout=5)
c.sendall(b"ping")
print("client got", c.recv(100))
t.join()
c.close(); s.close()
print(s)
try:
    socket.create_connection(addr)
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno)
