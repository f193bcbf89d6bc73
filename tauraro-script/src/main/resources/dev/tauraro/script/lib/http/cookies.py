"""http.cookies: cookies as a server sets them (Set-Cookie) and reads them (Cookie):
SimpleCookie, BaseCookie, Morsel and CookieError. Written for tauraro-script from the Python
3.11 documentation and the output CPython 3.11 gives (quoting with octal escapes, the attribute
names and order, the lenient reading of a Cookie header that drops it whole when it is bad)."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a cookie name (and an unquoted value) may hold.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters that stay as they are inside a quoted value.
_UnescapedChars = _LegalChars + " ()/<=>?@[]{}"

_is_legal_key = re.compile("[%s]+" % re.escape(_LegalChars)).fullmatch


def _escape(ch):
    if ch == '"':
        return '\\"'
    if ch == "\\":
        return "\\\\"
    if ord(ch) < 256 and ch not in _UnescapedChars:
        return "\\%03o" % ord(ch)
    return ch


def _quote(str):
    """The value as it is when every character is legal, else in double quotes with
    backslash and octal escapes."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + "".join(_escape(c) for c in str) + '"'


_ESCAPE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))", re.S)


def _unquote(str):
    """A quoted value with its quotes removed and escapes undone; others as they are."""
    if str is None or len(str) < 2:
        return str
    if str[0] != '"' or str[-1] != '"':
        return str
    inner = str[1:-1]

    def undo(m):
        if m.group(1):
            return chr(int(m.group(1), 8))
        return m.group(2)
    return _ESCAPE.sub(undo, inner)


_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The HTTP date `future` seconds from now (what an int expires means)."""
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value and its attributes (expires, path, comment,
    domain, max-age, secure, httponly, version, samesite) as dict items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__
    __hash__ = None

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel._key, morsel._value, morsel._coded_value = \
            self._key, self._value, self._coded_value
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _is_legal_key(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return ("\n        <script type=\"text/javascript\">\n        <!-- begin hiding\n"
                "        document.cookie = \"%s\";\n        // end hiding -->\n"
                "        </script>\n        ") % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        """'key=coded_value; Attr=value; ...', attributes in name order, empty ones left out,
        an int expires as the date that many seconds from now."""
        result = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                result.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                result.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                result.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    result.append(str(name))
            else:
                result.append("%s=%s" % (name, value))
        return "; ".join(result)


# One "name[=value]" of a Cookie header: a quoted value, an expires-style date (it has a
# comma and spaces), or a run of value characters; then the separator.
_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r"\[\]"
_CookiePattern = re.compile(
    r"\s*(?P<key>[" + _KEY_CHARS + r"]+?)"
    r"(\s*=\s*(?P<val>\"(?:[^\\\"]|\\.)*\""
    r"|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT"
    r"|[" + _VALUE_CHARS + r"]*))?"
    r"\s*(\s+|;|$)", re.ASCII)


class BaseCookie(dict):
    """Cookies by name (each a Morsel); value_encode/value_decode say how values are coded
    (here: as they are)."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        dict.__setitem__(self, key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self._set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ["%s=%s" % (key, repr(value.value)) for key, value in sorted(self.items())]
        return "<%s: %s>" % (self.__class__.__name__, " ".join(items))

    def js_output(self, attrs=None):
        return "".join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Reads a Cookie header's text (nothing is kept when it is malformed), or takes the
        items of a dict."""
        if isinstance(rawdata, str):
            self._parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse_string(self, text, patt=_CookiePattern):
        i = 0
        n = len(text)
        parsed = []
        morsel_seen = False
        while 0 <= i < n:
            match = patt.match(text, i)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            i = match.end(0)
            if key[0] == "$":
                if morsel_seen:
                    parsed.append((False, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append((False, key, True))
                    else:
                        return
                else:
                    parsed.append((False, key, _unquote(value)))
            elif value is not None:
                parsed.append((True, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        M = None
        for is_cookie, key, value in parsed:
            if is_cookie:
                rval, cval = value
                self._set(key, rval, cval)
                M = self[key]
            else:
                M[key] = value


class SimpleCookie(BaseCookie):
    """Values are strings, quoted (with escapes) when they hold characters a token cannot."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
