"""Python's websockets library (the names of its latest release) for tauraro scripts.

The connections, servers and protocol are tauraro-websockets (Java, on Reactor Netty), reached
through _websockets; this file only gives them websockets' classes and names. Awaiting a
connection's recv() or send() suspends the coroutine without holding a thread.
"""
import sys

import _websockets


# ---------------------------------------------------------------- exceptions

class Close:
    """A close frame: websockets.frames.Close."""

    def __init__(self, code, reason):
        self.code = code
        self.reason = reason

    def __str__(self):
        return _websockets.close_str(self.code, self.reason)

    def __repr__(self):
        return f"Close(code={self.code!r}, reason={self.reason!r})"


class WebSocketException(Exception):
    pass


class ConnectionClosed(WebSocketException):
    def __init__(self, rcvd, sent, rcvd_then_sent=None):
        self.rcvd = rcvd
        self.sent = sent
        self.rcvd_then_sent = rcvd_then_sent
        super().__init__(rcvd, sent, rcvd_then_sent)

    def __str__(self):
        return _websockets.closed_str(self.rcvd, self.sent, self.rcvd_then_sent)

    @property
    def code(self):
        return 1006 if self.rcvd is None else self.rcvd.code

    @property
    def reason(self):
        return "" if self.rcvd is None else self.rcvd.reason


class ConnectionClosedOK(ConnectionClosed):
    pass


class ConnectionClosedError(ConnectionClosed):
    pass


class InvalidURI(WebSocketException):
    def __init__(self, uri, msg):
        self.uri = uri
        self.msg = msg
        super().__init__(uri, msg)

    def __str__(self):
        return f"{self.uri} isn't a valid URI: {self.msg}"


class InvalidHandshake(WebSocketException):
    pass


class InvalidMessage(InvalidHandshake):
    pass


class InvalidHeader(InvalidHandshake):
    def __init__(self, name, value=None):
        self.name = name
        self.value = value
        super().__init__(name, value)

    def __str__(self):
        if self.value is None:
            return f"missing {self.name} header"
        if self.value == "":
            return f"empty {self.name} header"
        return f"invalid {self.name} header: {self.value}"


class InvalidStatus(InvalidHandshake):
    def __init__(self, response):
        self.response = response
        super().__init__(response)

    def __str__(self):
        return f"server rejected WebSocket connection: HTTP {self.response.status_code:d}"


class NegotiationError(InvalidHandshake):
    pass


class PayloadTooBig(WebSocketException):
    pass


class ProtocolError(WebSocketException):
    pass


def _place(module, names, imported=None):
    """websockets.<module> (`from websockets.asyncio.server import serve` is how the documentation
    imports them): the names given, each shown as defined there (__module__), as in the library's
    own layout, and the ones it only imports from elsewhere."""
    for value in names.values():
        value.__module__ = module
    return _websockets.submodule(module, dict(names, **(imported or {})))


exceptions = _place("websockets.exceptions", {
    "WebSocketException": WebSocketException,
    "ConnectionClosed": ConnectionClosed,
    "ConnectionClosedOK": ConnectionClosedOK,
    "ConnectionClosedError": ConnectionClosedError,
    "InvalidURI": InvalidURI,
    "InvalidHandshake": InvalidHandshake,
    "InvalidHeader": InvalidHeader,
    "InvalidMessage": InvalidMessage,
    "InvalidStatus": InvalidStatus,
    "NegotiationError": NegotiationError,
    "PayloadTooBig": PayloadTooBig,
    "ProtocolError": ProtocolError,
})


# ---------------------------------------------------------------- HTTP

class Headers:
    """Case-insensitive HTTP headers keeping order and repeats: websockets.datastructures.Headers."""

    def __init__(self, pairs=()):
        self._pairs = list(pairs)

    def __getitem__(self, name):
        values = self.get_all(name)
        if not values:
            raise KeyError(name)
        return values[0]

    def get(self, name, default=None):
        values = self.get_all(name)
        return values[0] if values else default

    def get_all(self, name):
        lower = name.lower()
        return [v for k, v in self._pairs if k.lower() == lower]

    def __contains__(self, name):
        return bool(self.get_all(name))

    def __setitem__(self, name, value):
        # As websockets' Headers (a multidict): setting adds a value.
        self._pairs.append((name, value))

    def __delitem__(self, name):
        lower = name.lower()
        if not self.get_all(name):
            raise KeyError(name)
        self._pairs = [(k, v) for k, v in self._pairs if k.lower() != lower]

    def raw_items(self):
        return iter(self._pairs)

    def __len__(self):
        return len(self._pairs)

    def __str__(self):
        return "".join(f"{k}: {v}\r\n" for k, v in self._pairs) + "\r\n"


