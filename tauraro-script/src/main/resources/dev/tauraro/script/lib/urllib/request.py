"""urllib.request: urlopen and Request for http:// URLs, written from the Python 3.11 documentation
over http.client. Redirects (301, 302, 303, 307, 308) are followed up to 10 times; other statuses
of 400 and above raise HTTPError; connection failures raise URLError with the OSError as reason.

Absent: https:// and other schemes (URLError 'unknown url type'), openers and handlers
(build_opener, install_opener, the *Handler classes), proxies, authentication, cookies and
urlretrieve."""

import http.client
import socket
import sys
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, urljoin

__all__ = ["Request", "urlopen"]

__version__ = "%d.%d" % sys.version_info[:2]
_USER_AGENT = "Python-urllib/%s" % __version__
_MAX_REDIRECTS = 10


class Request:
    """An HTTP request: URL, optional body (data), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return "%s#%s" % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.partition("#")
        self._parse()

    def _parse(self):
        parts = urlsplit(self._full_url)
        if not parts.scheme:
            raise ValueError("unknown url type: %r" % self._full_url)
        self.type = parts.scheme
        self.host = parts.netloc
        self.selector = parts.path or "/"
        if parts.query:
            self.selector += "?" + parts.query

    def get_method(self):
        default = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _open_once(req, timeout):
    if req.type != "http":
        raise URLError("unknown url type: %s" % req.type)
    if not req.host:
        raise URLError("no host given")
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    headers = {}
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
        if not req.has_header("Content-type"):
            headers["Content-type"] = "application/x-www-form-urlencoded"
    headers.update(req.unredirected_hdrs)
    headers.update(req.headers)
    headers.setdefault("User-agent", _USER_AGENT)
    headers["Connection"] = "close"
    headers = {name.title(): value for name, value in headers.items()}
    try:
        conn.request(req.get_method(), req.selector, data, headers)
        response = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err) from None
    response.url = req.get_full_url()
    response.msg = response.reason
    return response


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Opens an http:// URL (a str or a Request); returns the response (read(), status, headers, ...)."""
    req = url if isinstance(url, Request) else Request(url)
    if data is not None:
        req.data = data
    for _ in range(_MAX_REDIRECTS + 1):
        response = _open_once(req, timeout)
        status = response.status
        if status in (301, 302, 303, 307, 308) and response.headers.get("location"):
            location = urljoin(req.full_url, response.headers.get("location"))
            response.read()
            response.close()
            if status in (307, 308) or req.get_method() in ("GET", "HEAD"):
                method = req.get_method()
                body = req.data
            else:
                method, body = "GET", None
            new = Request(location, data=body, headers=req.headers, method=method)
            if urlsplit(location).scheme not in ("http", ""):
                raise HTTPError(location, status, "redirect to a non-http URL", response.headers, None)
            req = new
            continue
        if not 200 <= status < 300:
            raise HTTPError(req.full_url, status, response.reason, response.headers, response)
        return response
    raise HTTPError(req.full_url, status, "The HTTP server returned a redirect error that would lead to an "
                                         "infinite loop.", response.headers, None)
