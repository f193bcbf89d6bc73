# base64: Base16, Base32 and Base64 encodings, written from the base64 documentation and RFC 4648;
# Base64 itself is binascii's (Java).
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode", "a85encode", "a85decode",
           "b85encode", "b85decode"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % s.__class__.__name__)


def _check_bytes(s):
    """s as bytes when it is bytes-like (bytes, bytearray, memoryview), else CPython's TypeError."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return bytes(s)


def _swap(data, old, new):
    """Replaces each byte of old by the byte of new at the same place (a translate of two bytes)."""
    if old == new:
        return data
    out = []
    for b in data:
        k = old.find(bytes([b]))
        out.append(new[k] if k >= 0 else b)
    return bytes(out)


def b64encode(s, altchars=None):
    """Base64 of the bytes s; altchars (2 bytes) replaces + and /."""
    s = _check_bytes(s)
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 s; non-alphabet characters are skipped unless validate is true."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_swap(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _check_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        acc = int.from_bytes(chunk + bytes(5 - n), "big")
        digits = [alphabet[(acc >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out.extend(digits[:keep])
        out.extend(b"=" * (8 - keep))
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    out = []
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        acc = 0
        for c in quanta:
            k = alphabet.find(bytes([c]))
            if k < 0:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | k
        acc <<= 5 * (8 - len(quanta))
        out.extend(acc.to_bytes(5, "big"))
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error("Incorrect padding")
        drop = {1: 1, 3: 2, 4: 3, 6: 4}[padchars]
        out = out[:len(out) - drop]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    s = _check_bytes(s)
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- Ascii85 (Adobe's variant, a85*) and Base85 (git's alphabet, b85*): each four bytes, read as a
# big-endian number, become five base-85 digits; a short last group is padded with zero bytes and
# its digits cut to one more than its byte count (unless pad=True keeps them).

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _to_base85(data, digit, pad, zero=None, spaces=None):
    """The five digits of each group; zero / spaces: the one-byte shorthand for an all-zero /
    all-space full group (Ascii85's z and y), or None."""
    _check_bytes(data)
    short = -len(data) % 4
    data = data + b"\0" * short
    out = []
    last = len(data) - 4
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], "big")
        partial = short and not pad and i == last
        if not partial and zero is not None and word == 0:
            out.append(zero)
        elif not partial and spaces is not None and word == 0x20202020:
            out.append(spaces)
        else:
            group = [0] * 5
            for k in range(4, -1, -1):
                word, group[k] = divmod(word, 85)
            out.append(bytes(digit(d) for d in group))
    if short and not pad:
        out[-1] = out[-1][:5 - short]
    return b"".join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85: digits are the characters ! to u, z stands for four zero bytes (y for four
    spaces with foldspaces); wrapcol breaks lines, adobe adds the <~ ~> frame."""
    text = _to_base85(b, lambda d: 33 + d, pad, b"z", b"y" if foldspaces else None)
    if adobe:
        text = b"<~" + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)] or [b""]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        text = b"\n".join(lines)
    if adobe:
        text += b"~>"
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = []
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = _a85_word(group)
                out.append(word.to_bytes(4, "big"))
                group = []
        elif c == 122 or (c == 121 and foldspaces):  # z, y
            if group:
                raise ValueError("%s inside Ascii85 5-tuple" % chr(c))
            out.append(b"\0\0\0\0" if c == 122 else b"    ")
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        short = 5 - len(group)
        word = _a85_word(group + [117] * short)
        out.append(word.to_bytes(4, "big")[:4 - short])
    return b"".join(out)


def _a85_word(group):
    n = 0
    for c in group:
        n = n * 85 + (c - 33)
    if n > 0xFFFFFFFF:
        raise ValueError("Ascii85 overflow")
    return n


def b85encode(b, pad=False):
    """Base85 with the alphabet of git and Mercurial binary diffs."""
    return _to_base85(b, lambda d: _B85_ALPHABET[d], pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    short = -len(b) % 5
    b = b + b"~" * short
    out = []
    for start in range(0, len(b), 5):
        n = 0
        for i in range(start, start + 5):
            d = _B85_VALUES.get(b[i])
            if d is None:
                raise ValueError("bad base85 character at position %d" % i)
            n = n * 85 + d
        if n > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out.append(n.to_bytes(4, "big"))
    result = b"".join(out)
    return result[:len(result) - short] if short else result


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    s = _check_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    s = _check_bytes(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
