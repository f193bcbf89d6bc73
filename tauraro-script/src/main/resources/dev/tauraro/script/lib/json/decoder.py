"""json.decoder: JSONDecoder and JSONDecodeError, written from the Python 3.11 documentation and
CPython's behaviour; the scanning is the json module's (Java) port of CPython's scanner."""

import json as _json

JSONDecodeError = _json.JSONDecodeError
_WHITESPACE = " \t\n\r"
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


class JSONDecoder(object):
    """Simple JSON decoder, with hooks for objects, numbers and the NaN/Infinity constants."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s, which must hold nothing else but whitespace."""
        end = len(s) - len(s.lstrip(_WHITESPACE))
        obj, end = self.raw_decode(s, idx=end)
        end = len(s) - len(s[end:].lstrip(_WHITESPACE))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, index after it) of the JSON document at the start of s[idx:]."""
        # the defaults go to the scanner as None: its own float, int and constants are CPython's
        return _json._raw_decode(s, idx, self.object_hook, self.object_pairs_hook,
                                 None if self.parse_float is float else self.parse_float,
                                 None if self.parse_int is int else self.parse_int,
                                 None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant,
                                 self.strict)
