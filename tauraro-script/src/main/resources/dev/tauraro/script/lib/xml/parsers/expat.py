"""xml.parsers.expat: a non-validating XML 1.0 parser with expat's interface (ParserCreate, the
handler attributes, Parse/ParseFile, ExpatError), written in script from the documentation and from
the events, messages and error positions CPython's pyexpat (expat 2.5) was observed to give.

Everything else in the xml package parses through it, as CPython's does through expat, so
ElementTree, minidom and sax report the same errors at the same places.

Parse() may be given the document in pieces: a token cut at the end of a piece waits in the buffer
for the next one. Bytes are decoded by the encoding named in the XML declaration (or a byte order
mark, else UTF-8); line ends are normalized to '\\n' before scanning, so columns count characters
as expat's do. Internal entities declared in the DTD's internal subset are expanded (text and
markup); the rest of the DTD is skipped, not validated, and ATTLIST defaults are not applied.
"""

import re

__all__ = ["ParserCreate", "ExpatError", "error", "errors", "ErrorString", "EXPAT_VERSION",
           "version_info", "native_encoding"]

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"


class ExpatError(Exception):
    """A well-formedness error: code, lineno and offset (the column) say which and where."""


error = ExpatError

# expat's error strings, indexed by code (XML_ErrorString)
_MESSAGES = [
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
    "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended", "parser not suspended",
    "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace URI",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names",
]


def ErrorString(code):
    """The message for an error code, as expat's XML_ErrorString."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class _Errors:
    """xml.parsers.expat.errors: XML_ERROR_* message constants, with codes and messages maps."""


errors = _Errors()
errors.codes = {}
errors.messages = {}
for _code, _name in enumerate([
        None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
        "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT",
        "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY",
        "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
        "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION",
        "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
        "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
        "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL",
        "PUBLICID", "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE",
        "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI"]):
    if _name is not None:
        setattr(errors, "XML_ERROR_" + _name, _MESSAGES[_code])
        errors.codes[_MESSAGES[_code]] = _code
        errors.messages[_code] = _MESSAGES[_code]

_NAME_START = (":A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff"
               "\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd")
_NAME_MORE = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f\u2040"
_NAME = re.compile("[" + _NAME_START + "][" + _NAME_MORE + "]*")
_NAME_CHARS = re.compile("[" + _NAME_MORE + "]*")
_SPACE = re.compile(r"[ \t\n]*")
_TEXT = re.compile(r"[^<&\]\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+")
_ATTR_TEXT = re.compile(r"[^<&'\"\t\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+")
_BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECIMAL = re.compile(r"[0-9]+")
_HEX = re.compile(r"[0-9a-fA-F]+")
_DECL_VALUE = re.compile(r"[a-zA-Z0-9_.:-]*")
_ENC_IN_DECL = re.compile(rb"""encoding[ \t\r\n]*=[ \t\r\n]*(?:'([^']*)'|"([^"]*)")""")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"

_PROLOG, _CONTENT, _EPILOG = 0, 1, 2


class _Wait(Exception):
    """Raised inside the scanner when a token runs past the end of a piece that is not the last."""


class _Fail(Exception):
    def __init__(self, code, index):
        self.code = code
        self.index = index


def _is_char_ok(cp):
    return (cp == 9 or cp == 10 or cp == 13 or 0x20 <= cp <= 0xd7ff or 0xe000 <= cp <= 0xfffd
            or 0x10000 <= cp <= 0x10ffff)


