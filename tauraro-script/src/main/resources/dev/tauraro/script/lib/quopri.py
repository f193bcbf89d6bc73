"""quopri: quoted-printable encoding (RFC 1521), written for tauraro-script from the quopri and
binascii documentation and CPython 3.11's observed output.

CPython's quopri hands its work to binascii.b2a_qp/a2b_qp; the two functions below give their
results (line breaks, which bytes are quoted, CRLF kept when the data uses it)."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_HEXDIGITS = b'0123456789abcdefABCDEF'


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be quoted (tabs and spaces only when quotetabs)."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The quoted form of the single byte c: '=' and two upper-case hex digits."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def ishex(c):
    """Whether the single byte c is a hex digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of a string of hex digits (bytes)."""
    bits = 0
    for x in s:
        bits = bits * 16 + int(bytes((x,)), 16)
    return bits


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _qp_encode(data, quotetabs, header):
    data = _bytes_like(data)
    n = len(data)
    nl_at = data.find(b'\n')
    newline = b'\r\n' if nl_at > 0 and data[nl_at - 1] == 13 else b'\n'
    soft = b'=' + newline
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = -1 if last else data[i + 1]
        quoted = (c > 126 or c == 61 or (header and c == 95)
                  or (c == 46 and linelen == 0 and (last or nxt in (10, 13, 0)))
                  or (c in (9, 32) and last)
                  or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32))))
        if quoted:
            if linelen + 3 >= MAXLINESIZE:
                out += soft
                linelen = 0
            out += b'=%02X' % c
            linelen += 3
            i += 1
        elif c == 10 or (c == 13 and nxt == 10):
            # a hard line break: a space or tab before it would be lost in transport, so quote it
            if out and out[-1] in (9, 32):
                ws = out.pop()
                out += b'=%02X' % ws
            out += newline
            linelen = 0
            i += 2 if c == 13 else 1
        else:
            if not last and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += soft
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def _ascii_data(data):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _qp_decode(data, header):
    data = _ascii_data(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break                       # a final '=' is dropped
            c = data[i]
            if c in (10, 13):               # a soft line break
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Read binary input to its end and write its quoted-printable encoding to binary output;
    quotetabs quotes every space and tab, header quotes '_' and writes spaces as '_'."""
    output.write(_qp_encode(input.read(), quotetabs, header))


def decode(input, output, header=False):
    """Read quoted-printable binary input and write the decoded bytes to output."""
    output.write(_qp_decode(input.read(), header))


def encodestring(s, quotetabs=False, header=False):
    return _qp_encode(s, quotetabs, header)


def decodestring(s, header=False):
    return _qp_decode(s, header)