class Request:
    def __init__(self, path, headers):
        self.path = path
        self.headers = headers


class Response:
    def __init__(self, status_code, reason_phrase, headers, body=b""):
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.headers = Headers(headers) if isinstance(headers, list) else headers
        self.body = body


# ---------------------------------------------------------------- connections

class State:
    CONNECTING = 0
    OPEN = 1
    CLOSING = 2
    CLOSED = 3


def _as_frame(message, text):
    # bytes for a Text frame must be UTF-8 (websockets leaves that to the caller; here invalid
    # UTF-8 raises UnicodeDecodeError instead of reaching the peer)
    if text is True and isinstance(message, (bytes, bytearray, memoryview)):
        return bytes(message).decode("utf-8")
    if isinstance(message, (bytearray, memoryview)):
        return bytes(message)  # any bytes-like message is a Binary frame
    if text is False and isinstance(message, str):
        return message.encode("utf-8")
    return message


class Connection:
    def __init__(self, j):
        self._j = j

    def recv(self, decode=None):
        if decode is None:
            return _websockets.recv(self._j)
        return self._recv_decoded(decode)

    async def _recv_decoded(self, decode):
        # websockets' decode=: True gives str for binary frames too, False gives bytes for text
        message = await _websockets.recv(self._j)
        if decode and isinstance(message, bytes):
            return message.decode("utf-8")
        if not decode and isinstance(message, str):
            return message.encode("utf-8")
        return message

    def send(self, message, text=None):
        # As websockets' send(): str and bytes are one frame; an iterable or an async iterable
        # is one message in fragments, all of the first one's type. text= overrides the frame
        # type: True sends bytes as a Text frame, False sends str as a Binary frame.
        if isinstance(message, (str, bytes)):
            return _websockets.send(self._j, _as_frame(message, text))
        return self._send_fragmented(message, text)

    async def _send_fragmented(self, message, text=None):
        if isinstance(message, dict):
            raise TypeError("data is a dict-like object")
        try:
            chunks = iter(message)
        except TypeError:
            chunks = None
        if chunks is not None:
            return await self._send_iterable(chunks, text)
        try:
            achunks = aiter(message)
        except (TypeError, AttributeError):
            raise TypeError("data must be str, bytes, iterable, or async iterable") from None
        return await self._send_async_iterable(achunks, text)

    async def _send_iterable(self, chunks, text):
        try:
            chunk = next(chunks)
        except StopIteration:
            return
        fragments = await _websockets.start_fragmented(self._j)
        try:
            kind = _fragment_kind(chunk)
            if kind is None:
                raise TypeError("iterable must contain bytes or str")
            await _websockets.send_fragment(fragments, _as_frame(chunk, text))
            for chunk in chunks:
                if _fragment_kind(chunk) is not kind:
                    raise TypeError("iterable must contain uniform types")
                await _websockets.send_fragment(fragments, _as_frame(chunk, text))
            await _websockets.end_fragmented(fragments)
        except Exception:
            # Half-way through a message that cannot be completed: the connection fails (1011).
            await _websockets.fail_fragmented(fragments)
            raise

    async def _send_async_iterable(self, chunks, text):
        try:
            chunk = await anext(chunks)
        except StopAsyncIteration:
            return
        fragments = await _websockets.start_fragmented(self._j)
        try:
            kind = _fragment_kind(chunk)
            if kind is None:
                raise TypeError("async iterable must contain bytes or str")
            await _websockets.send_fragment(fragments, _as_frame(chunk, text))
            async for chunk in chunks:
                if _fragment_kind(chunk) is not kind:
                    raise TypeError("async iterable must contain uniform types")
                await _websockets.send_fragment(fragments, _as_frame(chunk, text))
            await _websockets.end_fragmented(fragments)
        except Exception:
            await _websockets.fail_fragmented(fragments)
            raise

    def close(self, code=1000, reason=""):
        return _websockets.close(self._j, code, reason)

    def wait_closed(self):
        return _websockets.wait_closed(self._j)

    def ping(self, data=None):
        return _websockets.ping(self._j, data)

    def pong(self, data=b""):
        return _websockets.pong(self._j, data)

    def __aiter__(self):
        return self

    def __anext__(self):
        return _websockets.anext(self._j)

    @property
    def id(self):
        import uuid
        return uuid.UUID(_websockets.attr(self._j, "id"))   # websockets' id is a uuid.UUID

    @property
    def state(self):
        return _websockets.attr(self._j, "state")

    @property
    def local_address(self):
        return _websockets.attr(self._j, "local_address")

    @property
    def remote_address(self):
        return _websockets.attr(self._j, "remote_address")

    @property
    def latency(self):
        return _websockets.attr(self._j, "latency")

    @property
    def subprotocol(self):
        return _websockets.attr(self._j, "subprotocol")

    @property
    def close_code(self):
        return _websockets.attr(self._j, "close_code")

    @property
    def close_reason(self):
        return _websockets.attr(self._j, "close_reason")

    @property
    def request(self):
        return Request(_websockets.attr(self._j, "path"), Headers(_websockets.attr(self._j, "request_headers")))

    @property
    def response(self):
        return Response(_websockets.attr(self._j, "status_code"), "Switching Protocols",
                        Headers(_websockets.attr(self._j, "response_headers")))

    @property
    def path(self):
        return _websockets.attr(self._j, "path")

    @property
    def request_headers(self):
        return self.request.headers

    @property
    def response_headers(self):
        return self.response.headers


