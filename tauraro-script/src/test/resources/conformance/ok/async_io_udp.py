# asyncio UDP on 127.0.0.1: loop.create_datagram_endpoint with a bound echo endpoint and a connected
# client, empty datagrams (not sent), a wrong address, sendto without an address from an unbound
# endpoint (a fatal error, reported on stderr), and the refusal a connected endpoint hears.
import asyncio
class Echo(asyncio.DatagramProtocol):
    def connection_made(self, t):
        self.t = t
    def datagram_received(self, data, addr):
        self.t.sendto(data.upper(), addr)
class Client(asyncio.DatagramProtocol):
    def __init__(self, q):
        self.q = q
    def datagram_received(self, data, addr):
        self.q.put_nowait((data, addr[0]))
    def error_received(self, exc):
        self.q.put_nowait(("error", repr(exc)))
    def connection_lost(self, exc):
        self.q.put_nowait(("lost", exc))
async def main():
    loop = asyncio.get_running_loop()
    t, p = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    addr = t.get_extra_info("sockname")
    print(type(t).__name__, addr[0], t.get_extra_info("peername"))
    q = asyncio.Queue()
    ct, cp = await loop.create_datagram_endpoint(lambda: Client(q), remote_addr=addr)
    print(ct.get_extra_info("peername") == addr)
    ct.sendto(b"ping")
    print(await q.get())
    ct.sendto(b"")
    ct.sendto(b"after empty")
    print(await q.get())
    try:
        ct.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print("ValueError", e == e, str(e).startswith("Invalid address: must be None or"))
    try:
        t.sendto(b"x")
    except Exception as e:
        print(type(e).__name__, e)
    t.close()
    await asyncio.sleep(0.05)
    ct.sendto(b"nobody")
    print(await asyncio.wait_for(q.get(), 5))
    ct.close()
    print(await q.get())
    print(ct.is_closing())
asyncio.run(main())
