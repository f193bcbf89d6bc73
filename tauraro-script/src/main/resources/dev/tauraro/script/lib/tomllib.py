"""tomllib: read TOML 1.0 into dicts, lists, str, int, float, bool and datetime objects (CPython 3.11's API).

One pass over the text with an index; compiled patterns only match whole runs (plain string characters,
numbers, dates), never one character at a time. Errors carry CPython's messages and positions."""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time, timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


_WS = _re.compile(r"[ \t]*")
_WS_NL = _re.compile(r"[ \t\n]*")
_BARE_KEY = _re.compile(r"[A-Za-z0-9_-]+")
_KEY_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-\"'")
# Runs of characters that need no attention inside each kind of string (control characters are illegal,
# except a tab anywhere and a newline in the multi-line kinds).
_BASIC_RUN = _re.compile(r'[^"\\\x00-\x08\x0a-\x1f\x7f]*')
_ML_BASIC_RUN = _re.compile(r'[^"\\\x00-\x08\x0b-\x1f\x7f]*')
_LITERAL_RUN = _re.compile(r"[^'\x00-\x08\x0a-\x1f\x7f]*")
_ML_LITERAL_RUN = _re.compile(r"[^'\x00-\x08\x0b-\x1f\x7f]*")
_COMMENT_RUN = _re.compile(r"[^\x00-\x08\x0a-\x1f\x7f]*")
_HEX = _re.compile(r"[0-9A-Fa-f]*")
_NUMBER = _re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)(\.[0-9](?:_?[0-9])*)?([eE][+-]?[0-9](?:_?[0-9])*)?")
_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]+))?"
_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_LOCAL_TIME = _re.compile(_TIME)
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

# Table flags: EXPLICIT marks a table declared by a header (or by dotted keys of an earlier section),
# FROZEN a value written whole (inline table, array), which nothing may extend later.
_EXPLICIT = 1
_FROZEN = 2


class _Flags:
    """Flags per key path, in a tree so that a new array-of-tables element forgets its subtree at once."""

    def __init__(self):
        self._root = {}  # part -> [flags, flags for the whole subtree, children]
        self.pending = []  # tables made by dotted keys: EXPLICIT once their section ends

    def set(self, key, flag, whole=False):
        children = self._root
        node = None
        for part in key:
            node = children.get(part)
            if node is None:
                node = children[part] = [0, 0, {}]
            children = node[2]
        node[1 if whole else 0] |= flag

    def has(self, key, flag):
        children = self._root
        last = len(key) - 1
        for i, part in enumerate(key):
            node = children.get(part)
            if node is None:
                return False
            if node[1] & flag or (i == last and node[0] & flag):
                return True
            children = node[2]
        return False

    def forget(self, key):
        children = self._root
        for part in key[:-1]:
            node = children.get(part)
            if node is None:
                return
            children = node[2]
        children.pop(key[-1], None)

    def finish_section(self):
        for key in self.pending:
            self.set(key, _EXPLICIT)
        self.pending = []


