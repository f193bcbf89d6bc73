"""email._addrlist: the lenient reading of address lists that email.utils.parseaddr and
getaddresses give (RFC 2822 with the old forgiveness: route addresses, missing '>', comments as
display names). Written for tauraro-script from the documentation and CPython 3.11's results."""

_SPECIALS = '()<>@,:;"[]'
_WHITE = " \t\r\n"


def _tokens(text):
    """(kind, text) pairs: 'atom', 'qs' (quoted string, unescaped), 'comment', 'dl' (domain
    literal, brackets kept) or a special character as its own kind."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _WHITE:
            i += 1
        elif c == '"':
            i, value = _delimited(text, i + 1, '"', None)
            out.append(("qs", value))
        elif c == "(":
            i, value = _delimited(text, i + 1, ")", "(")
            out.append(("comment", value))
        elif c == "[":
            j = text.find("]", i)
            j = n if j < 0 else j + 1
            out.append(("dl", text[i:j]))
            i = j
        elif c in _SPECIALS:
            out.append((c, c))
            i += 1
        else:
            j = i
            while j < n and text[j] not in _SPECIALS and text[j] not in _WHITE:
                j += 1
            out.append(("atom", text[i:j]))
            i = j
    return out


def _delimited(text, i, close, nest):
    """Reads up to the closing character (backslash escapes, nested comments) and returns the
    position after it with the unescaped text; an unclosed one runs to the end."""
    depth = 0
    chars = []
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            chars.append(text[i + 1])
            i += 2
            continue
        if nest is not None and c == nest:
            depth += 1
        elif c == close:
            if depth == 0:
                return i + 1, "".join(chars)
            depth -= 1
        chars.append(c)
        i += 1
    return n, "".join(chars)


def _word(kind, value):
    if kind == "qs":
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"')
    return value


class _Reader:
    def __init__(self, text):
        self.toks = _tokens(text)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos][0] if self.pos < len(self.toks) else None

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def addresses(self):
        result = []
        while self.pos < len(self.toks):
            result.extend(self.address())
            # A comma ending the text leaves an empty address after it.
            if self.pos == len(self.toks) and self.toks[-1][0] == ",":
                result.append(("", ""))
        return result

    def address(self):
        """One address (or a group's members), consuming the comma after it."""
        phrase, comments = [], []
        while True:
            kind = self.peek()
            if kind in ("atom", "qs", "dl", "."):
                phrase.append(self.take())
            elif kind == "comment":
                comments.append(self.take()[1])
            else:
                break
        kind = self.peek()
        if kind == "<":
            self.take()
            addr = self.route_addr()
            self.trailing(comments)
            name = " ".join(v for k, v in phrase if k != ".")
            return [(name or " ".join(comments), addr)]
        if kind == ":":
            self.take()
            members = self.group_members()
            self.trailing(comments)
            return members
        if kind == "@":
            self.take()
            local = "".join(_word(k, v) for k, v in phrase)
            domain = self.domain(comments)
            self.trailing(comments)
            return [(" ".join(comments), local + "@" + domain)]
        # A bare word (or nothing): the first word is the address.
        if kind in (",", None):
            if kind == ",":
                self.take()
            words = [_word(k, v) for k, v in phrase if k != "."]
            if not words:
                return [("", "")]
            return [(" ".join(comments), words[0])]
        # A stray special: skip it so the reading always moves on.
        self.take()
        words = [_word(k, v) for k, v in phrase if k != "."]
        return [(" ".join(comments), words[0] if words else "")] if words else []

    def group_members(self):
        """The addresses after a group's ':' up to and including its ';'."""
        members = []
        while self.pos < len(self.toks) and self.peek() != ";":
            if self.peek() == ",":
                self.take()
                continue
            members.extend(self.address_in_group())
        if self.peek() == ";":
            self.take()
        return members

    def address_in_group(self):
        before = self.pos
        result = self.address()
        if self.pos == before:
            self.take()
        return result

    def trailing(self, comments):
        while self.peek() == "comment":
            comments.append(self.take()[1])
        if self.peek() == ",":
            self.take()

    def domain(self, comments):
        parts = []
        while True:
            kind = self.peek()
            if kind in ("atom", "dl", "."):
                parts.append(self.take()[1])
            elif kind == "comment":
                comments.append(self.take()[1])
            else:
                return "".join(parts)

    def route_addr(self):
        """Inside <...>: an optional source route (@a,@b:) then the addr-spec."""
        local = []
        comments = []
        while True:
            kind = self.peek()
            if kind is None:
                break
            if kind == ">":
                self.take()
                break
            if kind == "@":
                self.take()
                if not local:
                    self.domain(comments)  # a route: @host[,@host]:
                    while self.peek() in (",", "@"):
                        self.take()
                        self.domain(comments)
                    if self.peek() == ":":
                        self.take()
                    continue
                domain = self.domain(comments)
                if self.peek() == ">":
                    self.take()
                return "".join(local) + "@" + domain
            if kind == "comment":
                comments.append(self.take()[1])
                continue
            k, v = self.take()
            local.append(_word(k, v))
        return "".join(local)


def addresses(text):
    """[(name, addr), ...] for an address-list text."""
    return _Reader(text).addresses()
