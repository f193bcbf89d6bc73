"""httpx for scripts: httpx's names, keyword arguments and exceptions over tauraro-httpx.

The HTTP work (connections, URLs, cookies, redirects, decoding, errors and their messages) is done
by the Java library through the _httpx binding; this file gives it httpx's Python shape.

Beyond httpx: the module functions (httpx.get, httpx.post, ...) start their request at once and
return a Response that may also be awaited. Awaiting suspends the task without blocking the loop;
using the response without await waits for it, as httpx does.
"""

import _httpx
import json as _jsonlib

__version__ = "0.28.1"


# ---------------------------------------------------------------------------------------------
# Exceptions, with httpx's hierarchy.

class HTTPError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError("The .request property has not been set.")
        return self._request

    @request.setter
    def request(self, request):
        self._request = request


class RequestError(HTTPError):
    def __init__(self, message, *, request=None):
        super().__init__(message)
        self._request = request


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class WriteTimeout(TimeoutException):
    pass


class PoolTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError):
    pass


class ReadError(NetworkError):
    pass


class WriteError(NetworkError):
    pass


class CloseError(NetworkError):
    pass


class ProtocolError(TransportError):
    pass


class LocalProtocolError(ProtocolError):
    pass


class RemoteProtocolError(ProtocolError):
    pass


class ProxyError(TransportError):
    pass


class UnsupportedProtocol(TransportError):
    pass


class DecodingError(RequestError):
    pass


class TooManyRedirects(RequestError):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, *, request, response):
        super().__init__(message)
        self._request = request
        self.response = response


class InvalidURL(Exception):
    pass


class CookieConflict(Exception):
    pass


class StreamError(RuntimeError):
    pass


class StreamConsumed(StreamError):
    pass


class StreamClosed(StreamError):
    pass


class ResponseNotRead(StreamError):
    pass


class RequestNotRead(StreamError):
    pass


_ERRORS = {
    cls.__name__: cls
    for cls in [
        HTTPError, RequestError, TransportError, TimeoutException, ConnectTimeout, ReadTimeout, WriteTimeout,
        PoolTimeout, NetworkError, ConnectError, ReadError, WriteError, CloseError, ProtocolError,
        LocalProtocolError, RemoteProtocolError, ProxyError, UnsupportedProtocol, DecodingError,
        TooManyRedirects, HTTPStatusError, InvalidURL, StreamError, StreamConsumed, StreamClosed,
        ResponseNotRead, RequestNotRead,
    ]
}


def _convert(error):
    """The httpx exception for an _httpx.Error(kind, message, request, response)."""
    kind, message, jrequest, jresponse = error.args
    cls = _ERRORS.get(kind, HTTPError)
    if cls is HTTPStatusError:
        response = Response._wrap(jresponse)
        return HTTPStatusError(message, request=response.request, response=response)
    if issubclass(cls, RequestError):
        return cls(message, request=Request._wrap(jrequest) if jrequest is not None else None)
    return cls(message)


def _call(fn, *args):
    try:
        return fn(*args)
    except _httpx.Error as e:
        raise _convert(e) from None


async def _await(awaitable):
    try:
        return await awaitable
    except _httpx.Error as e:
        raise _convert(e) from None


# ---------------------------------------------------------------------------------------------
# Configuration values.

class _Unset:
    def __repr__(self):
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT = _Unset()
_UNSET = _Unset()


class Timeout:
    def __init__(self, timeout=_UNSET, *, connect=_UNSET, read=_UNSET, write=_UNSET, pool=_UNSET):
        if isinstance(timeout, Timeout):
            self.connect, self.read, self.write, self.pool = timeout.connect, timeout.read, timeout.write, timeout.pool
        elif isinstance(timeout, tuple):
            self.connect, self.read, self.write, self.pool = timeout
        elif timeout is _UNSET:
            if _UNSET in (connect, read, write, pool):
                raise ValueError(
                    "httpx.Timeout must either include a default, or set all four parameters explicitly.")
            self.connect, self.read, self.write, self.pool = connect, read, write, pool
        else:
            self.connect = timeout if connect is _UNSET else connect
            self.read = timeout if read is _UNSET else read
            self.write = timeout if write is _UNSET else write
            self.pool = timeout if pool is _UNSET else pool

    def as_dict(self):
        return {"connect": self.connect, "read": self.read, "write": self.write, "pool": self.pool}

    def _tuple(self):
        return (self.connect, self.read, self.write, self.pool)

    def __eq__(self, other):
        return isinstance(other, Timeout) and self._tuple() == other._tuple()

    def __repr__(self):
        if len({self.connect, self.read, self.write, self.pool}) == 1:
            return f"Timeout(timeout={self.connect})"
        return f"Timeout(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool})"


class Limits:
    def __init__(self, *, max_connections=None, max_keepalive_connections=None, keepalive_expiry=5.0):
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections
        self.keepalive_expiry = keepalive_expiry

    def __eq__(self, other):
        return isinstance(other, Limits) and (
            self.max_connections, self.max_keepalive_connections, self.keepalive_expiry) == (
            other.max_connections, other.max_keepalive_connections, other.keepalive_expiry)

    def __repr__(self):
        return (f"Limits(max_connections={self.max_connections}, max_keepalive_connections="
                f"{self.max_keepalive_connections}, keepalive_expiry={self.keepalive_expiry})")


DEFAULT_TIMEOUT_CONFIG = Timeout(timeout=5.0)
DEFAULT_LIMITS = Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_REDIRECTS = 20


