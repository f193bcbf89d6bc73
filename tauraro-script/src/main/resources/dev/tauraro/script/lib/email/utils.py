"""email.utils: dates, addresses, quoting and RFC 2231 parameters for mail and HTTP headers.
Written for tauraro-script from the Python 3.11 documentation and the results CPython 3.11 gives."""

import time

from email import _addrlist
from email import _dates

# datetime, random, socket and urllib.parse are imported where they are used: email.message
# (and so http.client's headers) needs only the quoting helpers here.

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
           "formataddr", "formatdate", "format_datetime", "getaddresses", "make_msgid",
           "mktime_tz", "parseaddr", "parsedate", "parsedate_tz", "parsedate_to_datetime",
           "quote", "unquote", "localtime"]

_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SPECIALS = set('()<>@,:;".[]')


def _has_surrogates(s):
    """Whether the text holds surrogate escapes (undecodable bytes of a parsed message)."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


# --- quoting ---------------------------------------------------------------------------------

def quote(str):
    """Backslashes and double quotes escaped with a backslash."""
    return str.replace("\\", "\\\\").replace('"', '\\"')


def unquote(str):
    """The text inside one pair of double quotes (escapes undone) or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if str.startswith("<") and str.endswith(">"):
            return str[1:-1]
    return str


# --- addresses -------------------------------------------------------------------------------

def parseaddr(addr, *, strict=True):
    """(realname, email address) of one address; ('', '') when it cannot be read or, with
    strict, when the text holds more than one address."""
    if isinstance(addr, list):
        addr = ", ".join(str(a) for a in addr)
    if not isinstance(addr, str):
        addr = str(addr)
    found = _addrlist.addresses(addr)
    if not found or (strict and len(found) > 1):
        return ("", "")
    return found[0]


def getaddresses(fieldvalues, *, strict=True):
    """(realname, address) pairs of all the addresses in a list of header values."""
    fieldvalues = [str(v) for v in fieldvalues]
    if not fieldvalues:
        return []
    return _addrlist.addresses(", ".join(fieldvalues)) or [("", "")]


def formataddr(pair, charset="utf-8"):
    """'Name <address>' with the name quoted when it holds specials and RFC 2047 encoded when
    it is not ASCII; just the address when there is no name."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    quotes = '"' if any(c in _SPECIALS or c == "\\" for c in name) else ""
    return "%s%s%s <%s>" % (quotes, quote(name), quotes, address)


# --- dates -----------------------------------------------------------------------------------

def parsedate_tz(data):
    """A 10-tuple (time.struct_time's first nine fields plus the zone's offset in seconds)."""
    t = _dates.parse_tz(data)
    if t is not None and t[9] is None:
        t = t[:9] + (0,)
    return t


def parsedate(data):
    """The first nine fields of parsedate_tz, or None."""
    t = parsedate_tz(data)
    return t[:9] if t is not None else None


def parsedate_to_datetime(data):
    """A datetime: aware when the date names its zone, naive for -0000 or no zone."""
    import datetime
    t = _dates.parse_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, offset = t
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def mktime_tz(data):
    """A UTC timestamp from a parsedate_tz tuple (local time when its offset is None)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def _format(fields, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYNAMES[fields.tm_wday], fields.tm_mday, _MONTHNAMES[fields.tm_mon - 1],
        fields.tm_year, fields.tm_hour, fields.tm_min, fields.tm_sec, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date of a timestamp (now by default): '-0000' (or 'GMT' with usegmt) for UTC,
    the local offset with localtime."""
    import datetime
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
        if localtime:
            dt = dt.astimezone()
            usegmt = False
        return format_datetime(dt, usegmt)
    return _format(time.gmtime(timeval), "-0000")


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date of a datetime: a naive one is taken as UTC with '-0000'."""
    import datetime
    fields = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format(fields, zone)


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone (now by default; a naive dt is taken as local)."""
    import datetime
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """'<time.pid.random[.idstring]@domain>', unique for a Message-ID header."""
    import os
    import random
    import socket
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return "<%d.%d.%d%s@%s>" % (timeval, pid, randint, idstring, domain)


# --- RFC 2231 --------------------------------------------------------------------------------

def decode_rfc2231(s):
    """charset'language'value split in three (a list), or (None, None, s) without the quotes."""
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """The value %-quoted, with charset'language' before it when a charset is given."""
    import urllib.parse
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    if language is None:
        language = ""
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    """The text of a parameter value: a (charset, language, text) triple decoded, where text's
    characters stand for bytes; a plain value unquoted."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = bytes(text, "raw-unicode-escape")
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Joins RFC 2231 continuations (name*0, name*1*, ...) of a [(name, value), ...] list whose
    first pair is the content type itself; encoded parts become (charset, language, value)."""
    import urllib.parse
    new_params = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith("*")
        value = unquote(value)
        base, star, number = name.rstrip("*").partition("*")
        if star and number.isdigit():
            if base not in pieces:
                pieces[base] = []
                order.append(base)
            pieces[base].append((int(number), value, encoded))
        elif encoded:
            if base not in pieces:
                pieces[base] = []
                order.append(base)
            pieces[base].append((0, value, True))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for base in order:
        parts = sorted(pieces[base], key=lambda p: p[0])
        any_encoded = False
        texts = []
        for number, value, encoded in parts:
            if encoded:
                value = urllib.parse.unquote(value, encoding="latin-1")
                any_encoded = True
            texts.append(value)
        value = quote("".join(texts))
        if any_encoded:
            charset, language, value = decode_rfc2231(value)
            new_params.append((base, (charset, language, '"%s"' % value)))
        else:
            new_params.append((base, '"%s"' % value))
    return new_params
