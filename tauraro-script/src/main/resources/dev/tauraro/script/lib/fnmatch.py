# fnmatch: shell-style wildcards (* ? [seq] [!seq]) translated to regular expressions, written
# from the fnmatch documentation; translate() gives the strings CPython 3.11 gives.
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _normcase(s):
    # os.path.normcase is the identity on POSIX; used when the os.path in use provides it
    f = getattr(os.path, "normcase", None)
    return s if f is None else f(s)


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both (the identity on POSIX)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    m = _cache.get((type(pat), pat))
    if m is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
        else:
            res = translate(pat)
        m = re.compile(res).match
        if isinstance(pat, str) and pat[:1] == "*" and not any(c in "*?[" for c in pat[1:]):
            m = _suffix_match(pat[1:], m)
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[(type(pat), pat)] = m
    return m


def _suffix_match(suffix, regex_match):
    """The match of a '*<text>' pattern (as glob('*.py') makes): whether a str ends with the text,
    True or None where the regular expression would give a match object or None (callers ask
    only that), without running it. Anything but a str goes to the expression, for its errors."""
    def match(name):
        if isinstance(name, str):
            return True if name.endswith(suffix) else None
        return regex_match(name)
    return match


def filter(names, pat):
    """The names that match pat."""
    pat = _normcase(pat)
    match = _compiled(pat)
    return [name for name in names if match(_normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively and without normcase."""
    return _compiled(pat)(name) is not None


_STAR = object()


def translate(pat):
    """The regular expression (as a string) that matches what pat matches."""
    parts = []  # regex fragments and _STAR markers
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                parts.append("\\[")
            else:
                parts.append(_char_set(pat[i:j]))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # fixed text up to the first star, then each star with the text after it: all but the last star
    # are atomic lazy scans, so that a failing match does not backtrack through every star
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    segments = []
    while k < len(parts):
        k += 1  # the star
        seg = []
        while k < len(parts) and parts[k] is not _STAR:
            seg.append(parts[k])
            k += 1
        segments.append("".join(seg))
    for s, seg in enumerate(segments):
        if s == len(segments) - 1:
            out.append(".*" + seg)
        else:
            out.append("(?>.*?" + seg + ")")
    return "(?s:%s)\\Z" % "".join(out)


def _char_set(body):
    """A [...] set: '!' negates, ranges whose ends are reversed match nothing, set-operation characters are escaped."""
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    items = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            lo, hi = body[k], body[k + 2]
            if lo <= hi:
                items.append(_set_char(lo) + "-" + _set_char(hi))
            k += 3
        else:
            items.append(_set_char(body[k]))
            k += 1
    stuff = "".join(items)
    if not stuff:
        return "." if negate else "(?!)"
    if negate:
        return "[^" + stuff + "]"
    if stuff[0] in "^[":
        stuff = "\\" + stuff
    return "[" + stuff + "]"


def _set_char(c):
    if c in "\\-&~|":
        return "\\" + c
    return c
