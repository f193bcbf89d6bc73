"""http.client: the client side of HTTP/1.1, written from the Python 3.11 documentation over
lib/socket.py. HTTPConnection (request/putrequest/putheader/endheaders/send/getresponse, keep-alive
reuse of the connection), HTTPResponse (status, reason, version, headers, getheader(s), read with
Content-Length, chunked transfer coding or read-until-close) and the module's exceptions.

Headers are an HTTPMessage, an email.message.Message as in CPython. Differences from CPython:
HTTPSConnection, set_tunnel and file-object bodies are absent; bodies are bytes, str (ISO-8859-1)
or an iterable of bytes (sent chunked with encode_chunked=True)."""

import email.message
import email.parser
import socket
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode", "IncompleteRead", "InvalidURL",
           "ImproperConnectionState", "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error", "responses", "HTTPMessage",
           "parse_headers", "HTTP_PORT", "HTTPS_PORT"]

HTTP_PORT = 80
HTTPS_PORT = 443
_MAXLINE = 65536
_MAXHEADERS = 100

responses = {status.value: status.phrase for status in HTTPStatus}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ", %i more expected" % self.expected if self.expected is not None else ""
        return "%s(%i bytes read%s)" % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        # super(), not HTTPException.__init__: the runtime resolves the latter (a class that
        # inherits Exception's __init__) to object.__init__ and raises TypeError.
        super().__init__("got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage(email.message.Message):
    """Response (and request) headers: an email.message.Message, as in CPython."""

    def getallmatchingheaders(self, name):
        """CPython's legacy method: it matches 'name:' against the header names (keys()),
        which never hold a colon, so the list is always empty; kept for the same result."""
        prefix = name.lower() + ":"
        return [k for k in self.keys() if k[:len(prefix)].lower() == prefix]


def _read_line(fp, what):
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines up to the blank line from a binary file and parses them (as
    ISO-8859-1) with email.parser into a _class message, as CPython does."""
    headers = []
    while True:
        line = _read_line(fp, "header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b"\r\n", b"\n", b""):
            break
    hstring = b"".join(headers).decode("iso-8859-1")
    return email.parser.Parser(_class=_class).parsestr(hstring)


class HTTPResponse:
    """A response to a request: status line and headers read by begin(), the body by read()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = "UNKNOWN"
        self.status = "UNKNOWN"
        self.reason = "UNKNOWN"
        self.chunked = "UNKNOWN"
        self.chunk_left = "UNKNOWN"
        self.length = "UNKNOWN"
        self.will_close = "UNKNOWN"
        self.url = url

    def _read_status(self):
        line = _read_line(self.fp, "status line").decode("iso-8859-1")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line) from None
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)  # the interim response's headers
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        encoding = self.headers.get("transfer-encoding")
        self.chunked = bool(encoding and encoding.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or 100 <= status < 200 \
                or self._method == "HEAD":
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            return "close" in conn
        if self.headers.get("keep-alive"):
            return False
        if "keep-alive" in conn:
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self._close_conn()

    @property
    def closed(self):
        return self.fp is None

    def isclosed(self):
        return self.fp is None

    def flush(self):
        pass

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def read(self, amt=None):
        """The body (at most amt bytes when given); b'' once it has all been read."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self.fp.read(self.length)
            if len(data) < self.length:
                self._close_conn()
                raise IncompleteRead(data, self.length - len(data))
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        memoryview(b)[:len(data)] = data
        return len(data)

    def _next_chunk_size(self):
        line = _read_line(self.fp, "chunk size")
        size = line.split(b";", 1)[0].strip()
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b"") from None

    def _read_chunked(self, amt):
        parts = []
        wanted = amt if amt is not None and amt >= 0 else None
        while wanted is None or wanted > 0:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    _read_line(self.fp, "chunk end")  # the CRLF after the previous chunk's data
                self.chunk_left = self._next_chunk_size()
                if self.chunk_left == 0:
                    while _read_line(self.fp, "trailer line") not in (b"\r\n", b"\n", b""):
                        pass
                    self._close_conn()
                    break
            n = self.chunk_left if wanted is None else min(wanted, self.chunk_left)
            data = self.fp.read(n)
            if len(data) < n:
                raise IncompleteRead(b"".join(parts) + data)
            parts.append(data)
            self.chunk_left -= n
            if wanted is not None:
                wanted -= n
        return b"".join(parts)

    def getheader(self, name, default=None):
        """The named header's value (several joined by ', '), else default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            return values
        return ", ".join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return iter(self.readline, b"")

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self.read(limit if limit and limit > 0 else None)  # whole body as one "line"
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        elif not line:
            self._close_conn()
        return line

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


_IDLE = "Idle"
_REQ_STARTED = "Request-started"
_REQ_SENT = "Request-sent"


class HTTPConnection:
    """One HTTP/1.1 connection to host:port, opened on the first request."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _IDLE
        self._method = None
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(":")
            j = host.rfind("]")
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == "[" and host[-1] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self.__state = _IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends bytes (or each bytes of an iterable) on the connection, opening it if needed."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.sock.sendall(data)
            return
        if isinstance(data, str):
            self.sock.sendall(data.encode("iso-8859-1"))
            return
        try:
            for chunk in data:
                self.sock.sendall(chunk)
        except TypeError:
            raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data)) from None

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: its request line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _IDLE:
            self.__state = _REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._method = method
        url = url or "/"
        for ch in method + url:
            if ch <= " " or ch == "\x7f":
                raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (url, ch))
        self._buffer = ["%s %s %s" % (method, url, self._http_vsn_str)]
        if not skip_host:
            host = self.host
            if ":" in host:
                host = "[%s]" % host
            if self.port == self.default_port:
                self.putheader("Host", host)
            else:
                self.putheader("Host", "%s:%s" % (host, self.port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        if self.__state != _REQ_STARTED:
            raise CannotSendHeader()
        parts = []
        for v in values:
            if isinstance(v, bytes):
                v = v.decode("latin-1")
            elif isinstance(v, int):
                v = str(v)
            parts.append(v)
        if isinstance(header, bytes):
            header = header.decode("ascii")
        self._buffer.append("%s: %s" % (header, "\r\n\t".join(parts)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Sends the request line and headers, then message_body if given."""
        if self.__state == _REQ_STARTED:
            self.__state = _REQ_SENT
        else:
            raise CannotSendHeader()
        head = ("\r\n".join(self._buffer) + "\r\n\r\n").encode("latin-1")
        self._buffer = []
        self.send(head)
        if message_body is None:
            return
        if isinstance(message_body, str):
            message_body = message_body.encode("iso-8859-1")
        if isinstance(message_body, (bytes, bytearray, memoryview)):
            chunks = [message_body]
        else:
            chunks = message_body
        for chunk in chunks:
            if isinstance(chunk, str):
                chunk = chunk.encode("iso-8859-1")
            if encode_chunked:
                if not chunk:
                    continue
                self.send(b"%X\r\n" % len(chunk) + bytes(chunk) + b"\r\n")
            else:
                self.send(chunk)
        if encode_chunked:
            self.send(b"0\r\n\r\n")

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request: method, url, optional body and headers (a mapping)."""
        names = {k.lower() for k in headers}
        self.putrequest(method, url, skip_host="host" in names, skip_accept_encoding="accept-encoding" in names)
        if "content-length" not in names and "transfer-encoding" not in names:
            if body is None:
                if method.upper() in ("PATCH", "POST", "PUT"):
                    self.putheader("Content-Length", "0")
            elif isinstance(body, (str, bytes, bytearray, memoryview)):
                length = len(body.encode("iso-8859-1")) if isinstance(body, str) else memoryview(body).nbytes
                self.putheader("Content-Length", str(length))
            else:
                encode_chunked = True
                self.putheader("Transfer-Encoding", "chunked")
        elif "transfer-encoding" not in names:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = body.encode("iso-8859-1")
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent (its status line and headers read)."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _IDLE
            if response.will_close:
                self.close()  # the response keeps its own file on the socket
            else:
                self.__response = response
            return response
        except BaseException:
            response.close()
            raise
