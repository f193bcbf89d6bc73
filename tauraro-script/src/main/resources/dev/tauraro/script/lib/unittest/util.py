"""unittest.util: the short reprs that assertion messages are made of.

Written from the observed output of CPython 3.11's unittest: a repr longer than 80 characters is
cut to 80 with ' [truncated]...'; two values compared are shown with their common prefix elided
('[N chars]') so that the place where they differ stays visible."""

_MAX_LENGTH = 80
_ELIDED_WIDTH = 12      # what '[NN chars]' costs, so eliding fewer characters does not pay
_KEEP_HEAD = 5          # characters always shown before an elided stretch
_KEEP_COMMON = 5        # characters of the common prefix kept right before the difference
_KEEP_TAIL = 5          # characters kept at the end of a shortened difference
_KEEP_DIFF = _MAX_LENGTH - (_KEEP_HEAD + _ELIDED_WIDTH + _KEEP_COMMON + _ELIDED_WIDTH + _KEEP_TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, head, tail):
    """text with its middle replaced by '[N chars]' when that makes it shorter."""
    hidden = len(text) - head - tail
    if hidden <= _ELIDED_WIDTH:
        return text
    return "%s[%d chars]%s" % (text[:head], hidden, text[len(text) - tail:])


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*values):
    reprs = [safe_repr(v) for v in values]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = _common_prefix(reprs)
    n = len(prefix)
    # room left for the common prefix once the longest distinct tail is shown whole
    room = _MAX_LENGTH - (longest - n + _KEEP_HEAD + _ELIDED_WIDTH)
    if room > _KEEP_COMMON:
        shown = _elide(prefix, _KEEP_HEAD, room)
        return tuple(shown + r[n:] for r in reprs)
    shown = _elide(prefix, _KEEP_HEAD, _KEEP_COMMON)
    return tuple(shown + _elide(r[n:], _KEEP_DIFF, _KEEP_TAIL) for r in reprs)


def _count_diff(actual, expected):
    """[(count in actual, count in expected, element)] for the elements whose counts differ,
    in order of first appearance (actual first); works for unhashable elements too."""
    out = []
    seen = []
    for elem in list(actual) + list(expected):
        if any(elem is s or elem == s for s in seen):
            continue
        seen.append(elem)
        a = sum(1 for x in actual if x is elem or x == elem)
        e = sum(1 for x in expected if x is elem or x == elem)
        if a != e:
            out.append((a, e, elem))
    return out