def _fragment_kind(chunk):
    """str or bytes for a fragment of that type, None for anything else."""
    if isinstance(chunk, str):
        return str
    if isinstance(chunk, (bytes, bytearray, memoryview)):
        return bytes
    return None


class ServerConnection(Connection):
    def __init__(self, j, server):
        super().__init__(j)
        self.server = server


class ClientConnection(Connection):
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.close()


# ---------------------------------------------------------------- servers

class _Socket:
    def __init__(self, address):
        self._address = address

    def getsockname(self):
        return self._address


class Server:
    def __init__(self):
        self._j = None
        self._connections = set()

    @property
    def connections(self):
        return set(self._connections)

    @property
    def sockets(self):
        return [_Socket(a) for a in _websockets.server_sockets(self._j)]

    def close(self, close_connections=True):
        _websockets.server_close(self._j, close_connections)

    def wait_closed(self):
        return _websockets.server_wait_closed(self._j)

    async def serve_forever(self):
        # asyncio.Server.serve_forever, which websockets' is: when the server is closed it
        # waits for it to finish closing, then raises CancelledError
        import asyncio
        await _websockets.server_wait_closed(self._j)
        raise asyncio.CancelledError()

    def is_serving(self):
        return _websockets.server_is_serving(self._j)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


class _Handshake:
    """The connection as process_request and process_response see it: before the handshake,
    with the request and websockets' respond()."""

    def __init__(self, request):
        self.request = request

    def respond(self, status, text):
        return Response(int(status), _websockets.reason_phrase(int(status)),
                        Headers([("Content-Type", "text/plain; charset=utf-8")]), text.encode())


def _awaitable(value):
    """Whether a hook returned a coroutine (or another awaitable) rather than its result."""
    import asyncio
    return asyncio.iscoroutine(value) or hasattr(value, "__await__")


def _response_tuple(response):
    return (response.status_code, response.reason_phrase, list(response.headers.raw_items()), response.body)


def _request_hook(hook):
    async def call(path, headers):
        request = Request(path, Headers(headers))
        response = hook(_Handshake(request), request)
        if _awaitable(response):
            response = await response
        return None if response is None else _response_tuple(response)
    return call


def _response_hook(hook):
    async def call(path, headers, status, reason, response_headers, body):
        request = Request(path, Headers(headers))
        response = Response(status, reason, Headers(response_headers), body)
        result = hook(_Handshake(request), request, response)
        if _awaitable(result):
            result = await result
        # websockets lets the hook change the response in place and return None
        return _response_tuple(response if result is None else result)
    return call


def _ssl_option(kwargs):
    """ssl=: an ssl.SSLContext (True: the default client context) as the JDK context Java takes."""
    context = kwargs.get("ssl")
    if context is None:
        kwargs.pop("ssl", None)
        return
    if context is True:
        import ssl
        context = ssl.create_default_context()
    if not hasattr(context, "_java_context"):
        raise TypeError(f"ssl must be an ssl.SSLContext, not {type(context).__name__}")
    kwargs["ssl"] = context._java_context()


