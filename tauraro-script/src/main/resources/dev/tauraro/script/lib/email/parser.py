"""email.parser: Parser and BytesParser (text or bytes to a message object tree) and their
headers-only forms. Written for tauraro-script from the Python 3.11 documentation and the
message trees (payloads, preambles, defects) CPython 3.11 builds."""

import re

from email import errors
from email._policybase import compat32

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser"]

_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_EOL = re.compile(r"(\r\n|\r|\n)\Z")


def _factory(policy, _class):
    if _class is not None:
        return _class
    factory = policy.message_factory
    if factory is None:
        from email.message import Message
        return Message
    return factory


def _strip_eol(line):
    return _EOL.sub("", line)


def parse_text(text, policy, factory, headersonly=False, default_type="text/plain"):
    """The message tree of a whole message's text."""
    msg = factory(policy=policy)
    if default_type != "text/plain":
        msg.set_default_type(default_type)
    lines = text.splitlines(keepends=True)
    i = 0
    if lines and lines[0].startswith("From "):
        msg.set_unixfrom(_strip_eol(lines[0]))
        i = 1
    header_lines = []
    body_start = None
    while i < len(lines):
        line = lines[i]
        if _strip_eol(line) == "":
            body_start = i + 1
            break
        if not _HEADER_LINE.match(line):
            policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
            body_start = i
            break
        header_lines.append(line)
        i += 1
    if body_start is None:
        body_start = len(lines)
    _set_headers(msg, header_lines, policy)
    body = "".join(lines[body_start:])
    if headersonly:
        msg.set_payload(body)
        return msg
    _set_body(msg, body, policy, factory)
    return msg


def _set_headers(msg, header_lines, policy):
    current = []
    for lineno, line in enumerate(header_lines):
        if line[0] in " \t":
            if not current:
                policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                continue
            current.append(line)
            continue
        if current:
            msg.set_raw(*policy.header_source_parse(current))
            current = []
        if line.startswith("From "):
            if lineno == 0:
                msg.set_unixfrom(_strip_eol(line))
            else:
                policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
            continue
        if ":" not in line:
            policy.handle_defect(msg, errors.InvalidHeaderDefect(
                "Missing header name."))
            continue
        current = [line]
    if current:
        msg.set_raw(*policy.header_source_parse(current))


def _set_body(msg, body, policy, factory):
    ctype = msg.get_content_type()
    maintype = ctype.split("/")[0]
    if maintype == "multipart":
        boundary = msg.get_boundary()
        if boundary is None:
            policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            msg.set_payload(body)
            return
        _split_multipart(msg, body, boundary, policy, factory)
        return
    if ctype == "message/rfc822" or (maintype == "message" and ctype != "message/delivery-status"
                                     and msg.get("content-transfer-encoding", "7bit").lower()
                                     in ("7bit", "8bit", "binary")):
        msg.set_payload([parse_text(body, policy, factory)])
        return
    if ctype == "message/delivery-status":
        blocks = re.split(r"(?:\r\n|\r|\n)(?:\r\n|\r|\n)", body)
        parts = []
        for block in blocks:
            if block.strip():
                part = factory(policy=policy)
                _set_headers(part, block.splitlines(keepends=True), policy)
                parts.append(part)
        msg.set_payload(parts)
        return
    msg.set_payload(body)


def _split_multipart(msg, body, boundary, policy, factory):
    """Cuts the body at its boundary lines: the line break before a boundary belongs to it."""
    marker = re.compile("^--" + re.escape(boundary) + r"(--)?[ \t]*(\r\n|\r|\n)?$")
    lines = body.splitlines(keepends=True)
    sections = []
    current = []
    closed = False
    started = False
    preamble = None
    epilogue_start = None
    for idx, line in enumerate(lines):
        m = marker.match(line)
        if m:
            chunk = "".join(current)
            if not started:
                preamble = _strip_eol(chunk) if current else None
                started = True
            else:
                sections.append(_strip_eol(chunk))
            current = []
            if m.group(1):
                closed = True
                epilogue_start = idx + 1
                break
            continue
        current.append(line)
    if not started:
        policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
        policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
        msg.set_payload(body)
        return
    if not closed:
        policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
        if current:
            sections.append(_strip_eol("".join(current)))
    msg.preamble = preamble
    default = "message/rfc822" if msg.get_content_subtype() == "digest" else "text/plain"
    msg.set_payload([parse_text(s, policy, factory, default_type=default) for s in sections])
    if closed:
        msg.epilogue = "".join(lines[epilogue_start:])
    if not msg._payload:
        msg._payload = []


class Parser:
    """Parses text into a message object (by default policy.message_factory, else Message)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return parse_text(text, self.policy, _factory(self.policy, self._class), headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes: undecodable bytes are kept as surrogates, as CPython does."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode("ASCII", errors="surrogateescape")
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
