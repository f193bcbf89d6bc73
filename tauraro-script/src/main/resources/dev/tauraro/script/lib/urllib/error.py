"""urllib.error: the exceptions urllib.request raises, written from the Python 3.11 documentation."""

import io

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    """A URL could not be opened; reason says why (a message or the OSError met)."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % self.reason


class HTTPError(URLError):
    """The server answered with an error status; the error is also a response (read(), headers)."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp if fp is not None else io.BytesIO()  # an error always reads as a (maybe empty) body
        self.filename = url
        self.args = ()

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.filename

    def info(self):
        return self.hdrs

    def read(self, amt=None):
        return self.fp.read(amt)

    def close(self):
        self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
