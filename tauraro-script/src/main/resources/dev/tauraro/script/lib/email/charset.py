"""email.charset: what each character set needs in mail (header and body transfer encodings,
the charset written in output), written for tauraro-script from the Python 3.11 documentation
and the values CPython 3.11 shows."""

from email import _ew
from email.encoders import encode_7or8bit

__all__ = ["Charset", "add_alias", "add_charset", "add_codec"]

QP = 1
BASE64 = 2
SHORTEST = 3
RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = "us-ascii"
UNKNOWN8BIT = "unknown-8bit"
EMPTYSTRING = ""

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    "iso-8859-1": (QP, QP, None), "iso-8859-2": (QP, QP, None), "iso-8859-3": (QP, QP, None),
    "iso-8859-4": (QP, QP, None), "iso-8859-9": (QP, QP, None), "iso-8859-10": (QP, QP, None),
    "iso-8859-13": (QP, QP, None), "iso-8859-14": (QP, QP, None), "iso-8859-15": (QP, QP, None),
    "iso-8859-16": (QP, QP, None), "windows-1252": (QP, QP, None), "viscii": (QP, QP, None),
    "us-ascii": (None, None, None), "big5": (BASE64, BASE64, None),
    "gb2312": (BASE64, BASE64, None), "euc-jp": (BASE64, None, "iso-2022-jp"),
    "shift_jis": (BASE64, None, "iso-2022-jp"), "iso-2022-jp": (BASE64, None, None),
    "koi8-r": (BASE64, BASE64, None), "utf-8": (SHORTEST, BASE64, "utf-8"),
}

ALIASES = {
    "latin_1": "iso-8859-1", "latin-1": "iso-8859-1", "latin_2": "iso-8859-2",
    "latin-2": "iso-8859-2", "latin_3": "iso-8859-3", "latin-3": "iso-8859-3",
    "latin_4": "iso-8859-4", "latin-4": "iso-8859-4", "latin_5": "iso-8859-9",
    "latin-5": "iso-8859-9", "latin_6": "iso-8859-10", "latin-6": "iso-8859-10",
    "latin_7": "iso-8859-13", "latin-7": "iso-8859-13", "latin_8": "iso-8859-14",
    "latin-8": "iso-8859-14", "latin_9": "iso-8859-15", "latin-9": "iso-8859-15",
    "latin_10": "iso-8859-16", "latin-10": "iso-8859-16", "cp949": "ks_c_5601-1987",
    "euc_jp": "euc-jp", "euc_kr": "euc-kr", "ascii": "us-ascii",
}

CODEC_MAP = {"gb2312": "eucgb2312_cn", "big5": "big5_tw", "us-ascii": None}


def _encode(string, codec):
    """Bytes of the text in codec; unknown-8bit stands for the undecodable bytes themselves."""
    if codec == UNKNOWN8BIT:
        return string.encode("ascii", "surrogateescape")
    return string.encode(codec, "surrogateescape")


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Registers how a character set is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError("SHORTEST not allowed for body_enc")
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """A character set's mail properties: input_charset, header_encoding, body_encoding
    (QP, BASE64, SHORTEST or None), output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode("ascii")
            else:
                input_charset = str(input_charset, "ascii")
        except UnicodeError:
            from email import errors
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __hash__(self):
        return hash(str(self))

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or the function that picks 7bit/8bit."""
        if self.body_encoding == QP:
            return "quoted-printable"
        if self.body_encoding == BASE64:
            return "base64"
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _codec(self):
        return self.output_codec or "us-ascii"

    def _header_kind(self, data):
        if self.header_encoding == BASE64:
            return "b"
        if self.header_encoding == QP:
            return "q"
        if self.header_encoding == SHORTEST:
            return "b" if _ew.b_length(data) < _ew.q_length(data) else "q"
        return None

    def header_encode(self, string):
        """The string as one RFC 2047 encoded word (unchanged when the charset needs none)."""
        data = _encode(string, self._codec())
        kind = self._header_kind(data)
        if kind is None:
            return string
        return _ew.encode_word(data, self.get_output_charset(), kind)

    def header_encode_lines(self, string, maxlengths):
        """Encoded words for string, each fitting the next length maxlengths yields."""
        codec = self._codec()
        kind = self._header_kind(_encode(string, codec))
        chrome = len(self.get_output_charset()) + RFC2047_CHROME_LEN
        lines = []
        current = []
        maxlen = next(maxlengths) - chrome
        for ch in string:
            current.append(ch)
            data = _encode("".join(current), codec)
            length = _ew.b_length(data) if kind == "b" else _ew.q_length(data)
            if length > maxlen and len(current) > 1:
                current.pop()
                lines.append(self._word("".join(current), codec, kind))
                current = [ch]
                maxlen = next(maxlengths) - chrome
        lines.append(self._word("".join(current), codec, kind))
        return lines

    def _word(self, text, codec, kind):
        data = _encode(text, codec)
        if kind is None:
            return text
        return _ew.encode_word(data, self.get_output_charset(), kind)

    def body_encode(self, string):
        """The body in this charset's transfer encoding (text, or bytes for a 7bit/8bit one)."""
        if not string:
            return string
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = _encode(string, self._codec())
            return _ew.body_base64(string)
        if self.body_encoding == QP:
            if isinstance(string, bytes):
                string = string.decode("latin-1")
            else:
                string = _encode(string, self._codec()).decode("latin-1")
            return _ew.body_qp(string)
        return string
