"""socketserver: a framework for network servers, written from the Python 3.11 documentation over
lib/socket.py and lib/selectors.py. TCPServer, UDPServer, UnixStreamServer, the threading variants
(ThreadingMixIn, ThreadingTCPServer, ThreadingUDPServer, ThreadingUnixStreamServer) and the
request handlers (BaseRequestHandler, StreamRequestHandler, DatagramRequestHandler).

Absent: ForkingMixIn and the Forking* servers (no fork() in a JVM), and UnixDatagramServer (Java
has no Unix-domain datagram channel)."""

import io
import os
import selectors
import socket
import sys
import threading
from time import monotonic as _time

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler", "ThreadingMixIn",
           "UnixStreamServer", "ThreadingUnixStreamServer"]

_ServerSelector = selectors.DefaultSelector


class BaseServer:
    """The server loop: serve_forever/handle_request dispatch each request to RequestHandlerClass."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._is_shut_down = threading.Event()
        self._shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests until shutdown(), checking for it every poll_interval seconds."""
        self._is_shut_down.clear()
        try:
            with _ServerSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self._shutdown_request:
                    ready = selector.select(poll_interval)
                    if self._shutdown_request:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._shutdown_request = False
            self._is_shut_down.set()

    def shutdown(self):
        """Stops serve_forever and waits until it has returned (call it from another thread)."""
        self._shutdown_request = True
        self._is_shut_down.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handles one request, waiting at most the socket's timeout or self.timeout."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        deadline = None if timeout is None else _time() + timeout
        with _ServerSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                if selector.select(timeout):
                    return self._handle_request_noblock()
                if timeout is not None:
                    timeout = deadline - _time()
                    if timeout < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except BaseException:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        """Prints the traceback of a handler's exception to stderr; the server goes on."""
        print("-" * 40, file=sys.stderr)
        print("Exception occurred during processing of request from", client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print("-" * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket bound to server_address (listening unless bind_and_activate is false)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each request is (packet, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class _Threads(list):
    """The request threads not yet joined; finished ones are dropped as new ones start."""

    def append(self, thread):
        self.reap()
        if thread.daemon:
            return
        super().append(thread)

    def pop_all(self):
        self[:], result = [], self[:]
        return result

    def join(self):
        for thread in self.pop_all():
            thread.join()

    def reap(self):
        self[:] = (thread for thread in self if thread.is_alive())


class _NoThreads:
    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Handles each request in a new thread; server_close() joins them unless block_on_close is false."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            vars(self).setdefault("_threads", _Threads())
        t = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        t.daemon = self.daemon_threads
        self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
    pass


class BaseRequestHandler:
    """One request: the constructor runs setup(), handle() and finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class _SocketWriter:
    """StreamRequestHandler's unbuffered wfile: each write is sent whole (sendall)."""

    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        return len(memoryview(b))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def fileno(self):
        return self._sock.fileno()


class StreamRequestHandler(BaseRequestHandler):
    """A stream request with rfile (buffered reads) and wfile (unbuffered writes by default)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile("rb", self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile("wb", self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass  # the client went away: nothing more can be sent
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A datagram request: rfile reads the packet, what is written to wfile is sent back."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = io.BytesIO(self.packet)
        self.wfile = io.BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
