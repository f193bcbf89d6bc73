"""email.header: Header (a header value made of chunks in different charsets, written with
RFC 2047 encoded words and folded as the compat32 policy folds), decode_header and make_header.
Written for tauraro-script from the Python 3.11 documentation and CPython 3.11's results."""

import re

from email import _ew
from email import charset as _charset
from email.errors import HeaderParseError

__all__ = ["Header", "decode_header", "make_header"]

USASCII = _charset.Charset("us-ascii")
UTF8 = _charset.Charset("utf-8")
MAXLINELEN = 78
_WS = " \t"
_SPLIT_WS = re.compile(r"([ \t]+)")


def decode_header(header):
    """[(text, charset), ...] of a header value: (str, None) alone when it has no encoded
    words, else bytes chunks, adjacent chunks of one charset merged."""
    if hasattr(header, "_chunks"):
        return [(_as_bytes(s, c), str(c)) for s, c in header._chunks]
    if not _ew.ENCODED_WORD.search(header):
        return [(header, None)]
    words = []
    for line in header.splitlines():
        pos = 0
        last_was_word = False
        for m in _ew.ENCODED_WORD.finditer(line):
            between = line[pos:m.start()]
            if between and not (last_was_word and between.isspace()):
                words.append((between, None))
            charset, kind, text = m.group(1).lower(), m.group(2).lower(), m.group(3)
            if kind == "q":
                data = _ew.q_decode(text)
            else:
                try:
                    data = _ew.b_decode(text)
                except Exception:
                    raise HeaderParseError("Base64 decoding error")
            words.append((data, charset))
            pos = m.end()
            last_was_word = True
        if pos < len(line):
            words.append((line[pos:], None))
    collapsed = []
    for word, charset in words:
        if isinstance(word, str):
            word = word.encode("raw-unicode-escape")
        if collapsed and collapsed[-1][1] == charset:
            collapsed[-1] = (collapsed[-1][0] + word, charset)
        else:
            collapsed.append((word, charset))
    return collapsed


def _as_bytes(s, charset):
    return s.encode(str(charset) if str(charset) != "unknown-8bit" else "ascii",
                    "surrogateescape")


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=" "):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        h.append(s, charset)
    return h


def _nonctext(s):
    return s.isspace() or s in ("(", ")", "\\")


class Header:
    """A header value as (text, Charset) chunks."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=" ", errors="strict"):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The text of the chunks, a space put between an encoded chunk and its neighbour
        where neither side has whitespace."""
        out = []
        lastcs = None
        lastspace = None
        for string, charset in self._chunks:
            nextcs = charset
            if nextcs == _charset.UNKNOWN8BIT:
                original = string.encode("ascii", "surrogateescape")
                string = original.decode("ascii", "replace")
            if out:
                hasspace = string and _nonctext(string[0])
                if lastcs not in (None, "us-ascii"):
                    if nextcs in (None, "us-ascii") and not hasspace:
                        out.append(" ")
                        nextcs = None
                elif nextcs not in (None, "us-ascii") and not lastspace:
                    out.append(" ")
            lastspace = string and _nonctext(string[-1])
            lastcs = nextcs
            out.append(string)
        return "".join(out)

    def __eq__(self, other):
        return other == str(self)

    def __hash__(self):
        return hash(str(self))

    def append(self, s, charset=None, errors="strict"):
        """Adds a chunk; bytes are decoded with the charset (or the header's)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        if not isinstance(s, str):
            input_charset = charset.input_codec or "us-ascii"
            if input_charset == _charset.UNKNOWN8BIT:
                s = s.decode("us-ascii", "surrogateescape")
            else:
                s = s.decode(input_charset, errors)
        output_charset = charset.output_codec or "us-ascii"
        if output_charset != _charset.UNKNOWN8BIT:
            try:
                s.encode(output_charset, errors)
            except UnicodeEncodeError:
                if output_charset != "us-ascii":
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        """The value as header text: ASCII chunks folded at splitchars (earlier ones
        preferred), others as encoded words, lines at most maxlinelen long (0: no limit)."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        f = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        lastcs = None
        hasspace = lastspace = None
        for string, charset in self._chunks:
            if hasspace is not None:
                hasspace = string and _nonctext(string[0])
                if lastcs not in (None, "us-ascii"):
                    if not hasspace or charset not in (None, "us-ascii"):
                        f.transition()
                elif charset not in (None, "us-ascii") and not lastspace:
                    f.transition()
            hasspace = lastspace = string and _nonctext(string[-1]) or False
            lastcs = charset
            lines = string.splitlines()
            f.feed("", lines[0] if lines else "", charset)
            for line in lines[1:]:
                f.newline()
                if charset.header_encoding is not None:
                    f.feed(self._continuation_ws, " " + line.lstrip(), charset)
                else:
                    sline = line.lstrip()
                    f.feed(line[:len(line) - len(sline)], sline, charset)
            if len(lines) > 1:
                f.newline()
        if self._chunks:
            f.add_transition()
        value = f.text(linesep)
        if _EMBEDDED_HEADER.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value