def _error(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    n = len(src)
    out = {}
    flags = _Flags()
    header = ()
    table = out
    pos = 0
    while True:
        pos = _WS.match(src, pos).end()
        if pos >= n:
            break
        c = src[pos]
        if c == "\n":
            pos += 1
            continue
        if c in _KEY_START:
            pos, key, value = _key_value(src, pos, parse_float)
            _assign(src, pos, flags, header, table, key, value)
        elif c == "[":
            flags.finish_section()
            pos, header, table = _header(src, pos, out, flags)
        elif c != "#":
            raise _error(src, pos, "Invalid statement")
        pos = _WS.match(src, pos).end()
        if pos < n and src[pos] == "#":
            pos = _comment(src, pos)
        if pos >= n:
            break
        if src[pos] != "\n":
            raise _error(src, pos, "Expected newline or end of document after a statement")
        pos += 1
    return out


def _comment(src, pos):
    end = _COMMENT_RUN.match(src, pos + 1).end()
    if end < len(src) and src[end] != "\n":
        raise _error(src, end, f"Found invalid character {src[end]!r}")
    return end


def _skip_array_space(src, pos):
    """Whitespace, newlines and comments between an array's values."""
    n = len(src)
    while True:
        pos = _WS_NL.match(src, pos).end()
        if pos < n and src[pos] == "#":
            pos = _comment(src, pos)
        else:
            return pos


def _descend(src, pos, container, key):
    """The table at key below container, made if missing; through an array of tables, its last one."""
    for part in key:
        child = container.get(part)
        if child is None:
            child = container[part] = {}
        elif type(child) is list:
            child = child[-1]
        if type(child) is not dict:
            raise _error(src, pos, "Cannot overwrite a value")
        container = child
    return container


def _header(src, pos, out, flags):
    array = src.startswith("[[", pos)
    pos = _WS.match(src, pos + (2 if array else 1)).end()
    pos, key = _key(src, pos)
    if array:
        if flags.has(key, _FROZEN):
            raise _error(src, pos, f"Cannot mutate immutable namespace {key}")
        flags.forget(key)
        flags.set(key, _EXPLICIT)
        parent = _descend(src, pos, out, key[:-1])
        tables = parent.get(key[-1])
        if tables is None:
            tables = parent[key[-1]] = []
        elif type(tables) is not list:
            raise _error(src, pos, "Cannot overwrite a value")
        if not src.startswith("]]", pos):
            raise _error(src, pos, "Expected ']]' at the end of an array declaration")
        table = {}
        tables.append(table)
        return pos + 2, key, table
    if flags.has(key, _EXPLICIT) or flags.has(key, _FROZEN):
        raise _error(src, pos, f"Cannot declare {key} twice")
    flags.set(key, _EXPLICIT)
    table = _descend(src, pos, out, key)
    if not src.startswith("]", pos):
        raise _error(src, pos, "Expected ']' at the end of a table declaration")
    return pos + 1, key, table


def _assign(src, pos, flags, header, table, key, value):
    """Store a key/value pair of the section `header` (whose table is `table`) with TOML's rules."""
    for i in range(1, len(key)):
        namespace = header + key[:i]
        if flags.has(namespace, _EXPLICIT):
            raise _error(src, pos, f"Cannot redefine namespace {namespace}")
        flags.pending.append(namespace)
    if len(key) > 1:
        parent_key = header + key[:-1]
        if flags.has(parent_key, _FROZEN):
            raise _error(src, pos, f"Cannot mutate immutable namespace {parent_key}")
        table = _descend(src, pos, table, key[:-1])
    last = key[-1]
    if last in table:
        raise _error(src, pos, "Cannot overwrite a value")
    if type(value) is dict or type(value) is list:
        flags.set(header + key, _FROZEN, True)
    table[last] = value


def _key(src, pos):
    """A dotted key as a tuple of its parts; the whitespace after it is skipped."""
    parts = []
    n = len(src)
    while True:
        c = src[pos] if pos < n else ""
        if c == '"':
            pos, part = _basic_string(src, pos + 1)
        elif c == "'":
            pos, part = _literal_string(src, pos + 1)
        else:
            m = _BARE_KEY.match(src, pos)
            if m is None:
                raise _error(src, pos, "Invalid initial character for a key part")
            part = m.group()
            pos = m.end()
        parts.append(part)
        pos = _WS.match(src, pos).end()
        if pos < n and src[pos] == ".":
            pos = _WS.match(src, pos + 1).end()
        else:
            return pos, tuple(parts)


def _key_value(src, pos, parse_float):
    pos, key = _key(src, pos)
    if not src.startswith("=", pos):
        raise _error(src, pos, "Expected '=' after a key in a key/value pair")
    pos = _WS.match(src, pos + 1).end()
    pos, value = _value(src, pos, parse_float)
    return pos, key, value


def _value(src, pos, parse_float):
    c = src[pos] if pos < len(src) else ""
    if c == '"':
        if src.startswith('"""', pos):
            return _ml_basic_string(src, pos + 3)
        return _basic_string(src, pos + 1)
    if c == "'":
        if src.startswith("'''", pos):
            return _ml_literal_string(src, pos + 3)
        return _literal_string(src, pos + 1)
    if c == "t":
        if src.startswith("true", pos):
            return pos + 4, True
    elif c == "f":
        if src.startswith("false", pos):
            return pos + 5, False
    elif c == "[":
        return _array(src, pos, parse_float)
    elif c == "{":
        return _inline_table(src, pos, parse_float)
    elif "0" <= c <= "9":
        # Dates have "-" and times ":" at a fixed place: test that before trying their patterns on a number.
        m = _DATETIME.match(src, pos) if src[pos + 4:pos + 5] == "-" else None
        if m is not None:
            try:
                return m.end(), _make_datetime(m)
            except ValueError:
                raise _error(src, pos, "Invalid date or datetime") from None
        m = _LOCAL_TIME.match(src, pos) if src[pos + 2:pos + 3] == ":" else None
        if m is not None:
            return m.end(), _time(int(m.group(1)), int(m.group(2)), int(m.group(3)), _micros(m.group(4)))
    m = _NUMBER.match(src, pos)
    if m is not None:
        text = m.group()
        if m.group(1) is None and m.group(2) is None:
            return m.end(), int(text, 0) if text[1:2] in ("x", "o", "b") else int(text)
        return m.end(), _float(text, parse_float)
    word = src[pos:pos + 3] if c not in ("+", "-") else src[pos + 1:pos + 4]
    if word == "inf" or word == "nan":
        end = pos + (3 if c not in ("+", "-") else 4)
        return end, _float(src[pos:end], parse_float)
    raise _error(src, pos, "Invalid value")


def _float(text, parse_float):
    value = parse_float(text)
    if isinstance(value, (dict, list)):
        raise ValueError("parse_float must not return dicts or lists")
    return value


def _micros(fraction):
    # TOML allows any precision; datetime keeps microseconds, so further digits are cut off.
    return int(fraction[:6].ljust(6, "0")) if fraction else 0


def _make_datetime(m):
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m.group(4) is None:
        return _date(year, month, day)
    if m.group(8):
        tz = _timezone.utc
    elif m.group(9):
        offset = _timedelta(hours=int(m.group(10)), minutes=int(m.group(11)))
        tz = _timezone(-offset if m.group(9) == "-" else offset)
    else:
        tz = None
    return _datetime(year, month, day, int(m.group(4)), int(m.group(5)), int(m.group(6)),
                     _micros(m.group(7)), tzinfo=tz)


def _array(src, pos, parse_float):
    items = []
    pos = _skip_array_space(src, pos + 1)
    if src.startswith("]", pos):
        return pos + 1, items
    while True:
        pos, value = _value(src, pos, parse_float)
        items.append(value)
        pos = _skip_array_space(src, pos)
        c = src[pos:pos + 1]
        if c == "]":
            return pos + 1, items
        if c != ",":
            raise _error(src, pos, "Unclosed array")
        pos = _skip_array_space(src, pos + 1)
        if src.startswith("]", pos):
            return pos + 1, items


def _inline_table(src, pos, parse_float):
    table = {}
    flags = _Flags()
    pos = _WS.match(src, pos + 1).end()
    if src.startswith("}", pos):
        return pos + 1, table
    while True:
        pos, key, value = _key_value(src, pos, parse_float)
        # Unlike a section's pairs, an inline table names the whole key when it extends a frozen value.
        if flags.has(key, _FROZEN):
            raise _error(src, pos, f"Cannot mutate immutable namespace {key}")
        parent = _descend(src, pos, table, key[:-1])
        if key[-1] in parent:
            raise _error(src, pos, f"Duplicate inline table key {key[-1]!r}")
        parent[key[-1]] = value
        if type(value) is dict or type(value) is list:
            flags.set(key, _FROZEN, True)
        pos = _WS.match(src, pos).end()
        c = src[pos:pos + 1]
        if c == "}":
            return pos + 1, table
        if c != ",":
            raise _error(src, pos, "Unclosed inline table")
        pos = _WS.match(src, pos + 1).end()


def _escape(src, pos):
    """The escape sequence whose backslash is at pos: (position after it, its character)."""
    c = src[pos + 1:pos + 2]
    char = _ESCAPES.get(c)
    if char is not None:
        return pos + 2, char
    if c == "u" or c == "U":
        size = 4 if c == "u" else 8
        start = pos + 2
        digits = src[start:start + size]
        if len(digits) != size or _HEX.match(digits).end() != size:
            raise _error(src, start, "Invalid hex value")
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise _error(src, start + size, "Escaped character is not a Unicode scalar value")
        return start + size, chr(code)
    raise _error(src, pos + 2, "Unescaped '\\' in a string")


def _basic_string(src, pos):
    """A "..." string whose opening quote ends before pos."""
    n = len(src)
    parts = []
    while True:
        end = _BASIC_RUN.match(src, pos).end()
        if end > pos:
            parts.append(src[pos:end])
        pos = end
        if pos >= n:
            raise _error(src, pos, "Unterminated string")
        c = src[pos]
        if c == '"':
            return pos + 1, "".join(parts)
        if c != "\\":
            raise _error(src, pos, f"Illegal character {c!r}")
        pos, char = _escape(src, pos)
        parts.append(char)


def _closing_quotes(src, pos, quote):
    """The run of quote characters at pos: up to two of them may belong to the string before its closing three."""
    count = 1
    while count < 5 and src.startswith(quote, pos + count):
        count += 1
    return count


def _ml_basic_string(src, pos):
    if src.startswith("\n", pos):
        pos += 1
    n = len(src)
    parts = []
    while True:
        end = _ML_BASIC_RUN.match(src, pos).end()
        if end > pos:
            parts.append(src[pos:end])
        pos = end
        if pos >= n:
            raise _error(src, pos, "Unterminated string")
        c = src[pos]
        if c == '"':
            count = _closing_quotes(src, pos, '"')
            if count >= 3:
                parts.append('"' * (count - 3))
                return pos + count, "".join(parts)
            parts.append('"' * count)
            pos += count
        elif c == "\\":
            after = src[pos + 1:pos + 2]
            if after == " " or after == "\t" or after == "\n":
                # A backslash ending a line drops the newline and the whitespace after it.
                pos = _WS.match(src, pos + 1).end()
                if not src.startswith("\n", pos):
                    raise _error(src, pos, "Unescaped '\\' in a string")
                pos = _WS_NL.match(src, pos).end()
            else:
                pos, char = _escape(src, pos)
                parts.append(char)
        else:
            raise _error(src, pos, f"Illegal character {c!r}")


def _literal_string(src, pos):
    end = _LITERAL_RUN.match(src, pos).end()
    if end < len(src) and src[end] == "'":
        return end + 1, src[pos:end]
    # Without a closing quote further on, the missing quote is the error, not the character met.
    if src.find("'", end) < 0:
        raise _error(src, len(src), "Expected \"'\"")
    raise _error(src, end, f"Found invalid character {src[end]!r}")


def _ml_literal_string(src, pos):
    if src.startswith("\n", pos):
        pos += 1
    n = len(src)
    parts = []
    while True:
        end = _ML_LITERAL_RUN.match(src, pos).end()
        if end > pos:
            parts.append(src[pos:end])
        pos = end
        if pos >= n or src[pos] != "'":
            if src.find("'''", pos) < 0:
                raise _error(src, n, "Expected \"'''\"")
            raise _error(src, pos, f"Found invalid character {src[pos]!r}")
        count = _closing_quotes(src, pos, "'")
        if count >= 3:
            parts.append("'" * (count - 3))
            return pos + count, "".join(parts)
        parts.append("'" * count)
        pos += count
