# re: Python's regular expressions over java.util.regex.
#
# The pattern translation, matching loops, replacement templates and Match objects are Java (_re,
# see modules/text/ReModule.java and ReMatch.java); this file gives them Python's Pattern, error
# and the flags, written from the re documentation and CPython 3.11's observed behaviour.
import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807

# definition order: the order a combination's repr lists its members in
_FLAG_NAMES = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
               ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags: ints that print as re.IGNORECASE|re.MULTILINE and combine into flags."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern or replacement template that is not valid: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            before = pattern[:pos]
            self.lineno = before.count(newline) + 1
            self.colno = len(before.split(newline)[-1]) + 1
            if newline in pattern:
                msg = "%s at position %d (line %d, column %d)" % (msg, pos, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression (what re.compile returns)."""

    __slots__ = ("_rx", "pattern", "flags", "groups", "groupindex")

    def __init__(self, rx, pattern):
        self._rx = rx
        self.pattern = pattern
        self.flags = rx.flags
        self.groups = rx.groups
        self.groupindex = rx.groupindex

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _re.match(self._rx, self, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _re.match(self._rx, self, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _re.match(self._rx, self, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self._rx, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _re.finditer(self._rx, self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        return _re.subn(self._rx, self, repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return _re.subn(self._rx, self, repl, string, count)

    def split(self, string, maxsplit=0):
        return _re.split(self._rx, string, maxsplit)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        shown = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % shown
        names = []
        for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
                          ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)):
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (shown, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython


Match = _re.Match


Pattern.__module__ = "re"

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compiles a pattern (str or bytes) into a Pattern; compiled patterns pass through."""
    return _compile(pattern, flags)


def _compile(pattern, flags):
    if type(pattern) is Pattern:
        # before the cache: a Pattern's key would hash and compare through its script methods
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    try:
        # a RegexFlag finds the entry of its int (same hash, equal)
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    p = Pattern(_re.compile(pattern, flags, error), pattern)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def purge():
    """Clears the pattern cache."""
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Backslash-escapes the characters that are special in patterns (as Python 3.7+ chooses them)."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    special = _SPECIAL.encode("ascii")
    out = []
    for b in pattern:
        if b in special:
            out.append(92)
        out.append(b)
    return bytes(out)