_EMBEDDED_HEADER = re.compile(r"\n[^ \t]+:")


class _Line:
    """The (whitespace, word) parts of the line being filled."""

    def __init__(self, initial=0):
        self.initial = initial
        self.parts = []

    def __len__(self):
        return self.initial + sum(len(f) + len(p) for f, p in self.parts)

    def text(self):
        return "".join(f + p for f, p in self.parts)

    def is_onlyws(self):
        return self.initial == 0 and (not self.parts or self.text().isspace())


class _Folder:
    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.cws = continuation_ws
        self.cws_len = len(continuation_ws.replace("\t", " " * 8))
        self.splitchars = splitchars
        self.lines = []
        self.line = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        end_of_line = self.line.parts.pop() if self.line.parts else ("", "")
        if end_of_line != (" ", ""):
            self.line.parts.append(end_of_line)
        if len(self.line) > 0:
            if self.line.is_onlyws() and self.lines:
                self.lines[-1] += self.line.text()
            else:
                self.lines.append(self.line.text())
        self.line = _Line()

    def add_transition(self):
        self.line.parts.append((" ", ""))

    transition = add_transition

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            self._ascii_split(fws, string)
            return
        maxlengths = self._maxlengths()
        encoded = charset.header_encode_lines(string, maxlengths)
        if not encoded:
            return
        first = encoded.pop(0)
        self._append(fws, first)
        if not encoded:
            return
        self.newline()
        last = encoded.pop()
        for line in encoded:
            self.lines.append(self.cws + line)
        self.line.parts.append((self.cws, last))

    def _maxlengths(self):
        yield self.maxlen - len(self.line)
        while True:
            yield self.maxlen - self.cws_len

    def _ascii_split(self, fws, string):
        parts = _SPLIT_WS.split(fws + string)
        if parts[0]:
            parts[:0] = [""]
        else:
            parts.pop(0)
        for i in range(0, len(parts) - 1, 2):
            self._append(parts[i], parts[i + 1])

    def _append(self, fws, string):
        """Adds a part; when the line grows too long it is broken at the last place after a
        split character (the first split characters preferred)."""
        self.line.parts.append((fws, string))
        if len(self.line) <= self.maxlen:
            return
        parts = self.line.parts
        at = None
        for ch in self.splitchars:
            for i in range(len(parts) - 1, 0, -1):
                if ch.isspace():
                    f = parts[i][0]
                    if f and f[0] == ch:
                        at = i
                        break
                prev = parts[i - 1][1]
                if prev and prev[-1] == ch:
                    at = i
                    break
            if at is not None:
                break
        if at is None:
            # No place to break: a part too long for any line stays whole; on the header
            # name's line it goes to a line of its own.
            fws, part = parts.pop()
            if self.line.initial > 0:
                self.newline()
                fws = fws or " "
            self.line.parts.append((fws, part))
            return
        remainder = parts[at:]
        del parts[at:]
        self.lines.append(self.line.text())
        self.line = _Line()
        self.line.parts = [((f or self.cws) if k == 0 else f, p)
                           for k, (f, p) in enumerate(remainder)]
