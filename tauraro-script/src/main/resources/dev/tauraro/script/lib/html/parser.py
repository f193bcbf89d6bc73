"""html.parser: HTMLParser, a tolerant tokenizer of HTML that calls a handler method for each start
tag, end tag, text run, comment, declaration and processing instruction, written from the module's
documentation and the events CPython 3.11 was observed to produce.

feed() may be given the document in pieces: markup (or, without convert_charrefs, a reference)
cut at the end of a piece waits in the buffer for the next one; close() hands what is left over as
text. The contents of <script> and <style> are text up to the matching end tag.
"""

import re

from html import unescape

__all__ = ["HTMLParser"]

_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
# one attribute after the tag name: leading space or slashes, the name, then '=' and a value
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s/>][^\s/=>]*)(?:\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?""")
_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)")
_ENTITYREF = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)")
_REF_ENDED = re.compile(r"[\s;]")
_SIMPLE_END = re.compile(r"\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*")  # the inside of '</name>', spaces allowed


class HTMLParser:
    """Subclass it and override the handle_* methods; feed() it text, then close() it."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """With convert_charrefs (the default) references in text are replaced before handle_data
        sees it; otherwise they go to handle_entityref and handle_charref."""
        self.convert_charrefs = convert_charrefs
        self._starttag_text = None  # kept by reset(), as CPython's
        self.reset()

    def reset(self):
        """Forgets any buffered input and starts again at line 1."""
        self.rawdata = ""
        self.lasttag = "???"
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._parse(False)

    def close(self):
        """Handles whatever the buffer still holds, as text where it is no complete markup."""
        self._parse(True)

    def getpos(self):
        """(line, column) of the start of what is being handled, the line counted from 1."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r"</\s*%s\s*>" % re.escape(self.cdata_elem), re.IGNORECASE)

    def clear_cdata_mode(self):
        self.cdata_elem = None

    # ------------------------------------------------------------ the handlers, for subclasses

    def handle_startendtag(self, tag, attrs):
        """<tag ... />: a start tag, then its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # ------------------------------------------------------------ the tokenizer

    def _advance(self, i, j):
        """Moves the position over rawdata[i:j]; returns j."""
        if i < j:
            newlines = self.rawdata.count("\n", i, j)
            if newlines:
                self.lineno += newlines
                self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
            else:
                self.offset += j - i
        return j

    def _text(self, text):
        self.handle_data(unescape(text) if self.convert_charrefs and not self.cdata_elem else text)

    def _text_end(self, data, i, at_end):
        """Where the text starting at i ends (the next markup), or -1 to wait for more input."""
        if self.cdata_elem:
            # the element's text runs to its end tag; until that arrives it waits (and CPython
            # 3.11 drops it if the input ends first)
            match = self._cdata_end.search(data, i)
            return match.start() if match else -1
        if self.convert_charrefs:
            j = data.find("<", i)
            if j >= 0:
                return j
            # a reference cut by the end of this piece is held back until it can be whole
            amp = data.rfind("&", max(i, len(data) - 34))
            if amp >= 0 and not _REF_ENDED.search(data, amp) and not at_end:
                return -1  # the whole text waits, so that it reaches handle_data in one piece
            return len(data)
        lt, amp = data.find("<", i), data.find("&", i)
        ends = [k for k in (lt, amp) if k >= 0]
        return min(ends) if ends else len(data)

    def _parse(self, at_end):
        data = self.rawdata
        n = len(data)
        i = 0
        while i < n:
            j = self._text_end(data, i, at_end)
            if j < 0:
                break
            if i < j:
                self._text(data[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if data[i] == "<":
                k = self._markup(data, i)
                if k < 0:
                    if not at_end:
                        break
                    # incomplete at the end: text up to and with the next '>', else to the next '<'
                    k = data.find(">", i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = data.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(data[i:k])
                i = self._advance(i, k)
            else:
                k = self._reference(data, i)
                if k < 0:
                    if not at_end:
                        break
                    k = n
                    self._text(data[i:k])
                i = self._advance(i, k)
        if at_end and i < n and not self.cdata_elem:
            self._text(data[i:n])
            i = self._advance(i, n)
        self.rawdata = data[i:]

    def _reference(self, data, i):
        """A reference at i for handle_charref/handle_entityref (convert_charrefs off); returns
        where it ends, or -1 when the input ends before it does."""
        for pattern, handler, skip in ((_CHARREF, self.handle_charref, 2), (_ENTITYREF, self.handle_entityref, 1)):
            match = pattern.match(data, i)
            if match:
                end = match.end()
                if end == len(data):
                    return -1  # the name may go on
                handler(data[i + skip:end])
                return end + 1 if data[end] == ";" else end
        if len(data) <= i + (3 if data.startswith("&#", i) else 1):
            return -1  # '&' or '&#' or '&#x' at the end: the reference may follow
        self.handle_data("&")
        return i + 1

    def _markup(self, data, i):
        """Handles the markup starting at the '<' at i; returns where it ends, or -1 if it is cut."""
        if self.cdata_elem:
            return self._endtag(data, i)
        nxt = data[i + 1:i + 2]
        if not nxt:
            return -1
        if nxt.isascii() and nxt.isalpha():
            return self._starttag(data, i)
        if nxt == "/":
            return self._endtag(data, i)
        if data.startswith("<!--", i):
            end = data.find("-->", i + 4)
            if end < 0:
                return -1
            self.handle_comment(data[i + 4:end])
            return end + 3
        if data.startswith("<![", i):
            end = data.find("]]>", i + 3)
            if end < 0:
                return -1
            self.unknown_decl(data[i + 3:end])
            return end + 3
        if nxt in "!?":
            end = data.find(">", i + 2)
            if end < 0:
                return -1
            body = data[i + 2:end]
            if nxt == "?":
                self.handle_pi(body)
            elif body[:7].lower() == "doctype":
                self.handle_decl(body)
            else:
                self.handle_comment(body)  # a "bogus comment", as HTML5 calls <!x>
            return end + 1
        self.handle_data("<")
        return i + 1

    def _starttag(self, data, i):
        end = self._starttag_end(data, i)
        if end < 0:
            return -1
        text = data[i:end]
        self._starttag_text = text
        name = _TAG_NAME.match(text, 1)
        tag = name.group().lower()
        self.lasttag = tag
        attrs = []
        k = name.end()
        inner_end = len(text) - 1  # before the '>'
        while k < inner_end:
            match = _ATTRIBUTE.match(text, k, inner_end)
            if not match or match.end() == k:
                break
            attr, value = match.group(1), match.group(2)
            if value is not None:
                if value[:1] == value[-1:] and value[:1] in ("'", '"') and len(value) > 1:
                    value = value[1:-1]
                value = unescape(value)
            attrs.append((attr.lower(), value))
            k = match.end()
        # self-closing when '/>' follows the attributes: in <a href=x/> the '/' is the value's
        if text[k:].strip().endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    @staticmethod
    def _starttag_end(data, i):
        """The index after the '>' closing the start tag at i, skipping quoted attribute values; -1 if cut."""
        k = _TAG_NAME.match(data, i + 1).end()
        n = len(data)
        after_equals = False
        while k < n:
            c = data[k]
            if c == ">":
                return k + 1
            if c in "'\"" and after_equals:
                close = data.find(c, k + 1)
                if close < 0:
                    return -1
                k = close + 1
                after_equals = False
                continue
            if c == "=":
                after_equals = True
            elif not c.isspace():
                after_equals = False
            k += 1
        return -1

    def _endtag(self, data, i):
        end = data.find(">", i + 2)
        if end < 0:
            return -1
        inner = data[i + 2:end]
        simple = _SIMPLE_END.fullmatch(inner)
        if self.cdata_elem:
            # only the element's own end tag ends its text; anything else is part of it
            if simple and simple.group(1).lower() == self.cdata_elem:
                self.handle_endtag(self.cdata_elem)
                self.clear_cdata_mode()
            else:
                self.handle_data(data[i:end + 1])
        elif simple:
            self.handle_endtag(simple.group(1).lower())
        elif inner[:1].isascii() and inner[:1].isalpha():
            self.handle_endtag(_TAG_NAME.match(inner).group().lower())  # '</a class=x>': attributes ignored
        elif inner:
            self.handle_comment(inner)  # '</ a b>', '</1>': a bogus comment, as HTML5 reads them
        # '</>' is dropped
        return end + 1