class serve:
    """websockets.serve: await it for the Server, or use it with async with."""

    def __init__(self, handler, host=None, port=None, *, process_request=None, process_response=None, **kwargs):
        if process_request is not None:
            kwargs["process_request"] = _request_hook(process_request)
        if process_response is not None:
            kwargs["process_response"] = _response_hook(process_response)
        _ssl_option(kwargs)
        self._handler = handler
        self._host = host
        self._port = port
        self._kwargs = kwargs
        self._server = Server()

    async def _handle(self, j):
        websocket = ServerConnection(j, self._server)
        self._server._connections.add(websocket)
        try:
            await self._handler(websocket)
        except Exception as e:
            # As websockets' server: log the error with its traceback (logger.error(...,
            # exc_info=True) as logging's last-resort handler prints it), then close with 1011.
            print("connection handler failed", file=sys.stderr)
            print(_websockets.format_traceback(e), end="", file=sys.stderr)
            await websocket.close(1011)
        finally:
            self._server._connections.discard(websocket)

    async def _start(self):
        self._server._j = await _websockets.serve(self._handle, self._host, self._port, self._kwargs)
        return self._server

    def __await__(self):
        return self._start()

    async def __aenter__(self):
        return await self._start()

    async def __aexit__(self, *exc_info):
        self._server.close()
        await self._server.wait_closed()


def backoff(initial_delay=5.0, min_delay=3.1, max_delay=90.0, factor=1.618):
    """websockets.client.backoff: delays between reconnection attempts, in seconds."""
    import random
    # A random first delay under initial_delay: RFC 6455 7.2.3, recovering from abnormal closure.
    yield random.random() * initial_delay
    delay = min_delay
    while delay < max_delay:
        yield delay
        delay *= factor
    while True:
        yield max_delay


def process_exception(exc):
    """websockets' default: retry network errors, timeouts, a connection closed before the handshake
    response and HTTP 500/502/503/504; None means retry."""
    if isinstance(exc, (OSError, TimeoutError)):
        return None
    if isinstance(exc, InvalidMessage) and isinstance(exc.__cause__, EOFError):
        return None
    if isinstance(exc, InvalidStatus) and exc.response.status_code in [500, 502, 503, 504]:
        return None
    return exc


class connect:
    """websockets.connect: await it for a ClientConnection, use it with async with, or iterate
    it with async for to reconnect automatically."""

    def __init__(self, uri, *, process_exception=process_exception, reconnect_delays=backoff, **kwargs):
        _ssl_option(kwargs)
        self._uri = uri
        self._kwargs = kwargs
        self._connection = None
        self._process_exception = process_exception
        self._reconnect_delays = reconnect_delays

    async def _open(self):
        return ClientConnection(await _websockets.connect(self._uri, self._kwargs))

    def __await__(self):
        return self._open()

    async def __aenter__(self):
        self._connection = await self._open()
        return self._connection

    async def __aexit__(self, *exc_info):
        await self._connection.close()

    async def __aiter__(self):
        # As websockets: a failed attempt is retried after the next delay when
        # process_exception returns None, raised otherwise; a connection that ends, cleanly or
        # not, is followed by a new one, and the delays start over after each success.
        import asyncio
        delays = None
        while True:
            try:
                async with self as connection:
                    yield connection
            except Exception as exc:
                try:
                    new_exc = self._process_exception(exc)
                except Exception as raised_exc:
                    new_exc = raised_exc
                if new_exc is exc:
                    raise
                if new_exc is not None:
                    raise new_exc from exc
                if delays is None:
                    delays = self._reconnect_delays()
                # (websockets logs the retry at INFO level, which is not shown by default)
                await asyncio.sleep(next(delays))
            else:
                delays = None


def broadcast(connections, message, raise_exceptions=False, *, text=None):
    # As websockets: str is a Text frame, bytes-like a Binary one, text= overrides. Connections
    # not open, sending a fragmented message or too slow are skipped; raise_exceptions=True does
    # not report them here (see the README).
    if not isinstance(message, (str, bytes, bytearray, memoryview)):
        raise TypeError("data must be str or bytes")
    _websockets.broadcast([c._j for c in connections], _as_frame(message, text))


# ---------------------------------------------------------------- the latest release's module layout
# (_place above; websockets.exceptions is made where the exceptions are)

frames = _place("websockets.frames", {"Close": Close})
datastructures = _place("websockets.datastructures", {"Headers": Headers})
http11 = _place("websockets.http11", {"Request": Request, "Response": Response})
protocol = _place("websockets.protocol", {"State": State})
asyncio = _websockets.submodule("websockets.asyncio", {})
asyncio.connection = _place("websockets.asyncio.connection", {"Connection": Connection})
asyncio.server = _place("websockets.asyncio.server", {
    "serve": serve, "Server": Server, "ServerConnection": ServerConnection, "broadcast": broadcast})
asyncio.client = _place("websockets.asyncio.client", {
    "connect": connect, "ClientConnection": ClientConnection, "process_exception": process_exception},
    {"backoff": backoff})