class XMLParserType:
    """One parse of one document; made by ParserCreate."""

    def __init__(self, encoding, namespace_separator, intern):
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = intern if intern is not None else {}
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        for name in _HANDLERS:
            setattr(self, name, None)
        self._raw = b""          # bytes waiting until the encoding is known
        self._decoder = None
        self._cr = False          # the last piece ended with '\r'
        self._buf = ""
        self._pos = 0
        self._line = 1            # line and column of _buf[_pos]
        self._col = 0
        self._bytes = 0
        self._state = _PROLOG
        self._stack = []          # open elements: (qualified name, namespace declarations)
        self._ns = [{"xml": _XML_NS}]
        self._started = False     # any text seen: an XML declaration must come first
        self._entities = {}
        self._external_dtd = False
        self._finished = False
        self._error = None
        self._pending = []        # buffer_text: character data not yet handed over
        self._pending_at = (0, 0, 1, 0)
        self._ev = (0, 0, 1, 0)   # the current event: its index and _pos, _line, _col then
        self._evwhere = (1, 0)    # its (line, column) once asked for
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1

    # -- positions ------------------------------------------------------------------------------

    def _where(self, index):
        """(line, column) of _buf[index], index >= _pos."""
        text = self._buf
        nl = text.count("\n", self._pos, index)
        if nl == 0:
            return self._line, self._col + index - self._pos
        return self._line + nl, index - text.rfind("\n", self._pos, index) - 1

    def _advance(self, index):
        self._line, self._col = self._where(index)
        self._pos = index

    def _event(self, index):
        # most handlers never ask where they are: the line and column are counted when asked
        self._ev = (index, self._pos, self._line, self._col)
        self._evwhere = None

    def _event_where(self):
        if self._evwhere is None:
            index, pos, line, col = self._ev
            text = self._buf
            nl = text.count("\n", pos, index)
            if nl == 0:
                self._evwhere = line, col + index - pos
            else:
                self._evwhere = line + nl, index - text.rfind("\n", pos, index) - 1
        return self._evwhere

    @property
    def CurrentLineNumber(self):
        return self._event_where()[0]

    @property
    def CurrentColumnNumber(self):
        return self._event_where()[1]

    @property
    def CurrentByteIndex(self):
        return self._bytes

    # -- input --------------------------------------------------------------------------------

    def Parse(self, data, isfinal=False):
        if self._error is not None or self._finished:
            raise self._raise(36, self._pos)
        if isinstance(data, str):
            self._feed_text(data, isfinal)
        else:
            data = bytes(data)
            self._bytes += len(data)
            self._feed_bytes(data, isfinal)
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        while True:
            data = file.read(16384)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"" if not isinstance(data, str) else "", True)

    def UseForeignDTD(self, flag=True):
        self._external_dtd = bool(flag)

    def _feed_bytes(self, data, final):
        if self._decoder is None:
            self._raw += data
            raw = self._raw
            enc = self._encoding
            if enc is None:
                if raw.startswith(b"\xef\xbb\xbf"):
                    enc, raw = "utf-8", raw[3:]
                elif raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
                    enc = "utf-16"
                elif raw.startswith(b"<\x00?\x00"):
                    enc = "utf-16-le"
                elif raw.startswith(b"\x00<\x00?"):
                    enc = "utf-16-be"
                elif raw.startswith(b"<?xml"[:len(raw)]) and not final:
                    return               # wait for the whole declaration
                elif raw.startswith(b"<?xml"):
                    end = raw.find(b"?>")
                    if end < 0 and not final:
                        return
                    m = _ENC_IN_DECL.search(raw, 0, end if end >= 0 else len(raw))
                    enc = (m.group(1) or m.group(2) or b"utf-8").decode("ascii", "replace") if m else "utf-8"
                else:
                    enc = "utf-8"
            import codecs   # only documents given as bytes need it; keeps the import cheap
            try:
                self._decoder = codecs.getincrementaldecoder(enc)("strict")
            except LookupError:
                raise LookupError("unknown encoding: " + enc) from None
            self._raw = b""
            data = raw
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as e:
            good = self._decoder_prefix(data, e)
            self._feed_text(good, False)
            raise self._raise(4, len(self._buf))
        self._feed_text(text, final)

    def _decoder_prefix(self, data, e):
        try:
            return data[:e.start].decode(e.encoding)
        except (UnicodeDecodeError, LookupError):
            return ""

    def _feed_text(self, text, final):
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._pos > 4096:
            self._event_where()   # the current event's place, before its index goes stale
            self._buf = self._buf[self._pos:]
            self._pos = 0
        self._buf += text
        try:
            self._scan(final)
        except _Fail as f:
            raise self._raise(f.code, f.index)
        except _Wait:
            pass
        self._flush_text()

    def _raise(self, code, index):
        line, col = self._where(max(index, self._pos))
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        err = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        self._error = err
        return err

    # -- the scanner ----------------------------------------------------------------------------

    def _scan(self, final):
        self._final = final
        buf = self._buf
        while True:
            pos = self._pos
            n = len(self._buf)
            if pos >= n:
                break
            buf = self._buf
            c = buf[pos]
            if c == "<":
                end = self._markup(pos)
            elif self._state == _CONTENT:
                end = self._text(pos) if c != "&" else self._reference(pos)
            else:
                end = self._outside(pos)
            self._advance(end)
        if final:
            self._finish()

    def _need(self, index):
        """The character at index, or _Wait / None at the end of the input."""
        if index < len(self._buf):
            return self._buf[index]
        if not self._final:
            raise _Wait()
        return None

    def _finish(self):
        if self._state != _EPILOG:
            raise _Fail(3, len(self._buf))

    def _outside(self, pos):
        """Text before or after the root element: only white space is allowed there."""
        buf = self._buf
        end = _SPACE.match(buf, pos).end()
        if end > pos:
            self._started = True
            if self.DefaultHandler or self.DefaultHandlerExpand:
                self._event(pos)
                self._default(buf[pos:end])
            return end
        if self._state == _EPILOG:
            raise _Fail(4 if buf[pos] == "&" else 9, pos)
        m = _NAME_CHARS.match(buf, pos)
        if m.end() > pos:
            # a word out of place is a syntax error when it ends (at white space or the end),
            # else the token stops being one where the name does
            if m.end() >= len(buf):
                if not self._final:
                    raise _Wait()
                raise _Fail(2, pos)
            if buf[m.end()] in " \t\n":
                raise _Fail(2, pos)
            raise _Fail(4, m.end())
        raise _Fail(4, pos)

    def _default(self, text):
        handler = self.DefaultHandlerExpand or self.DefaultHandler
        if handler is not None:
            handler(text)

    def _text(self, pos):
        buf = self._buf
        m = _TEXT.match(buf, pos)
        if m is not None:
            end = m.end()
        else:
            end = pos
            c = buf[pos]
            if c == "\n":
                end = pos + 1
            elif c == "]":
                if buf.startswith("]]>", pos):
                    raise _Fail(4, pos + 2)
                if len(buf) - pos < 3 and "]]>".startswith(buf[pos:]) and not self._final:
                    raise _Wait()
                end = pos + 1
            else:
                raise _Fail(4, pos)
        self._chars(pos, buf[pos:end])
        return end

    def _chars(self, pos, text):
        if self.buffer_text and self.CharacterDataHandler is not None:
            # expat's buffer_text: runs of character data reach the handler once, at the next
            # markup or at the end of this Parse call
            if not self._pending:
                self._pending_at = (pos, self._pos, self._line, self._col)
            self._pending.append(text)
            return
        if self.CharacterDataHandler is not None:
            self._event(pos)
            self.CharacterDataHandler(text)
        elif self.DefaultHandlerExpand or self.DefaultHandler:
            self._event(pos)
            self._default(text)

    def _char_ref(self, pos):
        """&#...; at pos -> (character, end)."""
        buf = self._buf
        i = pos + 2
        c = self._need(i)
        if c == "x":
            m = _HEX.match(buf, i + 1)
            base = 16
            start = i + 1
        else:
            m = _DECIMAL.match(buf, i)
            base = 10
            start = i
        end = m.end() if m else start
        c = self._need(end)
        if end == start or c != ";":
            raise _Fail(4, end)
        cp = int(buf[start:end], base) if end - start < 12 else 0x110000
        if not _is_char_ok(cp):
            raise _Fail(14, pos)
        return chr(cp), end + 1

    def _name_at(self, index):
        """The match of the name that must start at index (malformed there if none does)."""
        self._need(index)
        m = _NAME.match(self._buf, index)
        if m is None:
            raise _Fail(4, index)
        return m

    def _entity_ref(self, pos):
        """&name; at pos -> (name, end)."""
        m = self._name_at(pos + 1)
        end = m.end()
        if self._need(end) != ";":
            raise _Fail(4, end)
        return m.group(), end + 1

    def _reference(self, pos):
        buf = self._buf
        if self._need(pos + 1) == "#":
            ch, end = self._char_ref(pos)
            self._chars(pos, ch)
            return end
        name, end = self._entity_ref(pos)
        if name in _PREDEFINED:
            self._chars(pos, _PREDEFINED[name])
            return end
        value = self._entities.get(name)
        if value is None:
            if self._external_dtd:
                self._event(pos)
                if self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(name, False)
                else:
                    self._default("&" + name + ";")
                return end
            raise _Fail(11, pos)
        if self._recursive(name):
            raise _Fail(12, pos)
        if "<" not in value and "&" not in value:
            self._chars(pos, value)
            return end
        # markup in the replacement text is parsed as content in place of the reference
        self._expanded = getattr(self, "_expanded", 0) + len(value)
        if self._expanded > 10000000:
            raise _Fail(12, pos)
        self._buf = buf[:pos] + value + buf[end:]
        return pos

    def _recursive(self, name):
        seen = set()
        todo = [name]
        for _ in range(10000):
            if not todo:
                return False
            value = self._entities.get(todo.pop())
            if value is None:
                continue
            for ref in re.findall(r"&([^;#&]+);", value):
                if ref == name:
                    return True
                if ref not in seen:
                    seen.add(ref)
                    todo.append(ref)
        return True

    def _flush_text(self):
        if self._pending:
            text = "".join(self._pending)
            self._pending = []
            self._ev = self._pending_at
            self._evwhere = None
            self.CharacterDataHandler(text)

    def _markup(self, pos):
        self._flush_text()
        buf = self._buf
        c = self._need(pos + 1)
        if c is None:
            raise _Fail(5, pos)
        if c == "/":
            return self._end_tag(pos)
        if c == "!":
            if self._need(pos + 2) == "-":
                return self._comment(pos)
            if self._state == _CONTENT:
                if "<![CDATA[".startswith(buf[pos:pos + 9]) and len(buf) < pos + 9:
                    self._need(len(buf))
                    raise _Fail(5, pos)
                if buf.startswith("<![CDATA[", pos):
                    return self._cdata(pos)
            elif self._state == _PROLOG:
                if "<!DOCTYPE".startswith(buf[pos:pos + 9]) and len(buf) < pos + 9:
                    self._need(len(buf))
                    raise _Fail(5, pos)
                if buf.startswith("<!DOCTYPE", pos):
                    return self._doctype(pos)
                m = _NAME.match(buf, pos + 2)
                if m is not None:
                    # a declaration the prolog does not allow, or a keyword run into other markup
                    if self._need(m.end()) in " \t\n":
                        raise _Fail(2, pos)
                    raise _Fail(4, m.end())
            raise _Fail(4, pos + 2)
        if c == "?":
            return self._pi(pos)
        if self._state == _EPILOG:
            raise _Fail(9, pos)
        return self._start_tag(pos)

    def _comment(self, pos):
        buf = self._buf
        if self._need(pos + 3) != "-":
            raise _Fail(4, pos + 3)
        i = pos + 4
        while True:
            j = buf.find("--", i)
            if j < 0:
                self._need(len(buf))
                raise _Fail(5, pos)
            c = self._need(j + 2)
            if c is None:
                raise _Fail(5, pos)
            if c != ">":
                raise _Fail(4, j + 2)
            break
        bad = _BAD_CHAR.search(buf, pos + 4, j)
        if bad:
            raise _Fail(4, bad.start())
        self._started = True
        if self.CommentHandler is not None:
            self._event(pos)
            self.CommentHandler(buf[pos + 4:j])
        elif self.DefaultHandler or self.DefaultHandlerExpand:
            self._event(pos)
            self._default(buf[pos:j + 3])
        return j + 3

    def _cdata(self, pos):
        buf = self._buf
        j = buf.find("]]>", pos + 9)
        if j < 0:
            self._need(len(buf))
            raise _Fail(20, len(buf))
        bad = _BAD_CHAR.search(buf, pos + 9, j)
        if bad:
            raise _Fail(4, bad.start())
        self._event(pos)
        if self.StartCdataSectionHandler is not None:
            self.StartCdataSectionHandler()
        if j > pos + 9:
            text = buf[pos + 9:j]
            # expat hands a CDATA section over line by line, as it does text
            for piece in re.findall(r"[^\n]+|\n", text):
                self._chars(pos, piece)
        self._flush_text()
        if self.EndCdataSectionHandler is not None:
            self.EndCdataSectionHandler()
        return j + 3

    def _pi(self, pos):
        buf = self._buf
        m = self._name_at(pos + 2)
        target = m.group()
        i = m.end()
        c = self._need(i)
        if c == "?":
            if self._need(i + 1) != ">":
                raise _Fail(4, i + 1)
            data_start = end = i
        else:
            if c not in " \t\n":
                raise _Fail(4, i)
            end = buf.find("?>", i)
            if end < 0:
                self._need(len(buf))
                raise _Fail(5, pos)
            data_start = _SPACE.match(buf, i).end()
        if target.lower() == "xml":
            if target != "xml" or self._started or self._line != 1 or pos != 0 or self._col != 0:
                raise _Fail(17, pos)
            self._xml_decl(pos, i, end)
        else:
            bad = _BAD_CHAR.search(buf, data_start, end)
            if bad:
                raise _Fail(4, bad.start())
            if self.ProcessingInstructionHandler is not None:
                self._event(pos)
                self.ProcessingInstructionHandler(target, buf[data_start:end])
            elif self.DefaultHandler or self.DefaultHandlerExpand:
                self._event(pos)
                self._default(buf[pos:end + 2])
        self._started = True
        return end + 2

    def _xml_decl(self, pos, start, end):
        """The XML declaration's pseudo-attributes in buf[start:end]; a fault is reported where
        it is, as expat does (a wrong name, a missing '=' or quote, a bad character in a value)."""
        buf = self._buf
        values = {}
        order = ("version", "encoding", "standalone")
        expected = 0
        i = start
        for _ in range(4):
            j = _SPACE.match(buf, i, end).end()
            if j == end:
                break
            m = _NAME.match(buf, j, end)
            if j == i or m is None or m.group() not in order[expected:] or (
                    expected == 0 and m.group() != "version"):
                raise _Fail(30, j)
            name = m.group()
            expected = order.index(name) + 1
            k = _SPACE.match(buf, m.end(), end).end()
            if k >= end or buf[k] != "=":
                raise _Fail(30, k)
            k = _SPACE.match(buf, k + 1, end).end()
            if k >= end or buf[k] not in "'\"":
                raise _Fail(30, k)
            v = k + 1
            e = _DECL_VALUE.match(buf, v, end).end()
            if e >= end or buf[e] != buf[k]:
                raise _Fail(30, e)
            value = buf[v:e]
            if (name == "encoding" and not value[:1].isalpha()
                    or name == "standalone" and value not in ("yes", "no")
                    or name != "version" and ":" in value):
                raise _Fail(30, v)
            values[name] = value
            i = e + 1
        if "version" not in values:
            raise _Fail(30, end)
        standalone = values.get("standalone")
        if self.XmlDeclHandler is not None:
            self._event(pos)
            flag = -1 if standalone is None else (1 if standalone == "yes" else 0)
            self.XmlDeclHandler(values["version"], values.get("encoding"), flag)

    def _quoted(self, pos):
        buf = self._buf
        q = self._need(pos)
        if q not in ("'", '"'):
            raise _Fail(4, pos)
        end = buf.find(q, pos + 1)
        if end < 0:
            self._need(len(buf))
            raise _Fail(5, pos)
        return buf[pos + 1:end], end + 1

    def _doctype(self, pos):
        buf = self._buf
        i = pos + 9
        sp = _SPACE.match(buf, i).end()
        self._need(sp)
        m = _NAME.match(buf, sp)
        if sp == i or m is None:
            raise _Fail(4, sp)
        name = m.group()
        i = _SPACE.match(buf, m.end()).end()
        sysid = pubid = None
        self._need(i)
        if buf.startswith("SYSTEM", i):
            sysid, i = self._quoted(_SPACE.match(buf, i + 6).end())
        elif buf.startswith("PUBLIC", i):
            pubid, i = self._quoted(_SPACE.match(buf, i + 6).end())
            sysid, i = self._quoted(_SPACE.match(buf, i).end())
        i = _SPACE.match(buf, i).end()
        entities = {}
        internal = self._need(i) == "["
        if internal:
            i = self._subset(i + 1, entities)
            i = _SPACE.match(buf, i).end()
        if self._need(i) != ">":
            raise _Fail(4, i)
        if sysid is not None:
            self._external_dtd = True
        self._event(pos)
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, int(internal))
        for ename, value in entities.items():
            self._entities.setdefault(ename, value)
            if self.EntityDeclHandler is not None:
                self.EntityDeclHandler(ename, False, value, None, None, None, None)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        self._started = True
        return i + 1

    def _subset(self, i, entities):
        """Skip the internal subset from i (after '['), keeping general entity declarations."""
        buf = self._buf
        for _ in range(len(buf)):
            i = _SPACE.match(buf, i).end()
            c = self._need(i)
            if c is None:
                raise _Fail(5, i)
            if c == "]":
                return i + 1
            if c == "%":
                self._external_dtd = True
                end = buf.find(";", i)
                if end < 0:
                    self._need(len(buf))
                    raise _Fail(5, i)
                i = end + 1
                continue
            if c != "<":
                # as in the prolog: a name is a token out of place, anything else no token at all
                m = _NAME_CHARS.match(buf, i)
                raise _Fail(4, m.end() if m.end() > i else i)
            if buf.startswith("<!--", i):
                end = buf.find("-->", i + 4)
                if end < 0:
                    self._need(len(buf))
                    raise _Fail(5, i)
                i = end + 3
                continue
            if buf.startswith("<?", i):
                end = buf.find("?>", i + 2)
                if end < 0:
                    self._need(len(buf))
                    raise _Fail(5, i)
                i = end + 2
                continue
            start = i
            j = i + 2
            keyword = _NAME.match(buf, j)
            if keyword is None or keyword.end() >= len(buf):
                self._need(len(buf) + 1 if keyword is not None else j)
                raise _Fail(4, j)
            if keyword.group() not in ("ENTITY", "ELEMENT", "ATTLIST", "NOTATION"):
                raise _Fail(2, start)
            parts = []
            while True:
                c = self._need(j)
                if c is None:
                    raise _Fail(5, start)
                if c == ">":
                    break
                if c in "'\"":
                    value, j = self._quoted(j)
                    parts.append((True, value))
                    continue
                k = j
                while k < len(buf) and buf[k] not in " \t\n>'\"":
                    k += 1
                self._need(k)
                if k > j:
                    parts.append((False, buf[j:k]))
                    j = k
                else:
                    j += 1
            i = j + 1
            if parts and parts[0] == (False, "ENTITY") and len(parts) >= 3:
                if parts[1] == (False, "%"):
                    continue
                ename = parts[1][1]
                if parts[2][0]:
                    entities.setdefault(ename, self._entity_value(parts[2][1], start))
        raise _Fail(2, i)

    def _entity_value(self, value, pos):
        def charref(m):
            text = m.group(1)
            cp = int(text[1:], 16) if text[0] == "x" else int(text)
            if not _is_char_ok(cp):
                raise _Fail(14, pos)
            return chr(cp)
        return re.sub(r"&#(x[0-9a-fA-F]+|[0-9]+);", charref, value)

    def _attr_value(self, pos, tag_pos):
        """The attribute value whose quote is at pos -> (normalized value, end)."""
        buf = self._buf
        q = self._need(pos)
        if q not in ("'", '"'):
            raise _Fail(4, pos)
        out = []
        i = pos + 1
        for _ in range(len(buf) + 1):
            m = _ATTR_TEXT.match(buf, i)
            if m is not None:
                out.append(m.group())
                i = m.end()
            c = self._need(i)
            if c is None:
                raise _Fail(5, tag_pos)
            if c == q:
                return "".join(out), i + 1
            if c in "'\"":
                out.append(c)
                i += 1
            elif c in "\t\n":
                out.append(" ")
                i += 1
            elif c == "&":
                if self._need(i + 1) == "#":
                    ch, i = self._char_ref(i)
                    out.append(ch)
                else:
                    name, end = self._entity_ref(i)
                    if name in _PREDEFINED:
                        out.append(_PREDEFINED[name])
                    elif name in self._entities:
                        value = self._entities[name]
                        if self._recursive(name):
                            raise _Fail(12, tag_pos)
                        if "<" in value:
                            raise _Fail(4, tag_pos)
                        out.append(value.replace("\t", " ").replace("\n", " "))
                    elif not self._external_dtd:
                        raise _Fail(11, tag_pos)
                    i = end
            else:
                raise _Fail(4, i)
        raise _Fail(5, tag_pos)

    def _qname(self, m):
        """Namespace mode: a name with more than one colon is malformed at the second one."""
        name = m.group()
        first = name.find(":")
        if first >= 0:
            second = name.find(":", first + 1)
            if second >= 0:
                raise _Fail(4, m.start() + second)
            if first == 0 or first == len(name) - 1:
                raise _Fail(4, m.start() + first)
        return name

    def _start_tag(self, pos):
        buf = self._buf
        m = _NAME.match(buf, pos + 1)
        if m is None:
            raise _Fail(4, pos + 1)
        ns = self._sep is not None
        name = self._qname(m) if ns else m.group()
        i = m.end()
        attrs = []
        names = set()
        for _ in range(len(buf) + 1):
            j = _SPACE.match(buf, i).end()
            c = self._need(j)
            if c is None:
                raise _Fail(5, pos)
            if c == ">":
                empty = False
                end = j + 1
                break
            if c == "/":
                c = self._need(j + 1)
                if c is None:
                    raise _Fail(5, pos)
                if c != ">":
                    raise _Fail(4, j + 1)
                empty = True
                end = j + 2
                break
            if j == i:
                raise _Fail(4, j)
            am = _NAME.match(buf, j)
            if am is None:
                raise _Fail(4, j)
            aname = self._qname(am) if ns else am.group()
            if am.end() >= len(buf):
                self._need(am.end())
                raise _Fail(5, pos)
            if aname in names:
                raise _Fail(8, j)
            names.add(aname)
            k = _SPACE.match(buf, am.end()).end()
            c = self._need(k)
            if c is None:
                raise _Fail(5, pos)
            if c != "=":
                raise _Fail(4, k)
            k = _SPACE.match(buf, k + 1).end()
            if self._need(k) is None:
                raise _Fail(5, pos)
            value, i = self._attr_value(k, pos)
            attrs.append((aname, value))
        self._started = True
        decls = []
        if ns:
            name, attrs, decls = self._namespaces(pos, name, attrs)
        self._event(pos)
        if self._state == _PROLOG:
            self._state = _CONTENT
        if self.StartNamespaceDeclHandler is not None:
            for prefix, uri in decls:
                self.StartNamespaceDeclHandler(prefix, uri)
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                flat = []
                for k, v in attrs:
                    flat.append(k)
                    flat.append(v)
                handler(name, flat)
            else:
                handler(name, dict(attrs))
        elif self.DefaultHandler or self.DefaultHandlerExpand:
            self._default(buf[pos:end])
        if empty:
            self._event(end)
            self._close(name, decls)
        else:
            self._stack.append((m.group(), name, decls))
        return end

    def _namespaces(self, pos, name, attrs):
        scope = self._ns[-1]
        decls = []
        kept = []
        for aname, value in attrs:
            if aname == "xmlns":
                decls.append((None, value or None))
            elif aname.startswith("xmlns:"):
                prefix = aname[6:]
                if not value:
                    raise _Fail(28, pos)
                decls.append((prefix, value))
            else:
                kept.append((aname, value))
        if decls:
            scope = dict(scope)
            for prefix, uri in decls:
                scope[prefix] = uri
        self._ns.append(scope)
        sep = self._sep

        def expand(qname, is_attr):
            colon = qname.find(":")
            if colon < 0:
                uri = None if is_attr else scope.get(None)
                local = qname
                prefix = None
            else:
                prefix = qname[:colon]
                local = qname[colon + 1:]
                uri = scope.get(prefix)
                if uri is None:
                    raise _Fail(27, pos)
            if uri is None:
                return local
            if self.namespace_prefixes and prefix is not None:
                return uri + sep + local + sep + prefix
            return uri + sep + local

        name = expand(name, False)
        out = []
        seen = set()
        for aname, value in kept:
            full = expand(aname, True)
            if full in seen:
                raise _Fail(8, pos)
            seen.add(full)
            out.append((full, value))
        return name, out, decls

    def _close(self, name, decls):
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        elif self.DefaultHandler or self.DefaultHandlerExpand:
            self._default("")
        if self._sep is not None:
            self._ns.pop()
            if self.EndNamespaceDeclHandler is not None:
                for prefix, uri in reversed(decls):
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._state = _EPILOG

    def _end_tag(self, pos):
        buf = self._buf
        m = self._name_at(pos + 2)
        if m.end() >= len(buf):
            self._need(m.end())
            raise _Fail(5, pos)
        j = _SPACE.match(buf, m.end()).end()
        c = self._need(j)
        if c is None:
            raise _Fail(5, pos)
        if c != ">":
            raise _Fail(4, j)
        if self._state != _CONTENT or not self._stack:
            raise _Fail(9, pos)
        raw, name, decls = self._stack[-1]
        if m.group() != raw:
            raise _Fail(7, pos + 2)
        self._stack.pop()
        self._event(pos)
        self._close(name, decls)
        return j + 1


_HANDLERS = ("StartElementHandler", "EndElementHandler", "CharacterDataHandler",
             "ProcessingInstructionHandler", "CommentHandler", "StartNamespaceDeclHandler",
             "EndNamespaceDeclHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
             "EndDoctypeDeclHandler", "DefaultHandler", "DefaultHandlerExpand",
             "StartCdataSectionHandler", "EndCdataSectionHandler", "EntityDeclHandler",
             "SkippedEntityHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
             "ElementDeclHandler", "AttlistDeclHandler", "ExternalEntityRefHandler",
             "NotStandaloneHandler", "CommentHandler")


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new parser; with namespace_separator, names are reported as 'uri' + separator + 'local'."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not "
                        + type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not "
                            + type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, intern)
