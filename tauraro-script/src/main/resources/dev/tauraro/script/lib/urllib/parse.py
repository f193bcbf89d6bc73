"""urllib.parse: taking URLs apart and putting them together, resolving relative links, %-quoting
and form-encoded query strings. Written from the urllib.parse documentation and CPython 3.11's
observed results.

Differences from CPython: the parse functions take str only (bytes URLs and the encode()/decode()
result variants are absent); a bracketed host is not checked to be an IPv6 address (CPython
raises ValueError for "http://[abc]/"); the deprecated split* helpers are absent."""

import re as _re
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult"]

# Which schemes take relative references, a //netloc, and ;params (the empty scheme takes all three).
uses_relative = [''] + ('ftp http gopher nntp imap wais file https shttp mms prospero rtsp rtspu sftp '
                        'svn svn+ssh ws wss').split()
uses_netloc = [''] + ('ftp http gopher nntp telnet imap wais file mms https shttp snews prospero rtsp '
                      'rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss').split()
uses_params = [''] + 'ftp hdl prospero http imap https shttp rtsp rtspu sip sips mms sftp tel'.split()

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
scheme_chars = _LOWER + _LOWER.upper() + '0123456789' + '+-.'

# WHATWG URL parsing: C0 controls and spaces are stripped from the ends, tabs and newlines removed anywhere
_EDGE_JUNK = ''.join(map(chr, range(0x21)))
_NO_TABS_OR_NEWLINES = {ord('\t'): None, ord('\r'): None, ord('\n'): None}


def _clean(text, strip):
    return strip(text, _EDGE_JUNK).translate(_NO_TABS_OR_NEWLINES)


def _authority(netloc):
    """netloc as (userinfo or None, host, port text or None); host without the [ ] of IPv6."""
    userinfo, at, hostport = netloc.rpartition('@')
    if '[' in hostport:
        host, _, after = hostport.partition('[')[2].partition(']')
        port = after.partition(':')[2]
    else:
        host, _, port = hostport.partition(':')
    return (userinfo if at else None), host, (port or None)


class _Authority:
    """The parts of netloc, as properties of the split and parse results."""

    __slots__ = ()

    @property
    def username(self):
        userinfo = _authority(self.netloc)[0]
        return None if userinfo is None else userinfo.partition(':')[0]

    @property
    def password(self):
        userinfo = _authority(self.netloc)[0]
        if userinfo is None or ':' not in userinfo:
            return None
        return userinfo.partition(':')[2]

    @property
    def hostname(self):
        host = _authority(self.netloc)[1]
        if not host:
            return None
        # an IPv6 zone id after % keeps its case
        address, percent, zone = host.partition('%')
        return address.lower() + percent + zone

    @property
    def port(self):
        text = _authority(self.netloc)[2]
        if text is None:
            return None
        if not text.isascii() or not text.isdigit():
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class DefragResult(_namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        if not self.fragment:
            return self.url
        return '%s#%s' % (self.url, self.fragment)


class SplitResult(_namedtuple('SplitResult', 'scheme netloc path query fragment'), _Authority):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult', 'scheme netloc path params query fragment'), _Authority):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _take_scheme(url):
    """(scheme, rest) when url starts with letter, scheme characters and ':'; else None."""
    colon = url.find(':')
    if colon <= 0 or not ('a' <= url[0].lower() <= 'z'):
        return None
    name = url[:colon]
    if name.strip(scheme_chars):
        return None
    return name.lower(), url[colon + 1:]


def _nfkc_check(netloc):
    # a netloc that NFKC normalisation would give new delimiters is refused (CVE-2019-9636)
    if netloc.isascii():
        return
    import unicodedata
    bare = netloc
    for c in '@:#?':
        bare = bare.replace(c, '')
    folded = unicodedata.normalize('NFKC', bare)
    if folded != bare and any(c in folded for c in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid characters under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment), a SplitResult; scheme is the default."""
    url = _clean(url, str.lstrip)
    scheme = _clean(scheme, str.strip)
    found = _take_scheme(url)
    if found is not None:
        scheme, url = found
    netloc = query = fragment = ''
    if url.startswith('//'):
        ends = [i for i in (url.find(c, 2) for c in '/?#') if i >= 0]
        cut = min(ends) if ends else len(url)
        netloc, url = url[2:cut], url[cut:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _nfkc_check(netloc)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """Like urlsplit, with the ;params of the last path segment apart: a ParseResult."""
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        last_slash = path.rfind('/')
        semicolon = path.find(';', max(last_slash, 0))
        if semicolon >= 0:
            path, params = path[:semicolon], path[semicolon + 1:]
    return ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment)


def urlunsplit(components):
    """Put a 5-part split (a SplitResult or any 5-sequence) back into a URL."""
    scheme, netloc, path, query, fragment = components
    wants_authority = scheme in uses_netloc and not path.startswith('//')
    if netloc or (scheme and wants_authority):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    text = scheme + ':' + path if scheme else path
    if query:
        text += '?' + query
    if fragment:
        text += '#' + fragment
    return text


def urlunparse(components):
    """Put a 6-part parse (a ParseResult or any 6-sequence) back into a URL."""
    scheme, netloc, path, params, query, fragment = components
    if params:
        path = path + ';' + params
    return urlunsplit((scheme, netloc, path, query, fragment))


def _merge_paths(base_path, ref_path):
    """The path of a relative reference resolved against the base's path, dot segments removed."""
    if ref_path.startswith('/'):
        pieces = ref_path.split('/')
    else:
        directory = base_path.split('/')
        if directory[-1]:
            directory.pop()     # the base's last segment names a file
        pieces = directory + ref_path.split('/')
        # empty segments inside the merged path are dropped (CPython does; RFC 3986 keeps them)
        pieces[1:-1] = [p for p in pieces[1:-1] if p]
    out = []
    for piece in pieces:
        if piece == '..':
            if out:
                out.pop()
        elif piece != '.':
            out.append(piece)
    if pieces[-1] in ('.', '..'):
        out.append('')      # "a/." and "a/.." name a directory
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base as a browser resolves a link in a page at base."""
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    if r.scheme != b.scheme or r.scheme not in uses_relative:
        return url
    netloc = r.netloc
    if r.scheme in uses_netloc:
        if netloc:
            return urlunparse(r)
        netloc = b.netloc
    if not r.path and not r.params:
        return urlunparse((r.scheme, netloc, b.path, b.params, r.query or b.query, r.fragment))
    path = _merge_paths(b.path, r.path)
    return urlunparse((r.scheme, netloc, path, r.params, r.query, r.fragment))


def urldefrag(url):
    """(url without its #fragment, the fragment) as a DefragResult."""
    if '#' not in url:
        return DefragResult(url, '')
    parts = urlparse(url)
    return DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment)


try:
    _BYTE_TYPES = (bytes, bytearray)
except NameError:       # bytearray is not in every tauraro build yet
    _BYTE_TYPES = (bytes,)

# Bytes never quoted: ASCII letters, digits and _.-~ (RFC 3986 unreserved).
_UNRESERVED = frozenset((scheme_chars.replace('+', '') + '_~').encode('ascii'))


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes: each byte not unreserved and not in safe becomes %XX."""
    if not isinstance(bs, _BYTE_TYPES):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        extra = safe.encode('ascii', 'ignore')
    else:
        extra = bytes([c for c in safe if c < 128])
    keep = _UNRESERVED.union(extra)
    return ''.join(chr(b) if b in keep else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string with each character that is not unreserved or in safe as %XX escapes of its encoding (UTF-8)."""
    if not isinstance(string, str):
        for name, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % name)
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+' (and a '+' is quoted)."""
    if isinstance(string, str):
        has_space = ' ' in string
    else:
        # not bytes either: quote() below reports the type
        has_space = not isinstance(string, bytes) or b' ' in string
    if not has_space:
        return quote(string, safe, encoding, errors)
    safe_and_space = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe_and_space, encoding, errors).replace(' ', '+')


