"""socket: the BSD socket interface, written from the Python 3.11 documentation over the Java
_socket binding (java.nio SocketChannel, ServerSocketChannel, DatagramChannel; Unix-domain stream
sockets through UnixDomainSocketAddress). Results, exceptions and messages are CPython's.

Differences from CPython: fileno() is a number of this interpreter's own, not an operating-system
descriptor (os.read/os.write on it do not work, and socket(fileno=...) and dup() are absent); recv
flags (MSG_PEEK, ...) other than 0 are refused; AF_UNIX datagram sockets, raw sockets, sendmsg/
recvmsg, socket.if_* and the IPv6 dual-stack option are absent; getaddrinfo resolves through the
JVM (numeric hosts, /etc/hosts, DNS) and knows a few service names."""

import _socket
import weakref
from enum import IntEnum

__all__ = ["socket", "socketpair", "create_connection", "create_server", "has_dualstack_ipv6",
           "getaddrinfo", "gethostname", "gethostbyname", "gethostbyname_ex", "getfqdn",
           "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop", "htons", "ntohs", "htonl", "ntohl",
           "getdefaulttimeout", "setdefaulttimeout", "getservbyname", "error", "timeout",
           "gaierror", "herror", "AddressFamily", "SocketKind", "SocketType"]


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_RDM = SocketKind.SOCK_RDM
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288

SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
SO_ACCEPTCONN = 30
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
TCP_NODELAY = 1
# Linux's numbers, as httpx's socket_options take them; this module's setsockopt refuses these
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
IP_TOS = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 1024
INADDR_ANY = 0
INADDR_BROADCAST = 0xffffffff
INADDR_LOOPBACK = 0x7f000001
has_ipv6 = True

error = OSError
timeout = TimeoutError
gaierror = _socket.gaierror
herror = _socket.herror

_EAGAIN = 11
_defaulttimeout = None
# the open sockets by fileno(), for select and selectors given a number or an object's fileno()
_open = weakref.WeakValueDictionary()


def _index(v):
    if not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) or isinstance(value, bool):
        value = float(value)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def getdefaulttimeout():
    """The timeout new sockets start with (None: blocking)."""
    return _defaulttimeout


def setdefaulttimeout(value):
    global _defaulttimeout
    _defaulttimeout = _timeout_value(value)


def _no_flags(flags, call):
    if _index(flags) != 0:
        raise OSError(95, "Operation not supported: %s() flags other than 0 are not supported by "
                          "tauraro-script" % call)


_PROTOS = {(SOCK_STREAM, 2): 6, (SOCK_STREAM, 10): 6, (SOCK_DGRAM, 2): 17, (SOCK_DGRAM, 10): 17}


