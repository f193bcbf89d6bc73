"""html: escape() and unescape() of HTML text, written from the module's documentation and the
HTML5 standard's rules for character references (html.entities holds the named ones, and is
imported at the first unescape() that needs it). Submodules: html.entities, html.parser.
"""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > replaced by their references, and with quote also " and '."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# A reference as HTML5 reads it: '&#' decimal digits, '&#x' hex digits, or '&' a name of at most 32
# characters; the ';' is optional (a name without it may be a legacy name followed by text).
_REFERENCE = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")

# HTML5 reads the numeric references 0x80-0x9F as windows-1252 bytes (the five bytes it leaves
# undefined stand for themselves), 0 as U+FFFD and 0x0D as a carriage return.
_C1 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
       "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")


def _dropped(code):
    """Whether a numeric reference to code is removed: the other C0 and C1 controls but tab,
    newline and form feed, DEL, and the noncharacters (U+FDD0-U+FDEF and U+xFFFE/U+xFFFF)."""
    return (0x01 <= code <= 0x08 or code == 0x0B or 0x0E <= code <= 0x1F or 0x7F <= code <= 0x9F
            or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def _numeric(text):
    digits = text.rstrip(";")
    code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    if 0x80 <= code <= 0x9F:
        return _C1[code - 0x80]
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return "\ufffd"
    if code == 0x0D:
        return "\r"
    if _dropped(code):
        return ""
    return chr(code)


def _named(text, table):
    if text in table:
        return table[text]
    # the longest name that starts the text (a legacy name such as '&notit;' is '&not' + 'it;')
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in table:
            return table[text[:end]] + text[end:]
    return "&" + text


def _replace(match):
    text = match.group(1)
    if text[0] == "#":
        return _numeric(text[1:])
    from html.entities import html5
    return _named(text, html5)


def unescape(s):
    """s with every named and numeric character reference replaced by the text it stands for, as
    an HTML5 browser reads them (invalid and missing ones included)."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_replace, s)
