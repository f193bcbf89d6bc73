"""http.server: HTTP servers, written from the Python 3.11 documentation over lib/socketserver.py.
HTTPServer, ThreadingHTTPServer, BaseHTTPRequestHandler (request parsing, do_<METHOD> dispatch,
send_response/send_header/end_headers/send_error, keep-alive with protocol_version 'HTTP/1.1',
logging to stderr) and SimpleHTTPRequestHandler (GET and HEAD of files under a directory, index.html,
a directory listing, 301 to a directory's '/', 404).

Differences from CPython: the error page and the directory listing are HTML of this module's own;
responses maps each status to (phrase, '') (HTTPStatus.description is absent); the content types
come from a small table of common extensions (no mimetypes module); CGIHTTPRequestHandler and
If-Modified-Since handling are absent."""

import html
import os
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus
from http.client import parse_headers, LineTooLong, HTTPException

__version__ = "0.6"
__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = """<!DOCTYPE html>
<html>
<head><title>Error %(code)d</title></head>
<body>
<h1>Error %(code)d: %(message)s</h1>
<p>%(explain)s</p>
</body>
</html>
"""
DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class HTTPServer(socketserver.TCPServer):
    """A TCPServer that records server_name and server_port once bound."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses each request on the connection and calls do_<command>() (do_GET, do_POST, ...)."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    responses = {v: (v.phrase, "") for v in HTTPStatus.__members__.values()}
    weekdayname = _WEEKDAYS
    monthname = _MONTHS

    def parse_request(self):
        """Parses self.raw_requestline and the headers; on failure sends the error and returns False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = requestline
        words = requestline.split()
        if len(words) == 0:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith("HTTP/"):
                    raise ValueError
                major, minor = version.split("/", 1)[1].split(".")
                if len(major) > 10 or len(minor) > 10:
                    raise ValueError
                version_number = int(major), int(minor)
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "Invalid HTTP version (%s)" % version)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        if self.path.startswith("//"):
            self.path = "/" + self.path.lstrip("/")
        try:
            self.headers = parse_headers(self.rfile)
        except LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
            return False
        except HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
            return False
        conntype = (self.headers.get("Connection") or "").lower()
        if conntype == "close":
            self.close_connection = True
        elif conntype == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = (self.headers.get("Expect") or "").lower()
        if expect == "100-continue" and self.protocol_version >= "HTTP/1.1" \
                and self.request_version >= "HTTP/1.1":
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads and answers one request (sets close_connection when the connection is done)."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = "do_" + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                return
            getattr(self, mname)()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Sends an error response with an HTML body (none for HEAD, 1xx, 204, 205 and 304)."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = "???", "???"
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                "code": code, "message": html.escape(message, quote=False),
                "explain": html.escape(explain, quote=False)}
            body = content.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Logs the request, then queues the status line, Server and Date."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        if self.request_version != "HTTP/0.9":
            if message is None:
                message = self.responses[code][0] if code in self.responses else ""
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(("%s %d %s\r\n" % (self.protocol_version, code, message))
                                        .encode("latin-1", "strict"))

    def send_header(self, keyword, value):
        if self.request_version != "HTTP/0.9":
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(("%s: %s\r\n" % (keyword, value)).encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        if self.request_version != "HTTP/0.9":
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code="-", size="-"):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'host - - [date] message' to stderr."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(),
                                               message.translate(_control_char_table)))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        """An RFC 9110 date: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
        if timestamp is None:
            timestamp = time.time()
        t = time.gmtime(timestamp)
        return "%s, %02d %s %d %02d:%02d:%02d GMT" % (_WEEKDAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon],
                                                      t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (t.tm_mday, _MONTHS[t.tm_mon], t.tm_year,
                                                 t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


_control_char_table = str.maketrans({c: r"\x%02x" % c for c in list(range(0x20)) + list(range(0x7f, 0xa0))})

_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".css": "text/css",
          ".js": "text/javascript", ".json": "application/json", ".xml": "text/xml", ".csv": "text/csv",
          ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
          ".svg": "image/svg+xml", ".ico": "image/vnd.microsoft.icon", ".pdf": "application/pdf",
          ".zip": "application/zip", ".gz": "application/gzip", ".py": "text/x-python",
          ".wasm": "application/wasm", ".md": "text/markdown"}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves the files under directory (default: the current directory) for GET and HEAD."""

    server_version = "SimpleHTTP/" + __version__
    extensions_map = dict(_TYPES)

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Sends the status and headers for the path; returns the open file to send, or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_parts = (parts[0], parts[1], parts[2] + "/", parts[3], parts[4])
                self.send_header("Location", urllib.parse.urlunsplit(new_parts))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                index = os.path.join(path, index)
                if os.path.isfile(index):
                    path = index
                    break
            else:
                return self.list_directory(path)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            st = os.fstat(f.fileno()) if hasattr(os, "fstat") else os.stat(path)
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", self.guess_type(path))
            self.send_header("Content-Length", str(st.st_size))
            self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def list_directory(self, path):
        """Sends an HTML listing of the directory; returns it as a file to send."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            displaypath = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            displaypath = urllib.parse.unquote(self.path)
        displaypath = html.escape(displaypath, quote=False)
        title = "Directory listing for %s" % displaypath
        lines = ["<!DOCTYPE HTML>", "<html>", "<head>", '<meta charset="utf-8">', "<title>%s</title>" % title,
                 "</head>", "<body>", "<h1>%s</h1>" % title, "<hr>", "<ul>"]
        for name in names:
            fullname = os.path.join(path, name)
            shown = link = name
            if os.path.isdir(fullname):
                shown = name + "/"
                link = name + "/"
            lines.append('<li><a href="%s">%s</a></li>' % (urllib.parse.quote(link, errors="surrogatepass"),
                                                          html.escape(shown, quote=False)))
        lines += ["</ul>", "<hr>", "</body>", "</html>", ""]
        encoded = "\n".join(lines).encode("utf-8", "surrogateescape")
        import io
        f = io.BytesIO(encoded)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """The file-system path under directory for a URL path ('..' and drive parts dropped)."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        trailing_slash = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        words = [w for w in os.path.normpath(path).split("/") if w]
        path = self.directory
        for word in words:
            if os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            path = os.path.join(path, word)
        if trailing_slash:
            path += "/"
        return path

    def copyfile(self, source, outputfile):
        while True:
            chunk = source.read(64 * 1024)
            if not chunk:
                break
            outputfile.write(chunk)

    def guess_type(self, path):
        base, ext = os.path.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        return self.extensions_map.get(ext, "application/octet-stream")