_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def unquote_to_bytes(string):
    """The bytes of string (UTF-8 for str) with each valid %XX escape replaced by its byte."""
    if not string:
        string.split    # only str and bytes have it: others fail here as they do in CPython
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else bytes(string)
    pieces = []
    i = 0
    while True:
        percent = raw.find(b'%', i)
        if percent < 0:
            pieces.append(raw[i:])
            return b''.join(pieces)
        pieces.append(raw[i:percent])
        pair = raw[percent + 1:percent + 3]
        if len(pair) == 2 and pair[0] in _HEX_DIGITS and pair[1] in _HEX_DIGITS:
            pieces.append(bytes([int(pair.decode('ascii'), 16)]))
            i = percent + 3
        else:
            pieces.append(b'%')    # a lone '%' stays
            i = percent + 1


# Escapes are decoded run by run: a run of ASCII text is unquoted to bytes and decoded as a whole.
_ASCII_RUN = _re.compile('[\x00-\x7f]+')


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %XX escapes replaced by the characters their bytes decode to."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    return _ASCII_RUN.sub(lambda m: unquote_to_bytes(m.group()).decode(encoding, errors), string)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for HTML form values: '+' is a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


def _pairs_of(query):
    if hasattr(query, 'items'):
        return query.items()
    try:
        if len(query) and not isinstance(query[0], tuple):
            raise TypeError
    except TypeError:
        raise TypeError("not a valid non-string sequence or mapping object") from None
    return query


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of (name, value) pairs as application/x-www-form-urlencoded text.

    With doseq, a value that is a sequence (not str or bytes) gives one name=item per item.
    """
    def escaped(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    fields = []
    for name, value in _pairs_of(query):
        name = escaped(name)
        values = [value]
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pass
            else:
                values = value
        fields.extend(name + '=' + escaped(v) for v in values)
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """A query string as the list of its (name, value) pairs, in order, unquoted."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')

    def decoded(text):
        return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decoded(name), decoded(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """A query string as a dict from each name to the list of its values."""
    found = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        found.setdefault(name, []).append(value)
    return found
