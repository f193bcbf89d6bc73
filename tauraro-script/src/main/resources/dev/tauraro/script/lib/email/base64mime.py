"""email.base64mime: base64 for mail bodies (lines of at most 76 characters) and RFC 2047 "B"
headers. Written for tauraro-script from the RFCs and CPython 3.11's results."""

from base64 import b64encode
from binascii import a2b_base64, b2a_base64

__all__ = ["body_decode", "body_encode", "decode", "decodestring", "header_encode",
           "header_length"]

CRLF = "\r\n"
NL = "\n"
EMPTYSTRING = ""
MISC_LEN = 7


def header_length(bytearray):
    """Length of the base64 text of that many bytes."""
    groups_of_3, leftover = divmod(len(bytearray), 3)
    return groups_of_3 * 4 + (4 if leftover else 0)


def header_encode(header_bytes, charset="iso-8859-1"):
    """'=?charset?b?...?=' (a str is first encoded with the charset)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return "=?%s?b?%s?=" % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 of bytes in lines of at most maxlinelen characters, each ended by eol."""
    if not s:
        return ""
    max_unencoded = maxlinelen * 3 // 4
    out = []
    for i in range(0, len(s), max_unencoded):
        enc = b2a_base64(s[i:i + max_unencoded]).decode("ascii")
        if enc.endswith(NL) and eol != NL:
            enc = enc[:-1] + eol
        out.append(enc)
    return EMPTYSTRING.join(out)


def decode(string):
    """The bytes of base64 text (b'' for none)."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode("raw-unicode-escape"))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