class Auth:
    """Base of the authentication schemes: subclass it and override auth_flow (a generator that
    yields each request to send and receives its response), as httpx's Auth."""

    requires_request_body = False
    requires_response_body = False

    def auth_flow(self, request):
        yield request

    def sync_auth_flow(self, request):
        if self.requires_request_body:
            request.read()
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if self.requires_response_body:
                response.read()
            try:
                request = flow.send(response)
            except StopIteration:
                break

    async def async_auth_flow(self, request):
        if self.requires_request_body:
            await request.aread()
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if self.requires_response_body:
                await response.aread()
            try:
                request = flow.send(response)
            except StopIteration:
                break


class FunctionAuth(Auth):
    def __init__(self, func):
        self._func = func

    def auth_flow(self, request):
        yield self._func(request)


class _JavaAuth(Auth):
    """A scheme done by tauraro-httpx: a client runs it in Java; its auth_flow, for scripts that
    call it or subclass it, steps the same Java flow."""

    def auth_flow(self, request):
        flow = _call(_httpx.auth_flow, self._spec, request._java())
        jrequest = _call(_httpx.flow_first, flow)
        while jrequest is not None:
            response = yield Request._wrap(jrequest)
            jrequest = _call(_httpx.flow_next, flow, response._ready()._j)


class BasicAuth(_JavaAuth):
    def __init__(self, username, password):
        self._spec = ("basic", _text(username), _text(password))


class DigestAuth(_JavaAuth):
    def __init__(self, username, password):
        # One Java DigestAuth per instance: it keeps the last challenge and the nonce count.
        self._spec = ("object", _httpx.digest_auth(_text(username), _text(password)))


_FLOW = object()
_NO_AUTH = ("none",)  # the steps of a script's auth flow: no auth added, not even a URL's user:password@


def _build_auth(auth):
    """httpx's Client._build_auth."""
    if auth is None:
        return None
    if isinstance(auth, tuple):
        return BasicAuth(username=auth[0], password=auth[1])
    if isinstance(auth, Auth):
        return auth
    if callable(auth):
        return FunctionAuth(func=auth)
    raise TypeError(f'Invalid "auth" argument: {auth!r}')


def _java_auth(auth):
    """The _httpx auth spec for an Auth run in Java (None: none), or _FLOW when the script's
    auth_flow must run."""
    if auth is None:
        return None
    if type(auth) is BasicAuth or type(auth) is DigestAuth:
        return auth._spec
    return _FLOW


def _timeout_spec(timeout):
    t = timeout if isinstance(timeout, Timeout) else Timeout(timeout)
    if t._tuple() == (None, None, None, None):
        return None
    return t._tuple()


def _text(value):
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _primitive(value):
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def _pairs(value):
    """(name, value) pairs from a mapping or a list; list values repeat their key."""
    if value is None:
        return None
    if isinstance(value, (Headers, QueryParams)):
        return value.multi_items()
    items = value.items() if hasattr(value, "items") else value
    out = []
    for k, v in items:
        if isinstance(v, (list, tuple)):
            for x in v:
                out.append((_text(k), _primitive(x)))
        else:
            out.append((_text(k), _primitive(v)))
    return out


# ---------------------------------------------------------------------------------------------
# Headers, URL, QueryParams, Cookies.

