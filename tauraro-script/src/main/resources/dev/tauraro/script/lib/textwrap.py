'''Filling paragraphs to a width (wrap, fill, shorten) and moving margins (dedent, indent).

Written from the textwrap documentation and from CPython 3.11's observed output. Lines are filled
greedily from chunks: runs of whitespace, and words, which break_on_hyphens cuts after the hyphens
of compound words. Where CPython loops for ever (an indent as wide as the width, in some cases)
this module ends the line instead.
'''
import re as _re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# only these count as whitespace for wrapping (not, say, U+00A0)
_SPACES = " \t\n\x0b\x0c\r"
_CHUNK = _re.compile("[%s]+|[^%s]+" % (_SPACES, _SPACES))
_TO_SPACE = {ord(c): " " for c in _SPACES if c != " "}


class TextWrapper:
    '''Holds the wrapping options (all public attributes) and applies them with wrap() and fill().'''

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def wrap(self, text):
        '''The lines of text filled to self.width, without their newlines.'''
        return _Filler(self).run(self._chunks(text))

    def fill(self, text):
        '''The wrapped text as one string, lines joined by newlines.'''
        return "\n".join(self.wrap(text))

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        chunks = []
        for piece in _CHUNK.findall(text):
            if self.break_on_hyphens and piece[0] not in _SPACES:
                chunks.extend(_compound_parts(piece))
            else:
                chunks.append(piece)
        if self.fix_sentence_endings:
            _double_sentence_gaps(chunks)
        return chunks


class _Filler:
    '''One run of the line-filling algorithm over a list of chunks.'''

    def __init__(self, options):
        self.o = options
        if options.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % options.width)
        if options.max_lines is not None:
            # the placeholder must fit, stripped, on the last line allowed
            last_margin = options.subsequent_indent if options.max_lines > 1 else options.initial_indent
            if len(last_margin) + len(options.placeholder.lstrip()) > options.width:
                raise ValueError("placeholder too large for max width")
        self.lines = []

    def run(self, chunks):
        o = self.o
        rest = chunks[::-1]     # the next chunk is rest[-1]
        while rest:
            margin = o.subsequent_indent if self.lines else o.initial_indent
            room = o.width - len(margin)
            if o.drop_whitespace and self.lines and _blank(rest[-1]):
                rest.pop()      # no line but the first starts with whitespace
            line = []
            used = 0
            while rest and used + len(rest[-1]) <= room:
                used += len(rest[-1])
                line.append(rest.pop())
            if rest and len(rest[-1]) > room:
                # a chunk too long for any line: cut it here, or give it a line of its own
                self._long_chunk(rest, line, room - used if room >= 1 else 1)
                used = sum(len(c) for c in line)
            if o.drop_whitespace and line and _blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._may_add(rest, used, room):
                self.lines.append(margin + "".join(line))
            else:
                self._close_with_placeholder(line, used, margin, room)
                break
        return self.lines

    def _long_chunk(self, rest, line, space):
        o = self.o
        word = rest[-1]
        if not word:
            rest.pop()          # CPython would loop here for ever
        elif o.break_long_words:
            cut = space
            if o.break_on_hyphens and len(word) > space:
                # rather cut just after a hyphen that fits, if something other than hyphens precedes it
                hyphen = word.rfind("-", 0, space)
                if hyphen > 0 and word[:hyphen].strip("-"):
                    cut = hyphen + 1
            line.append(word[:cut])
            rest[-1] = word[cut:]
        elif not line:
            line.append(rest.pop())

    def _may_add(self, rest, used, room):
        '''Whether the line can go in as it is: max_lines allows more, or nothing follows it.'''
        o = self.o
        if o.max_lines is None or len(self.lines) + 1 < o.max_lines:
            return True
        nothing_left = not rest or (o.drop_whitespace and len(rest) == 1 and _blank(rest[0]))
        return nothing_left and used <= room

    def _close_with_placeholder(self, line, used, margin, room):
        mark = self.o.placeholder
        while line:
            if not _blank(line[-1]) and used + len(mark) <= room:
                self.lines.append(margin + "".join(line) + mark)
                return
            used -= len(line.pop())
        if self.lines:
            previous = self.lines[-1].rstrip()
            if len(previous) + len(mark) <= self.o.width:
                self.lines[-1] = previous + mark
                return
        self.lines.append(margin + mark.lstrip())


def _blank(chunk):
    return not chunk.strip()


def _letter(c):
    # a word character that is not a digit: letters and the underscore
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _letters_from(word, i, step):
    '''Whether word, read from i in direction step, starts with two letters or letter-hyphen-letter.'''
    def at(k):
        return 0 <= k < len(word) and _letter(word[k])
    if not at(i):
        return False
    if at(i + step):
        return True
    k = i + step
    return 0 <= k < len(word) and word[k] == "-" and at(k + step)


def _compound_parts(word):
    '''Cuts a word where a line may break: after a single hyphen with letters on both sides
    (two letters, or letter-hyphen-letter, each way), and around a dash of two or more hyphens
    that follows something and precedes a letter or digit.'''
    parts = []
    start = 0
    i = 0
    while i < len(word):
        if word[i] != "-":
            i += 1
            continue
        end = i
        while end < len(word) and word[end] == "-":
            end += 1
        if end - i > 1:
            after = word[end] if end < len(word) else ""
            if i > 0 and (after.isalnum() or after == "_"):
                parts += [word[start:i], word[i:end]] if i > start else [word[i:end]]
                start = end
        elif _letters_from(word, i - 1, -1) and _letters_from(word, i + 1, 1):
            parts.append(word[start:end])
            start = end
        i = end
    if start < len(word):
        parts.append(word[start:])
    return parts


def _double_sentence_gaps(chunks):
    '''After a sentence end (lowercase letter, then . ! or ?, maybe a closing quote) one space becomes two.'''
    for k in range(len(chunks) - 1):
        if chunks[k + 1] == " " and _ends_sentence(chunks[k]):
            chunks[k + 1] = "  "


def _ends_sentence(word):
    if word[-1:] in ("'", '"'):
        word = word[:-1]
    return len(word) >= 2 and word[-1] in ".!?" and "a" <= word[-2] <= "z"


def wrap(text, width=70, **kwargs):
    '''wrap(text, width, **options): the lines of text filled to width (see TextWrapper).'''
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    '''Like wrap(), but one string with the lines joined by newlines.'''
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    '''Collapse the whitespace of text and, if it is then longer than width, drop words from the
    end and append the placeholder.'''
    collapsed = " ".join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def dedent(text):
    '''Remove the margin (leading spaces and tabs) shared by every line that has other text;
    lines of only spaces and tabs become empty.'''
    lines = text.split("\n")
    margin = None
    for line in lines:
        body = line.lstrip(" \t")
        if body:
            lead = line[:len(line) - len(body)]
            margin = lead if margin is None else _shared_start(margin, lead)
    cut = len(margin or "")
    return "\n".join(line[cut:] if line.strip(" \t") else "" for line in lines)


def _shared_start(a, b):
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    return a[:n]


def indent(text, prefix, predicate=None):
    '''Put prefix in front of the lines for which predicate(line) is true; by default, the lines
    that are not only whitespace.'''
    wanted = predicate if predicate is not None else str.strip
    return "".join(prefix + line if wanted(line) else line for line in text.splitlines(True))
