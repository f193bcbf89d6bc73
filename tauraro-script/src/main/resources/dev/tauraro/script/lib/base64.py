# base64: Base16, Base32, Base64, Ascii85 and Base85 encodings, written from the base64 documentation
# and RFC 4648. The public functions, their keyword arguments and assertions are here; the byte loops
# and the errors about the data are Java's (_base64, and binascii for Base64 itself).
import binascii
import _base64

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode", "a85encode", "a85decode",
           "b85encode", "b85decode"]

# The bytes of a bytes-like object or ASCII str: ValueError for other str, TypeError for other types.
_bytes_from_decode_data = _base64.decode_data


def b64encode(s, altchars=None):
    """Base64 of the bytes s; altchars (2 bytes) replaces + and /."""
    encoded = _base64.b64encode(s, None)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 s; non-alphabet characters are skipped unless validate is true."""
    if altchars is not None:
        s = _bytes_from_decode_data(s)
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
    return _base64.b64decode(s, altchars, validate)


def standard_b64encode(s):
    return _base64.b64encode(s, None)


def standard_b64decode(s):
    return _base64.b64decode(s, None, False)


def urlsafe_b64encode(s):
    return _base64.b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return _base64.b64decode(s, b"-_", False)


def b32encode(s):
    return _base64.b32encode(s, False)


def b32decode(s, casefold=False, map01=None):
    """map01, when given, is the letter (I or L) that the digit 1 stands for; 0 then stands for O."""
    if map01 is not None:
        s = _bytes_from_decode_data(s)
        if len(s) % 8:
            raise binascii.Error("Incorrect padding")
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    return _base64.b32decode(s, False, casefold)


def b32hexencode(s):
    return _base64.b32encode(s, True)


def b32hexdecode(s, casefold=False):
    return _base64.b32decode(s, True, casefold)


def b16encode(s):
    return _base64.b16encode(s)


def b16decode(s, casefold=False):
    return _base64.b16decode(s, casefold)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85: digits are the characters ! to u, z stands for four zero bytes (y for four
    spaces with foldspaces); wrapcol breaks lines, adobe adds the <~ ~> frame."""
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
    return _base64.a85encode(b, foldspaces, wrapcol, pad, adobe)


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    return _base64.a85decode(b, foldspaces, adobe, ignorechars)


def b85encode(b, pad=False):
    """Base85 with the alphabet of git and Mercurial binary diffs."""
    return _base64.b85encode(b, pad)


def b85decode(b):
    return _base64.b85decode(b)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:  # a line is MAXBINSIZE bytes even when the input reads shorter
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
