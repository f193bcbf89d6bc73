"""email.quoprimime: quoted-printable for mail (RFC 2045 bodies, RFC 2047 "Q" headers), on
text whose characters stand for bytes. Written for tauraro-script from the RFCs and the output
CPython 3.11's module gives (where soft line breaks fall, how trailing whitespace is kept)."""

import re
from string import ascii_letters, digits, hexdigits

from email import _ew

__all__ = ["body_decode", "body_encode", "body_length", "decode", "decodestring",
           "header_decode", "header_encode", "header_length", "quote", "unquote",
           "header_check", "body_check"]

CRLF = "\r\n"
NL = "\n"
EMPTYSTRING = ""

_HEADER_SAFE = frozenset(b"-!*+/" + ascii_letters.encode("ascii") + digits.encode("ascii"))
_BODY_SAFE = frozenset(b" \t" + bytes(c for c in range(33, 127) if c != ord("=")))


def header_check(octet):
    """Whether the byte is not itself in a Q-encoded header (a space, written '_', counts)."""
    return octet not in _HEADER_SAFE


def body_check(octet):
    """Whether the byte must be quoted in a body."""
    return octet not in _BODY_SAFE


def header_length(bytearray):
    return _ew.q_length(bytearray)


def body_length(bytearray):
    return sum(1 if b in _BODY_SAFE else 3 for b in bytearray)


def quote(c):
    return "=%02X" % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset="iso-8859-1"):
    """'=?charset?q?...?=' of the bytes (an empty string for no bytes)."""
    if not header_bytes:
        return ""
    return "=?%s?q?%s?=" % (charset, _ew.q_encode(header_bytes))


def _encode_line(line):
    return "".join(c if ord(c) < 256 and ord(c) in _BODY_SAFE else quote(c) for c in line)


def body_encode(body, maxlinelen=76, eol=NL):
    """The text as quoted-printable lines of at most maxlinelen characters, soft line breaks
    ('=' at the end) where a line is longer; whitespace ending a line is quoted."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    lines = body.splitlines()
    out = []
    for line in lines:
        enc = _encode_line(line)
        rounds = 0
        while len(enc) > maxlinelen and rounds < 1000000:
            rounds += 1
            cut = maxlinelen - 1
            # Never split an =XX escape.
            if enc[cut - 1:cut] == "=":
                cut -= 1
            elif enc[cut - 2:cut - 1] == "=":
                cut -= 2
            out.append(enc[:cut] + "=")
            enc = enc[cut:]
        if enc and enc[-1] in " \t":
            if len(enc) - 1 + 3 <= maxlinelen:
                enc = enc[:-1] + quote(enc[-1])
            elif len(enc) + 1 <= maxlinelen:
                out.append(enc + "=")
                enc = ""
            else:
                out.append(enc[:-1] + "=")
                enc = quote(enc[-1])
        out.append(enc)
    if body[-1] in CRLF:
        out.append("")
    return eol.join(out)


_QUOTED = re.compile(r"=([0-9A-Fa-f]{2})")


def decode(encoded, eol=NL):
    """Text of quoted-printable: soft breaks joined, escapes undone, lines ended by eol."""
    if not encoded:
        return encoded
    decoded = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded.append(eol)
            continue
        soft = line.endswith("=")
        if soft:
            line = line[:-1]
        text = []
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c == "=" and i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                text.append(unquote(line[i:i + 3]))
                i += 3
            else:
                text.append(c)
                i += 1
        decoded.append("".join(text))
        if not soft:
            decoded.append(eol)
    result = "".join(decoded)
    if encoded[-1] not in "\r\n" and result.endswith(eol):
        result = result[:-len(eol)]
    return result


body_decode = decode
decodestring = decode


def header_decode(s):
    """A Q-encoded header text decoded ('_' is a space)."""
    s = s.replace("_", " ")
    return _QUOTED.sub(lambda m: chr(int(m.group(1), 16)), s)