class socket:
    """A network socket (socket.socket); its calls block, time out or fail as the timeout says."""

    __slots__ = ["_sock", "_timeout", "_closed", "_io_refs", "_proto", "__weakref__"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise OSError(95, "Operation not supported: socket(fileno=...) is not supported by tauraro-script")
        family = AF_INET if family == -1 else _index(family)
        type = SOCK_STREAM if type == -1 else _index(type)
        proto = 0 if proto == -1 else _index(proto)
        nonblocking = type & SOCK_NONBLOCK
        type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        if family not in (1, 2, 10):
            raise OSError(97, "Address family not supported by protocol")
        if proto not in (0, _PROTOS.get((type, family), 0)):
            raise OSError(93, "Protocol not supported")
        t = 0.0 if nonblocking else _defaulttimeout
        self._sock = _socket.socket(family, type, -1.0 if t is None else t)
        self._timeout = t
        self._closed = False
        self._io_refs = 0
        self._proto = proto
        _open[self._sock.fileno()] = self

    @classmethod
    def _wrap(cls, sock, proto):
        s = cls.__new__(cls)
        s._sock = sock
        s._timeout = _defaulttimeout
        s._closed = False
        s._io_refs = 0
        s._proto = proto
        sock.settimeout(-1.0 if _defaulttimeout is None else _defaulttimeout)
        _open[sock.fileno()] = s
        return s

    @property
    def family(self):
        return AddressFamily(self._sock.family)

    @property
    def type(self):
        return SocketKind(self._sock.type)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __repr__(self):
        closed = self._closed
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__, " [closed]" if closed else "",
            self.fileno(), int(self._sock.family), int(self._sock.type), self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ", laddr=%s" % (laddr,)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ", raddr=%s" % (raddr,)
            except OSError:
                pass
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            _open.pop(self._sock.fileno(), None)
            self._sock.close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        raise OSError(95, "Operation not supported: socket.detach() is not supported by tauraro-script")

    def bind(self, address):
        self._sock.bind(address)

    def listen(self, backlog=None):
        backlog = min(SOMAXCONN, 128) if backlog is None else _index(backlog)
        self._sock.listen(max(backlog, 0))

    def accept(self):
        sock, addr = self._sock.accept()
        return socket._wrap(sock, self._proto), addr

    def connect(self, address):
        self._sock.connect(address)

    def connect_ex(self, address):
        """connect(), returning the errno of a failure instead of raising it (0 on success)."""
        try:
            self._sock.connect(address)
        except gaierror:
            raise
        except TimeoutError:
            return _EAGAIN
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    # (the flags checks are behind "if flags": these calls are the hot path of every protocol)
    def send(self, data, flags=0):
        if flags:
            _no_flags(flags, "send")
        return self._sock.send(data)

    def sendall(self, data, flags=0):
        if flags:
            _no_flags(flags, "sendall")
        self._sock.sendall(data)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        else:
            _no_flags(flags_or_address, "sendto")
        return self._sock.sendto(data, address)

    def recv(self, bufsize, flags=0):
        if flags:
            _no_flags(flags, "recv")
        return self._sock.recv(bufsize if type(bufsize) is int else _index(bufsize))

    def recvfrom(self, bufsize, flags=0):
        if flags:
            _no_flags(flags, "recvfrom")
        return self._sock.recvfrom(bufsize if type(bufsize) is int else _index(bufsize))

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        if view.readonly:
            raise TypeError("recv_into() argument 'buffer' must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        nbytes = _index(nbytes)
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes > view.nbytes:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes or view.nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        nbytes = _index(nbytes)
        if nbytes > view.nbytes:
            raise ValueError("nbytes is greater than the length of the buffer")
        data, addr = self.recvfrom(nbytes or view.nbytes, flags)
        view[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        self._sock.shutdown(_index(how))

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            raise OSError(95, "Operation not supported: setsockopt(level, optname, None, optlen)")
        self._sock.setsockopt(_index(level), _index(optname), value)

    def getsockopt(self, level, optname, buflen=None):
        value = self._sock.getsockopt(_index(level), _index(optname))
        if buflen is not None:
            return value.to_bytes(4, "little", signed=True)[:buflen]
        return value

    def settimeout(self, value):
        value = _timeout_value(value)
        self._sock.settimeout(-1.0 if value is None else value)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket ('r', 'w', 'rw', with 'b' for binary)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        binary = "b" in mode
        if buffering is None:
            buffering = -1
        if buffering == 0 and not binary:
            raise ValueError("unbuffered streams must be binary")
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        f = _SocketFile(self, raw_mode + "b", buffering != 0)
        self._io_refs += 1
        if binary:
            return f
        import io
        text = io.TextIOWrapper(f, encoding, errors, newline)
        return text


SocketType = socket


class _SocketFile:
    """makefile()'s binary file: reads buffered over recv, writes buffered until flush (or unbuffered)."""

    def __init__(self, sock, mode, buffered):
        self._sock = sock
        self.mode = mode
        self._buffered = buffered
        self._rbuf = b""
        self._wbuf = bytearray()
        self._eof = False
        self.closed = False

    @property
    def name(self):
        return self._sock.fileno()

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and "r" not in self.mode:
            raise OSError("File not open for reading")  # io.UnsupportedOperation's text
        if not reading and "w" not in self.mode:
            raise OSError("File not open for writing")

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def _fill(self, want):
        """Reads until the buffer holds at least want bytes or the peer closed; False at end."""
        chunk = self._sock.recv(max(8192, want - len(self._rbuf)))
        if not chunk:
            self._eof = True
            return False
        self._rbuf += chunk
        return True

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while not self._eof and self._fill(65536):
                pass
            data, self._rbuf = self._rbuf, b""
            return data
        while len(self._rbuf) < size and not self._eof and self._fill(size):
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check(True)
        if not self._rbuf and not self._eof:
            self._fill(size if size and size > 0 else 8192)
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check(True)
        if not self._rbuf and not self._eof:
            self._fill(8192)
        return self._rbuf

    def readinto(self, b):
        view = memoryview(b)
        data = self.read1(view.nbytes) if self._buffered else self.read1(view.nbytes)
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        while True:
            end = self._rbuf.find(b"\n")
            if end >= 0 and (size < 0 or end < size):
                end += 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            if self._eof or not self._fill(8192):
                end = len(self._rbuf)
                break
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check(False)
        data = bytes(b)
        if not self._buffered:
            return self._sock.send(data)
        self._wbuf += data
        if len(self._wbuf) >= 8192:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self._sock.sendall(data)

    def close(self):
        if self.closed:
            return
        try:
            if self._wbuf:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<_SocketFile name=%r mode=%r>" % (self.name, self.mode)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX stream sockets, the only kind supported)."""
    if family is None:
        family = AF_UNIX
    if _index(family) != AF_UNIX or _index(type) != SOCK_STREAM:
        raise OSError(95, "Operation not supported: socketpair() makes AF_UNIX stream sockets only in "
                          "tauraro-script")
    t = _defaulttimeout
    a, b = _socket.socketpair(-1.0 if t is None else t)
    return socket._wrap(a, proto), socket._wrap(b, proto)


class _GlobalDefault:
    def __repr__(self):
        return "<object object>"


_GLOBAL_DEFAULT_TIMEOUT = _GlobalDefault()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """A stream socket connected to (host, port), trying each address the host resolves to."""
    host, port = address
    errors = []
    for family, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            errors.append(e)
            if sock is not None:
                sock.close()
    if errors:
        if all_errors:
            raise ExceptionGroup("create_connection failed", errors)
        raise errors[-1]
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """False: IPV6_V6ONLY cannot be cleared through java.nio."""
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address (SO_REUSEADDR set, as CPython does on POSIX)."""
    if reuse_port and not hasattr(_socket, "socket"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as e:
            raise OSError(e.errno, "%s (while attempting to bind on address %r)" % (e.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


_SERVICES = {"echo": 7, "ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25, "domain": 53, "http": 80,
             "pop3": 110, "imap": 143, "https": 443, "imaps": 993, "pop3s": 995}


def getservbyname(servicename, protocolname=None):
    """The port of a well-known service (a small table: echo, ftp, ssh, telnet, smtp, domain, http, ...)."""
    port = _SERVICES.get(servicename)
    if port is None or protocolname not in (None, "tcp", "udp"):
        raise OSError("service/proto not found")
    return port


def _channel(fileobj):
    """The _socket object under fileobj (a socket, its fileno(), or an object whose fileno() is one):
    select and selectors wait on sockets only."""
    if isinstance(fileobj, socket):
        return fileobj._sock
    fd = fileobj if isinstance(fileobj, int) else fileobj.fileno()
    sock = _open.get(fd)
    if sock is None:
        raise ValueError("%r is not an open socket: select and selectors wait on sockets only in "
                         "tauraro-script (no files, pipes or terminals)" % (fileobj,))
    return sock._sock


def _poll(entries, timeout):
    """[(index, events)] of the (socket, events) entries that are ready (events: 1 read, 2 write)."""
    return _socket.poll([(_channel(f), ev) for f, ev in entries], -1.0 if timeout is None else timeout)


def _is_numeric(host, family):
    try:
        inet_pton(family, host)
        return True
    except OSError:
        return False


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, sockaddr)] for host and port, as the C library's getaddrinfo."""
    if port is None:
        portnum = 0
    elif isinstance(port, int):
        portnum = port
    elif isinstance(port, (str, bytes)):
        text = port.decode() if isinstance(port, bytes) else port
        if text.isdigit():
            portnum = int(text)
        elif flags & AI_NUMERICSERV or text not in _SERVICES:
            raise gaierror(-8, "Servname not supported for ai_socktype")
        else:
            portnum = _SERVICES[text]
    else:
        raise OSError("Int or String expected")
    family = _index(family)
    if host is None:
        if flags & AI_PASSIVE:
            found = [(AF_INET6, "::"), (AF_INET, "0.0.0.0")]
        else:
            found = [(AF_INET6, "::1"), (AF_INET, "127.0.0.1")]
    else:
        if isinstance(host, bytes):
            host = host.decode("ascii")
        if not isinstance(host, str):
            raise TypeError("getaddrinfo() argument 1 must be string or None")
        if host == "":
            raise gaierror(-2, "Name or service not known")
        numeric = _is_numeric(host, AF_INET) or _is_numeric(host, AF_INET6)
        if flags & AI_NUMERICHOST and not numeric:
            raise gaierror(-2, "Name or service not known")
        found = _socket.resolve(host)
    if family not in (0, AF_INET, AF_INET6, AF_UNSPEC):
        raise gaierror(-6, "ai_family not supported")
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP), (SOCK_RAW, 0)]
    if type:
        kinds = [(k, p) for k, p in kinds if k == type]
        if not kinds:
            raise gaierror(-7, "ai_socktype not supported")
    if proto:
        kinds = [(k, p) for k, p in kinds if p == proto]
    result = []
    for fam, addr in found:
        if family and fam != family:
            continue
        sockaddr = (addr, portnum) if fam == AF_INET else (addr, portnum, 0, 0)
        for kind, p in kinds:
            result.append((AddressFamily(fam), SocketKind(kind), p, "", sockaddr))
    if not result:
        raise gaierror(-9, "Address family for hostname not supported")
    return result


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    """The IPv4 address of hostname, as text."""
    for fam, addr in _socket.resolve(hostname):
        if fam == AF_INET:
            return addr
    raise gaierror(-2, "Name or service not known")


def gethostbyname_ex(hostname):
    addrs = [addr for fam, addr in _socket.resolve(hostname) if fam == AF_INET]
    if not addrs:
        raise gaierror(-2, "Name or service not known")
    return hostname, [], addrs


def getfqdn(name=""):
    """name itself (or the host name when empty): no reverse lookup is made."""
    name = name.strip()
    if not name or name == "0.0.0.0":
        return gethostname()
    return name


def inet_pton(address_family, ip_string):
    return _socket.inet_pton(_index(address_family), ip_string)


def inet_ntop(address_family, packed_ip):
    return _socket.inet_ntop(_index(address_family), packed_ip)


def _aton_part(text):
    if text[:2] in ("0x", "0X"):
        digits, base = text[2:], 16
    elif len(text) > 1 and text[0] == "0":
        digits, base = text[1:], 8
    else:
        digits, base = text, 10
    if digits == "" and base == 16:
        return 0
    return int(digits, base)


def inet_aton(ip_string):
    """The 4 bytes of an IPv4 address written as a, a.b, a.b.c or a.b.c.d (decimal, octal or hex parts)."""
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_string).__name__)
    parts = ip_string.split(".")
    try:
        if not 1 <= len(parts) <= 4 or any(not p or not p.isalnum() and not p.isdigit() for p in parts):
            raise ValueError
        values = [_aton_part(p) for p in parts]
        last_bits = 8 * (5 - len(values))
        if any(v > 255 for v in values[:-1]) or values[-1] >= 1 << last_bits:
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    number = 0
    for v in values[:-1]:
        number = number << 8 | v
    number = number << last_bits | values[-1]
    return number.to_bytes(4, "big")


def inet_ntoa(packed_ip):
    data = bytes(packed_ip)
    if len(data) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(data)


def _unsigned(x, bits, name):
    x = _index(x)
    if x < 0:
        if bits == 16:
            raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % name)
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << bits:
        if bits == 16:
            raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer" % name)
        raise OverflowError("int larger than 32 bits")
    return x


def htons(x):
    x = _unsigned(x, 16, "htons")
    return (x & 0xff) << 8 | x >> 8


def ntohs(x):
    x = _unsigned(x, 16, "ntohs")
    return (x & 0xff) << 8 | x >> 8


def htonl(x):
    return int.from_bytes(_unsigned(x, 32, "htonl").to_bytes(4, "big"), "little")


def ntohl(x):
    return int.from_bytes(_unsigned(x, 32, "ntohl").to_bytes(4, "big"), "little")
