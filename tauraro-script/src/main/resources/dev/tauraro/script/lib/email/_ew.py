"""email._ew: the pieces of RFC 2047 encoded words ("=?charset?q?...?=") and of the body
transfer encodings that email.charset, email.header and the header folding share. Written for
tauraro-script from RFC 2045/2047 and the results CPython 3.11 gives."""

import base64
import binascii
import re

# The bytes a "Q" encoded word leaves as they are (RFC 2047 5(3)); space becomes "_".
_Q_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-!*+/")

ENCODED_WORD = re.compile(r"=\?([^?\s]*)\?([qQbB])\?(.*?)\?=", re.S)


def q_encode(data):
    """The Q encoding of bytes (uppercase hex, '_' for space)."""
    out = []
    for b in data:
        if b in _Q_SAFE:
            out.append(chr(b))
        elif b == 0x20:
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def q_length(data):
    return sum(1 if (b in _Q_SAFE or b == 0x20) else 3 for b in data)


def b_length(data):
    return (len(data) + 2) // 3 * 4


def q_decode(text):
    """Bytes of a Q-encoded text (a bad escape is kept as it is)."""
    raw = text.replace("_", " ").encode("latin-1", "replace")
    out = bytearray()
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == 0x3D and i + 2 < n and _is_hex(raw[i + 1:i + 3]):
            out.append(int(raw[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _is_hex(two):
    return len(two) == 2 and all(c in b"0123456789abcdefABCDEF" for c in two)


def b_decode(text):
    """Bytes of a B-encoded text, padding added when missing."""
    raw = text.encode("ascii", "replace")
    raw += b"=" * (-len(raw) % 4)
    try:
        return base64.b64decode(raw)
    except binascii.Error:
        return base64.b64decode(raw.rstrip(b"=") + b"=" * (-len(raw.rstrip(b"=")) % 4))


def encode_word(data, charset, encoding):
    """One encoded word of bytes with "q" or "b"."""
    if encoding == "b":
        body = base64.b64encode(data).decode("ascii")
    else:
        body = q_encode(data)
    return "=?%s?%s?%s?=" % (charset, encoding, body)


def body_base64(data, maxlinelen=76, eol="\n"):
    """Base64 of bytes in lines of at most maxlinelen characters, each ended by eol."""
    if not data:
        return ""
    text = base64.b64encode(data).decode("ascii")
    step = maxlinelen // 4 * 4
    return "".join(text[i:i + step] + eol for i in range(0, len(text), step))


def body_qp(text, maxlinelen=76, eol="\n"):
    """Quoted-printable of a text whose characters are bytes (latin-1), lines soft-broken."""
    from email import quoprimime
    return quoprimime.body_encode(text, maxlinelen, eol)
