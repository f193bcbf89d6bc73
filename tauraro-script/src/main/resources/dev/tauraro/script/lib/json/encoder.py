"""json.encoder: JSONEncoder, written from the Python 3.11 documentation and CPython's behaviour.

encode() (and iterencode(o, _one_shot=True), what it uses) is json.dumps, the Java encoder, with
this encoder's settings and its default method; iterencode() yields the pieces CPython's
pure-Python encoder yields, for callers (and json.dump with cls=) that stream them."""

import json as _json

INFINITY = float("inf")


def encode_basestring(s):
    """The JSON text of the str s, its non-ASCII characters as they are."""
    return _json.dumps(s, ensure_ascii=False)


def encode_basestring_ascii(s):
    """The JSON text of the str s, with every non-ASCII character escaped."""
    return _json.dumps(s)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o, or call this to raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o and yield the JSON text piece by piece."""
        if _one_shot:
            return (_json.dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                                check_circular=self.check_circular, allow_nan=self.allow_nan,
                                indent=self.indent, separators=(self.item_separator, self.key_separator),
                                default=self.default, sort_keys=self.sort_keys),)
        markers = {} if self.check_circular else None
        string = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = "NaN"
            elif o == INFINITY:
                text = "Infinity"
            elif o == -INFINITY:
                text = "-Infinity"
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        return _make_iterencode(markers, self.default, string, self.indent, floatstr, self.key_separator,
                                self.item_separator, self.sort_keys, self.skipkeys)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator, _item_separator,
                     _sort_keys, _skipkeys):
    # the pieces CPython's _make_iterencode yields: a scalar with the separator before it, a
    # container's opening with its first newline, each closing on its own
    if _indent is not None and not isinstance(_indent, str):
        _indent = " " * _indent

    def scalar(o):
        # the text of a str, None, bool, int or float; None for anything else
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def mark(o):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def unmark(o):
        if markers is not None:
            del markers[id(o)]

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return _iterencode_list(value, level)
        if isinstance(value, dict):
            return _iterencode_dict(value, level)
        return _iterencode(value, level)

    def opening(level, separator):
        # the items' level, the newline before each (None without an indent) and the separator
        if _indent is None:
            return level, None, separator
        newline_indent = "\n" + _indent * (level + 1)
        return level + 1, newline_indent, separator + newline_indent

    def closing(container, level, newline_indent, bracket):
        if newline_indent is not None:
            yield "\n" + _indent * (level - 1)
        yield bracket
        unmark(container)

    def _iterencode_list(lst, level):
        if not lst:
            yield "[]"
            return
        mark(lst)
        level, newline_indent, separator = opening(level, _item_separator)
        buf = "[" + (newline_indent or "")
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from nested(value, level)
        yield from closing(lst, level, newline_indent, "]")

    def _iterencode_dict(dct, level):
        if not dct:
            yield "{}"
            return
        mark(dct)
        yield "{"
        level, newline_indent, item_separator = opening(level, _item_separator)
        if newline_indent is not None:
            yield newline_indent
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level)
        yield from closing(dct, level, newline_indent, "}")

    def _iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            mark(o)
            yield from _iterencode(_default(o), level)
            unmark(o)

    return _iterencode