class Headers:
    """Case-insensitive, multi-valued, ordered headers."""

    def __init__(self, headers=None, encoding=None):
        self._list = []
        if headers is None:
            return
        if isinstance(headers, Headers):
            self._list = list(headers._list)
        elif hasattr(headers, "items"):
            for k, v in headers.items():
                self._list.append((_text(k), _text(v)))
        else:
            for k, v in headers:
                self._list.append((_text(k), _text(v)))

    def keys(self):
        seen = []
        for k, _ in self._list:
            if k.lower() not in seen:
                seen.append(k.lower())
        return seen

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def multi_items(self):
        return [(k.lower(), v) for k, v in self._list]

    @property
    def raw(self):
        return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in self._list]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def get_list(self, key, split_commas=False):
        values = [v for k, v in self._list if k.lower() == key.lower()]
        if not split_commas:
            return values
        return [item.strip() for v in values for item in v.split(",")]

    def update(self, headers=None):
        other = Headers(headers)
        for key in other.keys():
            if key in self:
                del self[key]
        self._list.extend(other._list)

    def copy(self):
        return Headers(self)

    def __getitem__(self, key):
        values = [v for k, v in self._list if k.lower() == key.lower()]
        if not values:
            raise KeyError(key)
        return ", ".join(values)

    def __setitem__(self, key, value):
        lower = key.lower()
        out = []
        placed = False
        for k, v in self._list:
            if k.lower() == lower:
                if not placed:
                    out.append((key, value))
                    placed = True
            else:
                out.append((k, v))
        if not placed:
            out.append((key, value))
        self._list = out

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        self._list = [(k, v) for k, v in self._list if k.lower() != key.lower()]

    # MutableMapping's mixin methods (httpx's Headers is one), written out: importing
    # collections.abc here would slow every script that imports httpx.
    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is Headers._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._list:
            raise KeyError
        key = self._list[0][0]
        return key, self.pop(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def clear(self):
        self._list = []

    def __contains__(self, key):
        return any(k.lower() == key.lower() for k, _ in self._list)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def __eq__(self, other):
        try:
            other = Headers(other)
        except (TypeError, ValueError):
            return False
        return sorted(self.multi_items()) == sorted(other.multi_items())

    def __repr__(self):
        secure = {"authorization", "proxy-authorization"}
        items = [(k, "[secure]" if k in secure else v) for k, v in self.multi_items()]
        as_dict = dict(items)
        if len(as_dict) == len(items):
            return f"Headers({as_dict!r})"
        return f"Headers({items!r})"


class QueryParams:
    """Decoded query parameters, in order, with repeated keys."""

    def __init__(self, items=None):
        self._items = _pairs(items) or []

    def keys(self):
        seen = []
        for k, _ in self._items:
            if k not in seen:
                seen.append(k)
        return seen

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def multi_items(self):
        return list(self._items)

    def get(self, key, default=None):
        for k, v in self._items:
            if k == key:
                return v
        return default

    def get_list(self, key):
        return [v for k, v in self._items if k == key]

    def __getitem__(self, key):
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __contains__(self, key):
        return any(k == key for k, _ in self._items)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def __eq__(self, other):
        return isinstance(other, QueryParams) and sorted(self._items) == sorted(other._items)

    def __str__(self):
        return URL("http://x/", params=self._items).query.decode("ascii")

    def __repr__(self):
        return f"QueryParams({str(self)!r})"


class URL:
    def __init__(self, url="", *, params=None):
        text = str(url)
        if params is not None:
            text = _call(_httpx.url_with_params, text, _pairs(params))
        (self._text, self.scheme, self.host, self.port, self.path, query, self.fragment,
         raw_path, params_list) = _call(_httpx.url_parts, text)
        self.query = query.encode("ascii")
        self.raw_path = raw_path.encode("ascii")
        self._params = params_list

    @property
    def params(self):
        return QueryParams(self._params)

    @property
    def is_absolute_url(self):
        return bool(self.scheme) and bool(self.host)

    @property
    def is_relative_url(self):
        return not self.is_absolute_url

    def join(self, url):
        return URL(_call(_httpx.url_join, self._text, str(url)))

    def copy_with(self, *, params=None):
        return URL(self._text, params=params)

    def __str__(self):
        return self._text

    def __repr__(self):
        return f"URL({self._text!r})"

    def __eq__(self, other):
        return isinstance(other, (URL, str)) and self._text == str(URL(other))

    def __hash__(self):
        return hash(self._text)


class Cookies:
    """A cookie jar: a client's (a view of the Java jar, which persists across requests), or one of
    its own (httpx.Cookies({...}), response.cookies)."""

    def __init__(self, cookies=None):
        self._client = None
        self._own = {}
        if cookies is not None:
            for name, value in (cookies.items() if hasattr(cookies, "items") else cookies):
                self._own[name] = value

    @classmethod
    def _of_client(cls, client):
        jar = cls()
        jar._client = client
        return jar

    def _map(self):
        return dict(_httpx.cookies(self._client)) if self._client is not None else dict(self._own)

    def set(self, name, value, domain="", path="/"):
        if self._client is not None:
            _httpx.set_cookie(self._client, name, value)
        else:
            self._own[name] = value

    def get(self, name, default=None, domain=None, path=None):
        return self._map().get(name, default)

    def __getitem__(self, name):
        return self._map()[name]

    def __setitem__(self, name, value):
        self.set(name, value)

    def __contains__(self, name):
        return name in self._map()

    def __iter__(self):
        return iter(list(self._map()))

    def __len__(self):
        return len(self._map())

    def __bool__(self):
        return len(self) > 0

    def keys(self):
        return list(self._map().keys())

    def values(self):
        return list(self._map().values())

    def items(self):
        return list(self._map().items())

    def __repr__(self):
        return f"<Cookies[{', '.join(f'<Cookie {k}={v} />' for k, v in self.items())}]>"


def _parse_link_header(value):
    """RFC 8288 Link header values as httpx parses them: [{"url": ..., "rel": ...}, ...]."""
    links = []
    replace_chars = " '\""
    value = value.strip(replace_chars)
    if not value:
        return links
    for val in value.split(","):
        url, _, params = val.partition(";")
        link = {"url": url.strip("<> '\"")}
        for param in params.split(";"):
            key, eq, v = param.partition("=")
            if not eq:
                break
            link[key.strip(replace_chars)] = v.strip(replace_chars)
        links.append(link)
    return links


# ---------------------------------------------------------------------------------------------
# Request and Response.

def _encode_body(content, data, files, json):
    """(content bytes or None, extra headers) for the body arguments, as httpx encodes them."""
    if json is not None:
        body = _jsonlib.dumps(json, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return body.encode("utf-8"), [("Content-Type", "application/json")]
    if content is not None:
        return (content.encode("utf-8") if isinstance(content, str) else bytes(content)), []
    return None, []


def _file_specs(files):
    if files is None:
        return None
    items = files.items() if hasattr(files, "items") else files
    specs = []
    for name, value in items:
        content_type = None
        if isinstance(value, tuple):
            filename = value[0]
            body = value[1]
            if len(value) > 2:
                content_type = value[2]
        else:
            filename = getattr(value, "name", "upload")
            body = value
        if hasattr(body, "read"):
            body = body.read()
        if isinstance(body, str):
            body = body.encode("utf-8")
        if content_type is None and filename is not None:
            content_type = _guess_type(filename)
        specs.append((name, filename, bytes(body), content_type))
    return specs


_TYPES = {"txt": "text/plain", "html": "text/html", "json": "application/json", "png": "image/png",
          "jpg": "image/jpeg", "jpeg": "image/jpeg", "csv": "text/csv", "pdf": "application/pdf"}


def _guess_type(filename):
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return _TYPES.get(ext, "application/octet-stream")


class Request:
    def __init__(self, method, url, *, params=None, headers=None, cookies=None, content=None, data=None,
                 files=None, json=None, stream=None, extensions=None):
        if isinstance(data, (bytes, str)) and content is None:
            content, data = data, None
        body, extra = _encode_body(content, data, files, json)
        hdrs = Headers(headers)
        for k, v in extra:
            if k not in hdrs:
                hdrs[k] = v
        target = URL(url, params=params) if params is not None else URL(url)
        self._j = _call(_httpx.new_request, str(method), str(target), hdrs.multi_items(), body,
                        _pairs(data) if data is not None or files is not None else None, _file_specs(files),
                        _pairs(cookies))
        self._load()

    @classmethod
    def _wrap(cls, j):
        r = object.__new__(cls)
        r._j = j
        r._load()
        return r

    def _load(self):
        method, url, headers = _httpx.request_info(self._j)
        self.method = method
        self.url = URL(url)
        self.headers = Headers(headers)
        self.extensions = {}

    @property
    def content(self):
        return _call(_httpx.request_content, self._j)

    def read(self):
        return self.content

    async def aread(self):
        return self.content

    def _java(self):
        """The Java request with the headers as the script left them (an auth flow sets some)."""
        return _call(_httpx.request_with_headers, self._j, self.headers.multi_items())

    def __repr__(self):
        return f"<Request({self.method!r}, {str(self.url)!r})>"


class Response:
    def __init__(self, status_code, *, headers=None, content=None, text=None, html=None, json=None,
                 stream=None, request=None, extensions=None, history=None, default_encoding="utf-8"):
        hdrs = Headers(headers)
        body = b""
        kind = None
        if json is not None:
            body = _jsonlib.dumps(json, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
            kind = "application/json"
        elif text is not None:
            body = text.encode("utf-8")
            kind = "text/plain; charset=utf-8"
        elif html is not None:
            body = html.encode("utf-8")
            kind = "text/html; charset=utf-8"
        elif content is not None:
            body = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        if kind is not None and "Content-Type" not in hdrs:
            hdrs["Content-Type"] = kind
        jreq = request._j if request is not None else None
        self._fut = None
        self._client = None
        self._init(_call(_httpx.build_response, int(status_code), hdrs.multi_items(), body, jreq,
                         default_encoding))

    @classmethod
    def _wrap(cls, j):
        r = object.__new__(cls)
        r._fut = None
        r._client = None
        r._init(j)
        return r

    @classmethod
    def _pending(cls, fut, client=None):
        r = object.__new__(cls)
        r._fut = fut
        r._client = client
        r._j = None
        return r

    def _init(self, j):
        status, reason, version, headers, jreq, history = _httpx.response_info(j)
        self._next_request = _UNSET
        self._j = j
        self._status_code = status
        self._reason_phrase = reason
        self._http_version = version
        self._headers = Headers(headers)
        self._request = Request._wrap(jreq) if jreq is not None else None
        self._history = [Response._wrap(h) for h in history]

    def _ready(self):
        if self._j is None:
            self._init(_call(_httpx.wait, self._fut))
        return self

    def __await__(self):
        # In CPython __await__ returns an iterator; in tauraro an awaitable does the same job.
        return self._resolve()

    async def _resolve(self):
        if self._j is None:
            j = await _await(_httpx.wait_async(self._fut))
            if self._j is None:
                self._init(j)
        return self

    @property
    def status_code(self):
        return self._ready()._status_code

    @property
    def reason_phrase(self):
        return self._ready()._reason_phrase

    @property
    def http_version(self):
        return self._ready()._http_version

    @property
    def headers(self):
        return self._ready()._headers

    @property
    def request(self):
        if self._ready()._request is None:
            raise RuntimeError("The request instance has not been set on this response.")
        return self._request

    @request.setter
    def request(self, value):
        self._ready()._request = value

    @property
    def history(self):
        return self._ready()._history

    @property
    def url(self):
        return self.request.url

    @property
    def next_request(self):
        """For a redirect that was not followed, the request that would follow it; else None."""
        if self._ready()._next_request is _UNSET:
            j = _httpx.next_request(self._j)
            self._next_request = Request._wrap(j) if j is not None else None
        return self._next_request

    @next_request.setter
    def next_request(self, value):
        self._ready()._next_request = value

    @property
    def cookies(self):
        """The cookies this response sets (its Set-Cookie headers)."""
        self.request   # httpx extracts them through the request: none set raises RuntimeError
        jar = Cookies()
        for header in self.headers.get_list("set-cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            jar.set(name.strip(), value.strip())
        return jar

    @property
    def links(self):
        """The Link header parsed, keyed by rel (else url): {"next": {"url": ..., "rel": "next"}}."""
        header = self.headers.get("link")
        if header is None:
            return {}
        links = {}
        for link in _parse_link_header(header):
            key = link.get("rel") or link.get("url")
            links[key] = link
        return links

    @property
    def content(self):
        return _call(_httpx.content, self._ready()._j)

    @property
    def text(self):
        return _call(_httpx.text, self._ready()._j)

    @property
    def encoding(self):
        return _httpx.encoding(self._ready()._j)

    @encoding.setter
    def encoding(self, value):
        _call(_httpx.set_encoding, self._ready()._j, value)

    @property
    def charset_encoding(self):
        content_type = self.headers.get("Content-Type")
        if content_type is None:
            return None
        for param in content_type.split(";")[1:]:
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"') or None
        return None

    @property
    def elapsed(self):
        import datetime   # here: most scripts never ask, and importing datetime costs start-up
        return datetime.timedelta(seconds=_call(_httpx.elapsed, self._ready()._j))

    @property
    def is_informational(self):
        return 100 <= self.status_code <= 199

    @property
    def is_success(self):
        return 200 <= self.status_code <= 299

    @property
    def is_redirect(self):
        return self.status_code in (301, 302, 303, 307, 308) and "Location" in self.headers

    @property
    def has_redirect_location(self):
        return self.is_redirect

    @property
    def is_client_error(self):
        return 400 <= self.status_code <= 499

    @property
    def is_server_error(self):
        return 500 <= self.status_code <= 599

    @property
    def is_error(self):
        return 400 <= self.status_code <= 599

    @property
    def is_closed(self):
        return _httpx.is_closed(self._ready()._j)

    def json(self, **kwargs):
        return _jsonlib.loads(self.text, **kwargs)

    def raise_for_status(self):
        _call(_httpx.raise_for_status, self._ready()._j)
        return self

    def read(self):
        return _call(_httpx.read, self._ready()._j)

    async def aread(self):
        await self._resolve()
        return await _await(_httpx.aread(self._j))

    def _iterate(self, kind):
        it = _call(_httpx.iterator, self._ready()._j, kind)
        while True:
            item = _call(_httpx.next, it)
            if item is None:
                return
            yield item

    def iter_bytes(self, chunk_size=None):
        return self._iterate("bytes")

    def iter_text(self, chunk_size=None):
        return self._iterate("text")

    def iter_lines(self):
        return self._iterate("lines")

    def iter_raw(self, chunk_size=None):
        return self._iterate("raw")

    async def _aiterate(self, kind):
        await self._resolve()
        puller = _call(_httpx.puller, self._j, kind)
        try:
            while True:
                item = await _await(_httpx.anext(puller))
                if item is None:
                    return
                yield item
        finally:
            _httpx.pull_close(puller)

    def aiter_bytes(self, chunk_size=None):
        return self._aiterate("bytes")

    def aiter_text(self, chunk_size=None):
        return self._aiterate("text")

    def aiter_lines(self):
        return self._aiterate("lines")

    def aiter_raw(self, chunk_size=None):
        return self._aiterate("raw")

    def close(self):
        _httpx.close(self._ready()._j)

    async def aclose(self):
        await self._resolve()
        _httpx.close(self._j)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


# ---------------------------------------------------------------------------------------------
# Transports and clients.

class BaseTransport:
    """The base of transports: handle_request(request) -> Response."""

    def handle_request(self, request):
        raise NotImplementedError("The 'handle_request' method must be implemented.")

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class AsyncBaseTransport:
    async def handle_async_request(self, request):
        raise NotImplementedError("The 'handle_async_request' method must be implemented.")

    async def aclose(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        await self.aclose()


class MockTransport(BaseTransport, AsyncBaseTransport):
    """Answers each request by calling handler(request) -> Response instead of the network; an
    async handler (for an AsyncClient) runs as a task on the running loop."""

    def __init__(self, handler):
        self.handler = handler
        self._j = None

    def handle_request(self, request):
        return self.handler(request)

    def _java_transport(self):
        if self._j is None:
            handler = self.handler

            def handle(jrequest):
                response = handler(Request._wrap(jrequest))
                if isinstance(response, Response):
                    return response._ready()._j
                import inspect
                if not inspect.isawaitable(response):
                    raise TypeError(f"MockTransport handler must return an httpx.Response, not {type(response).__name__}")
                if not _httpx.in_loop():
                    response.close()
                    raise TypeError("MockTransport: an async handler needs httpx.AsyncClient")
                answered = _httpx.future()

                async def answer():
                    try:
                        r = await response
                        if not isinstance(r, Response):
                            raise TypeError(f"MockTransport handler must return an httpx.Response, not {type(r).__name__}")
                        _httpx.complete(answered, r._ready()._j, None)
                    except BaseException as e:
                        _httpx.complete(answered, None, e)
                        if not isinstance(e, Exception):
                            raise

                import asyncio
                asyncio.get_running_loop().create_task(answer())
                return answered

            self._j = _httpx.mock_transport(handle)
        return self._j


class HTTPTransport(BaseTransport):
    """The network transport with options of its own (its own connection pool), to pass as
    transport= or to mount for some URLs with mounts=."""

    def __init__(self, verify=True, cert=None, trust_env=True, http1=True, http2=False, limits=DEFAULT_LIMITS,
                 proxy=None, uds=None, local_address=None, retries=0, socket_options=None):
        tls = _tls_spec(verify, cert)
        self._j = _call(_httpx.http_transport, *tls, bool(http1), bool(http2),
                        _limits_spec(limits), _proxy_spec(proxy, tls[0]), bool(trust_env),
                        _uds_spec(uds), local_address, retries,
                        [tuple(o) for o in socket_options or ()])

    def _java_transport(self):
        return self._j

    def close(self):
        _httpx.transport_close(self._j)


class AsyncHTTPTransport(HTTPTransport, AsyncBaseTransport):
    async def aclose(self):
        self.close()


def _uds_spec(uds):
    if uds is None:
        return None
    import os
    return os.fsdecode(os.fspath(uds))


def _transport_spec(transport):
    if transport is None:
        return None
    if not hasattr(transport, "_java_transport"):
        raise NotImplementedError("only httpx.MockTransport and httpx.HTTPTransport can be a transport here")
    return transport._java_transport()


def _mounts_spec(mounts):
    if not mounts:
        return []
    return [(pattern, _transport_spec(t)) for pattern, t in mounts.items()]


def _limits_spec(limits):
    return (limits.max_connections, limits.max_keepalive_connections, limits.keepalive_expiry)


def _cert_spec(cert):
    """None, "both.pem", ("cert.pem", "key.pem") or ("cert.pem", "key.pem", "password")."""
    if cert is None:
        return None
    if isinstance(cert, str):
        return (cert, None, None)
    if isinstance(cert, tuple) and len(cert) in (2, 3):
        return (cert[0], cert[1], cert[2] if len(cert) == 3 else None)
    raise TypeError("cert must be a file name or a (certfile, keyfile[, password]) tuple")


def _event_hooks(hooks):
    hooks = {} if hooks is None else dict(hooks)
    return {"request": list(hooks.get("request", [])), "response": list(hooks.get("response", []))}


class Proxy:
    """A proxy: httpx.Proxy(url, auth=(user, password)); http://, https://, socks5:// or socks5h://.
    An https:// proxy is checked as the client's verify= says (httpx checks it with ssl_context=,
    else its default context), so ssl_context= is taken only when it checks as verify= does."""

    def __init__(self, url, *, ssl_context=None, auth=None, headers=None):
        url = URL(url)
        if url.scheme not in ("http", "https", "socks5", "socks5h"):
            raise ValueError(f"Unknown scheme for proxy URL {url!r}")
        if headers:
            raise NotImplementedError("Proxy(headers=) is not supported by tauraro's httpx")
        self.url = url
        self.auth = auth
        self.headers = Headers(headers)
        self.ssl_context = ssl_context

    def _text(self):
        text = str(self.url)
        if self.auth is not None:
            scheme, _, rest = text.partition("://")
            text = f"{scheme}://{_text(self.auth[0])}:{_text(self.auth[1])}@{rest}"
        return text

    def __repr__(self):
        return f"Proxy({str(self.url)!r})" if self.auth is None else f"Proxy({str(self.url)!r}, auth={self.auth!r})"


def _proxy_spec(proxy, verify_spec):
    if proxy is None:
        return None
    if not isinstance(proxy, Proxy):
        proxy = Proxy(proxy)
    if proxy.ssl_context is not None and _verify_spec(proxy.ssl_context) != verify_spec:
        raise NotImplementedError("Proxy(ssl_context=) must check as the client's verify= does: "
                                  "tauraro's httpx checks an https:// proxy with verify=")
    return proxy._text()


def _verify_spec(verify):
    """True, False, a CA file path (httpx 0.28 still takes a str, with a DeprecationWarning), or an
    ssl.SSLContext whose CA file, verify mode and host name check the Java client can take."""
    if verify is True or verify is False:
        return verify
    if isinstance(verify, str):
        return verify
    if hasattr(verify, "_java_context"):
        if verify.verify_mode == 0:
            return False
        if not verify.check_hostname:
            raise NotImplementedError("verify=: an SSLContext with check_hostname=False but verification on "
                                      "is not supported by tauraro's httpx")
        if verify._capaths or verify._cadata or len(verify._cafiles) > 1:
            raise NotImplementedError("verify=: only an SSLContext with one CA file (cafile=) or the default "
                                      "CAs is supported by tauraro's httpx")
        return verify._cafiles[0] if verify._cafiles else True
    raise TypeError("verify must be True, False, a CA bundle path or an ssl.SSLContext")


def _tls_spec(verify, cert):
    """(verify spec, cert spec): an SSLContext's certificate chain is the client certificate."""
    if cert is None and hasattr(verify, "_java_context") and verify._chain is not None:
        return _verify_spec(verify), verify._chain
    return _verify_spec(verify), _cert_spec(cert)


class _BaseClient:
    def __init__(self, *, auth=None, params=None, headers=None, cookies=None, verify=True, cert=None,
                 http1=True, http2=False, proxy=None, mounts=None, timeout=DEFAULT_TIMEOUT_CONFIG,
                 follow_redirects=False, limits=DEFAULT_LIMITS, max_redirects=DEFAULT_MAX_REDIRECTS,
                 event_hooks=None, base_url="", transport=None, trust_env=True, default_encoding="utf-8"):
        self.timeout = Timeout(timeout)
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        self._event_hooks = _event_hooks(event_hooks)
        # Auth is applied per request at send time (see _send), so the Java client has none.
        self._auth = _build_auth(auth)
        self._mounts = dict(mounts) if mounts else {}
        tls = _tls_spec(verify, cert)
        self._j = _call(_httpx.client, str(base_url) if base_url else None, [], _pairs(params),
                        _pairs(cookies), _timeout_spec(self.timeout), _limits_spec(limits),
                        follow_redirects, max_redirects, None, default_encoding, _transport_spec(transport),
                        tls[0], bool(http1), bool(http2), _proxy_spec(proxy, tls[0]), bool(trust_env),
                        tls[1], _mounts_spec(mounts))
        # The Java client has no headers; these (httpx's defaults updated with the client's,
        # changed at will as in httpx: a default deleted is not sent) go with each request.
        self._default_headers = Headers(_httpx.default_headers())
        self.headers = headers
        self.base_url = URL(base_url)
        self._closed = False

    @property
    def headers(self):
        return self._headers

    @headers.setter
    def headers(self, value):
        merged = Headers(self._default_headers)
        merged.update(value)
        self._headers = merged

    @property
    def event_hooks(self):
        return self._event_hooks

    @event_hooks.setter
    def event_hooks(self, value):
        self._event_hooks = _event_hooks(value)

    @property
    def auth(self):
        return self._auth

    @property
    def cookies(self):
        return Cookies._of_client(self._j)

    @property
    def is_closed(self):
        return self._closed

    def build_request(self, method, url, *, content=None, data=None, files=None, json=None, params=None,
                      headers=None, cookies=None, timeout=USE_CLIENT_DEFAULT, extensions=None):
        return Request._wrap(self._build(method, url, content, data, files, json, params, headers, cookies,
                                         timeout))

    def _build(self, method, url, content, data, files, json, params, headers, cookies, timeout):
        if isinstance(data, (bytes, str)) and content is None:
            content, data = data, None
        body, extra = _encode_body(content, data, files, json)
        hdrs = Headers(self._headers)
        hdrs.update(Headers(headers))
        for k, v in extra:
            if k not in hdrs:
                hdrs[k] = v
        timeout_spec = False if timeout is USE_CLIENT_DEFAULT else _timeout_spec(timeout)
        return _call(_httpx.build_request, self._j, str(method), str(url), _pairs(params),
                     hdrs.multi_items(), _pairs(cookies), body,
                     _pairs(data) if data is not None or files is not None else None, _file_specs(files),
                     timeout_spec)

    def _auth_for(self, auth):
        """httpx's _build_request_auth (a URL's user:password@ is applied in Java)."""
        return self._auth if auth is USE_CLIENT_DEFAULT else _build_auth(auth)

    def _start(self, jrequest, auth_spec, follow_redirects, stream):
        """Starts a request with an auth run in Java (an _httpx spec); its future."""
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        follow = None if follow_redirects is USE_CLIENT_DEFAULT else follow_redirects
        return _call(_httpx.start, self._j, jrequest, follow, stream, auth_spec)

    def _exchange(self, jrequest, spec, follow_redirects, stream):
        """One request and its redirects: httpx's _send_handling_redirects. Without event hooks
        Java follows the redirects; with them each step runs here, so the hooks see every one."""
        if not (self._event_hooks["request"] or self._event_hooks["response"]):
            return Response._pending(self._start(jrequest, spec, follow_redirects, stream))._ready()
        follow = self.follow_redirects if follow_redirects is USE_CLIENT_DEFAULT else follow_redirects
        request = Request._wrap(jrequest)
        history = []
        while True:
            if len(history) > self.max_redirects:
                raise TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
            for hook in self._event_hooks["request"]:
                hook(request)
            response = Response._pending(self._start(request._java(), spec, False, True))._ready()
            try:
                for hook in self._event_hooks["response"]:
                    hook(response)
                response._history = list(history)
                request = response.next_request
                if not follow or request is None:
                    return response
                response._next_request = None
                response.read()
            except BaseException:
                response.close()
                raise
            history.append(response)

    async def _aexchange(self, jrequest, spec, follow_redirects, stream):
        """_exchange for AsyncClient: its event hooks are coroutine functions, awaited."""
        if not (self._event_hooks["request"] or self._event_hooks["response"]):
            return await Response._pending(self._start(jrequest, spec, follow_redirects, stream))
        follow = self.follow_redirects if follow_redirects is USE_CLIENT_DEFAULT else follow_redirects
        request = Request._wrap(jrequest)
        history = []
        while True:
            if len(history) > self.max_redirects:
                raise TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
            for hook in self._event_hooks["request"]:
                await hook(request)
            response = await Response._pending(self._start(request._java(), spec, False, True))
            try:
                for hook in self._event_hooks["response"]:
                    await hook(response)
                response._history = list(history)
                request = response.next_request
                if not follow or request is None:
                    return response
                response._next_request = None
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
            history.append(response)

    def _send(self, jrequest, auth, follow_redirects, stream):
        """Sends and waits: httpx's Client.send with its auth handling."""
        spec = _java_auth(auth)
        if spec is not _FLOW:
            response = self._exchange(jrequest, spec, follow_redirects, stream)
        else:
            response = self._send_flow(jrequest, auth, follow_redirects)
        if not stream:
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    def _send_flow(self, jrequest, auth, follow_redirects):
        flow = auth.sync_auth_flow(Request._wrap(jrequest))
        history = []
        try:
            request = next(flow)
            while True:
                response = self._exchange(request._java(), _NO_AUTH, follow_redirects, True)
                response._history = history + response._history
                try:
                    try:
                        next_request = flow.send(response)
                    except StopIteration:
                        return response
                    response._history = list(history)
                    response.read()
                    request = next_request
                    history.append(response)
                except BaseException:
                    response.close()
                    raise
        finally:
            flow.close()

    async def _asend(self, jrequest, auth, follow_redirects, stream):
        """Sends and awaits: httpx's AsyncClient.send with its auth handling."""
        spec = _java_auth(auth)
        if spec is not _FLOW:
            response = await self._aexchange(jrequest, spec, follow_redirects, stream)
        else:
            response = await self._asend_flow(jrequest, auth, follow_redirects)
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    async def _asend_flow(self, jrequest, auth, follow_redirects):
        flow = auth.async_auth_flow(Request._wrap(jrequest))
        history = []
        try:
            request = await flow.__anext__()
            while True:
                response = await self._aexchange(request._java(), _NO_AUTH, follow_redirects, True)
                response._history = history + response._history
                try:
                    try:
                        next_request = await flow.asend(response)
                    except StopAsyncIteration:
                        return response
                    response._history = list(history)
                    await response.aread()
                    request = next_request
                    history.append(response)
                except BaseException:
                    await response.aclose()
                    raise
        finally:
            await flow.aclose()


class Client(_BaseClient):
    def request(self, method, url, *, content=None, data=None, files=None, json=None, params=None,
                headers=None, cookies=None, auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                timeout=USE_CLIENT_DEFAULT, extensions=None):
        jrequest = self._build(method, url, content, data, files, json, params, headers, cookies, timeout)
        return self._send(jrequest, self._auth_for(auth), follow_redirects, False)

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def send(self, request, *, stream=False, auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT):
        return self._send(request._java(), self._auth_for(auth), follow_redirects, stream)

    def stream(self, method, url, **kwargs):
        return _StreamContext(self, method, url, kwargs)

    def close(self):
        if not self._closed:
            self._closed = True
            _httpx.client_close(self._j)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _StreamContext:
    def __init__(self, client, method, url, kwargs):
        self._client = client
        self._method = method
        self._url = url
        self._kwargs = kwargs
        self._response = None

    def _prepare(self, content=None, data=None, files=None, json=None, params=None, headers=None, cookies=None,
                 auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
                 extensions=None):
        c = self._client
        jrequest = c._build(self._method, self._url, content, data, files, json, params, headers, cookies, timeout)
        return jrequest, c._auth_for(auth), follow_redirects

    def __enter__(self):
        jrequest, auth, follow = self._prepare(**self._kwargs)
        self._response = self._client._send(jrequest, auth, follow, True)
        return self._response

    def __exit__(self, *args):
        self._response.close()

    async def __aenter__(self):
        jrequest, auth, follow = self._prepare(**self._kwargs)
        self._response = await self._client._asend(jrequest, auth, follow, True)
        return self._response

    async def __aexit__(self, *args):
        await self._response.aclose()


class AsyncClient(_BaseClient):
    async def request(self, method, url, *, content=None, data=None, files=None, json=None, params=None,
                      headers=None, cookies=None, auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                      timeout=USE_CLIENT_DEFAULT, extensions=None):
        jrequest = self._build(method, url, content, data, files, json, params, headers, cookies, timeout)
        return await self._asend(jrequest, self._auth_for(auth), follow_redirects, False)

    async def get(self, url, **kwargs):
        return await self.request("GET", url, **kwargs)

    async def options(self, url, **kwargs):
        return await self.request("OPTIONS", url, **kwargs)

    async def head(self, url, **kwargs):
        return await self.request("HEAD", url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request("POST", url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url, **kwargs):
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request("DELETE", url, **kwargs)

    async def send(self, request, *, stream=False, auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT):
        return await self._asend(request._java(), self._auth_for(auth), follow_redirects, stream)

    def stream(self, method, url, **kwargs):
        return _StreamContext(self, method, url, kwargs)

    async def aclose(self):
        if not self._closed:
            self._closed = True
            _httpx.client_close(self._j)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        await self.aclose()


# ---------------------------------------------------------------------------------------------
# Module functions: each request through its own client, started at once (see the module doc).

def request(method, url, *, params=None, content=None, data=None, files=None, json=None, headers=None,
            cookies=None, auth=None, proxy=None, timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False,
            verify=True, trust_env=True):
    client = Client(cookies=cookies, proxy=proxy, timeout=timeout, follow_redirects=follow_redirects,
                    verify=verify, trust_env=trust_env)
    try:
        jrequest = client._build(method, url, content, data, files, json, params, headers, None,
                                 USE_CLIENT_DEFAULT)
        auth = _build_auth(auth)
        spec = _java_auth(auth)
        if spec is _FLOW:
            # A script's auth_flow runs here, between requests: the call waits, even in a loop.
            try:
                return client._send(jrequest, auth, USE_CLIENT_DEFAULT, False)
            finally:
                client.close()
        fut = client._start(jrequest, spec, USE_CLIENT_DEFAULT, False)
    except BaseException:
        client.close()
        raise
    _httpx.close_when_done(client._j, fut)
    response = Response._pending(fut, client)
    # Outside a running event loop nothing can await it: wait now, raising as httpx does.
    return response if _httpx.in_loop() else response._ready()


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def options(url, **kwargs):
    return request("OPTIONS", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)


def put(url, **kwargs):
    return request("PUT", url, **kwargs)


def patch(url, **kwargs):
    return request("PATCH", url, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)


class _ModuleStream:
    def __init__(self, method, url, kwargs):
        self._method = method
        self._url = url
        self._kwargs = kwargs

    def __enter__(self):
        client_args = {k: self._kwargs.pop(k) for k in ("timeout", "follow_redirects", "verify", "proxy", "trust_env")
                       if k in self._kwargs}
        self._client = Client(**client_args)
        self._context = self._client.stream(self._method, self._url, **self._kwargs)
        return self._context.__enter__()

    def __exit__(self, *args):
        try:
            self._context.__exit__(*args)
        finally:
            self._client.close()


def stream(method, url, **kwargs):
    return _ModuleStream(method, url, kwargs)


class codes:
    CONTINUE = 100
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NO_CONTENT = 204
    MOVED_PERMANENTLY = 301
    FOUND = 302
    SEE_OTHER = 303
    NOT_MODIFIED = 304
    TEMPORARY_REDIRECT = 307
    PERMANENT_REDIRECT = 308
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    CONFLICT = 409
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504
