"""email._fold: how the default policy writes a header value on lines of at most
max_line_length: words kept whole and moved to the next line when they do not fit, non-ASCII
text (and words too long for any line) as RFC 2047 encoded words split to fill the lines, and
MIME parameters too long for a line cut into RFC 2231 sections. Written for tauraro-script from
RFC 5322/2047/2231 and the output CPython 3.11 gives for the cases in the conformance tests."""

import re
import urllib.parse

from email import _ew

_WS_SPLIT = re.compile(r"([ \t]+)")
_CHROME = len("=?utf-8?q??=")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def auto_word(text):
    """An encoded word of text in UTF-8: Q unless B is shorter by five or more."""
    data = text.encode("utf-8", "surrogateescape")
    kind = "q" if _ew.q_length(data) - _ew.b_length(data) < 5 else "b"
    return _ew.encode_word(data, "utf-8", kind)


def words(value):
    """(text, kind) tokens of unstructured text: 'ws', 'word', and 'ew' for the stretch from the
    first to the last non-ASCII word (it is written as encoded words)."""
    parts = [p for p in _WS_SPLIT.split(value) if p]
    nonascii = [i for i, p in enumerate(parts) if not is_ascii(p)]
    out = []
    i = 0
    while i < len(parts):
        if nonascii and i == nonascii[0]:
            last = nonascii[-1]
            out.append(("".join(parts[i:last + 1]), "ew"))
            i = last + 1
            continue
        p = parts[i]
        out.append((p, "ws" if p[0] in " \t" else "word"))
        i += 1
    return out


def fold_tokens(name, tokens, maxlen, linesep):
    """'Name: value' folded: tokens are (text, kind) with kind 'ws', 'word' (moved whole to
    a new line when it does not fit; encoded when no line can hold it), 'atom' (moved, never
    encoded) or 'ew' (encoded words)."""
    if maxlen is None or maxlen == 0:
        maxlen = float("inf")
    lines = [name + ":"]
    tokens = [(" ", "ws")] + list(tokens)
    for text, kind in tokens:
        cur = lines[-1]
        if kind == "ws":
            if len(cur) + len(text) <= maxlen:
                lines[-1] = cur + text
            else:
                lines.append(text)
            continue
        if kind in ("word", "atom"):
            if len(cur) + len(text) <= maxlen:
                lines[-1] = cur + text
                continue
            if 1 + len(text) <= maxlen or kind == "atom":
                lead = " "
                if cur and cur[-1] in " \t" and len(cur) > 1:
                    lead = cur[-1]
                    lines[-1] = cur[:-1]
                lines.append(lead + text)
                continue
        _fold_ew(text, lines, maxlen)
    return linesep.join(lines) + linesep


def _fold_ew(text, lines, maxlen):
    remaining = text
    rounds = 0
    while remaining and rounds < 10000:
        rounds += 1
        space = maxlen - len(lines[-1])
        if space - _CHROME <= 0:
            lines.append(" ")
            continue
        n = min(len(remaining), int(space - _CHROME) if space != float("inf") else len(remaining))
        word = auto_word(remaining[:n])
        while n > 1 and len(word) > space:
            n -= 1
            word = auto_word(remaining[:n])
        if len(word) > space and len(lines[-1]) > 1:
            lines.append(" ")
            continue
        lines[-1] += word
        remaining = remaining[n:]
        if remaining:
            lines.append(" ")


def param_tokens(main, params):
    """Tokens of 'main; k="v"; ...' (values quoted, non-ASCII ones as RFC 2231)."""
    tokens = [(main + (";" if params else ""), "atom")]
    for i, (k, v) in enumerate(params):
        end = ";" if i < len(params) - 1 else ""
        tokens.append((" ", "ws"))
        if v is None:
            tokens.append((k + end, "atom"))
        elif is_ascii(v):
            tokens.append(('%s="%s"' % (k, v.replace("\\", "\\\\").replace('"', '\\"')) + end,
                           "param:" + k))
        else:
            tokens.append(("%s*=utf-8''%s" % (k, _pct(v, "utf-8")) + end, "param:" + k))
    return tokens


def _pct(value, charset):
    return urllib.parse.quote(value, safe="!#$&+-.^_`|~", encoding=charset)


def fold_params(name, main, params, maxlen, linesep):
    """A parameterized header folded; a parameter longer than a line goes in sections."""
    if maxlen is None or maxlen == 0:
        maxlen = float("inf")
    tokens = []
    for text, kind in param_tokens(main, params):
        if kind.startswith("param:") and 1 + len(text) > maxlen:
            pname = kind[6:]
            value = dict(params)[pname]
            end = ";" if text.endswith(";") else ""
            charset = "utf-8" if not is_ascii(value) else "us-ascii"
            encoded = _pct(value, charset)
            section = 0
            first = True
            pos = 0
            while pos < len(encoded) and section < 10000:
                head = "%s*%d*=" % (pname, section) + (charset + "''" if first else "")
                room = maxlen - 1 - len(head) - 1
                piece = encoded[pos:pos + int(room)]
                if "%" in piece[-2:]:
                    piece = piece[:piece.rfind("%")]
                pos += len(piece)
                last = pos >= len(encoded)
                if section:
                    tokens.append((" ", "ws"))
                tokens.append((head + piece + (end if last else ";"), "atom"))
                section += 1
                first = False
            continue
        tokens.append((text, "atom" if kind.startswith("param:") else kind))
    return fold_tokens(name, tokens, maxlen, linesep)
