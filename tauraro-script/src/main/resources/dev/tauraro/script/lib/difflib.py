"""difflib: comparing sequences (SequenceMatcher), and line diffs in the unified, context and ndiff
formats, written for tauraro-script from the difflib documentation and from CPython 3.11's observed
output (the same matching blocks, opcodes, ratios and '?' hint lines).

How the matcher works: a longest common block is found in a window of a and b, and the two windows
left and right of it are searched the same way until nothing matches. Elements of b that isjunk
accepts never start a block; with autojunk, an element of a b of 200 or more items that occurs more
than 1% + 1 times is "popular" and ignored the same way. A block found without them is then grown
over neighbouring equal elements, non-junk first and junk second. HtmlDiff is absent."""

import re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _score(common, total):
    # 2*M/T as documented; two empty sequences are identical
    if total == 0:
        return 1.0
    return 2.0 * common / total


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    # -- inputs ---------------------------------------------------------------------------------

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._forget_results()

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._forget_results()
        self._fullbcount = None
        self._build_positions()

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def _build_positions(self):
        # b2j: element -> ascending positions in b, without junk and popular elements
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            junk = {item for item in where if self.isjunk(item)}
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {item for item, spots in where.items() if len(spots) > limit}
        for item in junk | popular:
            del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    # -- the longest block ----------------------------------------------------------------------

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        start_a, start_b, size = self._longest_clean_run(alo, ahi, blo, bhi)
        # grow the run over popular elements, then over junk, on both ends
        for grow_over_junk in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in self.bjunk) == grow_over_junk
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                size += 1
            while (start_a + size < ahi and start_b + size < bhi
                   and (b[start_b + size] in self.bjunk) == grow_over_junk
                   and a[start_a + size] == b[start_b + size]):
                size += 1
        return Match(start_a, start_b, size)

    def _longest_clean_run(self, alo, ahi, blo, bhi):
        # run_ending[j] = length of the common run ending at a[i-1], b[j] (previous row only);
        # strict '>' keeps the earliest i, then the earliest j, on ties
        best = (alo, blo, 0)
        run_ending = {}
        positions = self.b2j
        for i in range(alo, ahi):
            row = {}
            for j in positions.get(self.a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending.get(j - 1, 0) + 1
                row[j] = length
                if length > best[2]:
                    best = (i - length + 1, j - length + 1, length)
            run_ending = row
        return best

    # -- block lists and edit scripts ----------------------------------------------------------

    def get_matching_blocks(self):
        cached = self.matching_blocks
        if cached is not None:
            return cached
        found = []
        windows = [(0, len(self.a), 0, len(self.b))]
        while windows:
            alo, ahi, blo, bhi = windows.pop()
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if k == 0:
                continue
            found.append((i, j, k))
            if alo < i and blo < j:
                windows.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                windows.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                last = merged.pop()
                merged.append((last[0], last[1], last[2] + k))
            else:
                merged.append((i, j, k))
        merged.append((len(self.a), len(self.b), 0))
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        script = []
        i = j = 0
        for block in self.get_matching_blocks():
            at_a, at_b = block.a, block.b
            if i < at_a or j < at_b:
                if i == at_a:
                    kind = 'insert'
                elif j == at_b:
                    kind = 'delete'
                else:
                    kind = 'replace'
                script.append((kind, i, at_a, j, at_b))
            i, j = at_a + block.size, at_b + block.size
            if block.size:
                script.append(('equal', at_a, i, at_b, j))
        self.opcodes = script
        return script

    def get_grouped_opcodes(self, n=3):
        script = list(self.get_opcodes())
        if not script:
            script = [('equal', 0, 1, 0, 1)]
        # keep at most n elements of context at the two ends
        kind, i1, i2, j1, j2 = script[0]
        if kind == 'equal':
            script[0] = (kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        kind, i1, i2, j1, j2 = script[-1]
        if kind == 'equal':
            script[-1] = (kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for kind, i1, i2, j1, j2 in script:
            if kind == 'equal' and i2 - i1 > 2 * n:
                # a long equal stretch closes this group (n lines) and opens the next (n lines)
                group.append((kind, i1, i1 + n, j1, j1 + n))
                yield group
                group = [(kind, i2 - n, i2, j2 - n, j2)]
            else:
                group.append((kind, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    # -- similarity -----------------------------------------------------------------------------

    def ratio(self):
        common = 0
        for block in self.get_matching_blocks():
            common += block.size
        return _score(common, len(self.a) + len(self.b))

    def quick_ratio(self):
        # an upper bound: the size of the multiset intersection
        if self._fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self._fullbcount = counts
        left = dict(self._fullbcount)
        common = 0
        for item in self.a:
            have = left.get(item, 0)
            if have > 0:
                common += 1
            left[item] = have - 1
        return _score(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        # a cheaper upper bound from the lengths alone
        la = len(self.a)
        lb = len(self.b)
        return _score(min(la, lb), la + lb)

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities whose ratio with word is at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


class Differ:
    """Line-by-line deltas ('- ', '+ ', '  ') with '? ' lines marking changes inside similar lines."""

    _SIMILAR_ENOUGH = 0.75

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for kind, i1, i2, j1, j2 in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if kind == 'replace':
                yield from self._pair_up(a, i1, i2, b, j1, j2)
            elif kind == 'delete':
                yield from _prefixed('- ', a, i1, i2)
            elif kind == 'insert':
                yield from _prefixed('+ ', b, j1, j2)
            else:
                yield from _prefixed('  ', a, i1, i2)

    def _pair_up(self, a, alo, ahi, b, blo, bhi):
        # the most similar pair of lines anchors the block; the parts before and after it are
        # handled the same way. With no pair similar enough, an identical pair still anchors it.
        found = self._most_similar(a, alo, ahi, b, blo, bhi)
        if found is None:
            yield from self._replace_blindly(a, alo, ahi, b, blo, bhi)
            return
        i, j, identical = found
        yield from self._between(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._mark_changes(a[i], b[j])
        yield from self._between(a, i + 1, ahi, b, j + 1, bhi)

    def _most_similar(self, a, alo, ahi, b, blo, bhi):
        chars = SequenceMatcher(self.charjunk)
        top = 0.74  # a pair must beat this to count at all
        top_at = None
        same_at = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_at is None:
                        same_at = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > top and chars.quick_ratio() > top
                        and chars.ratio() > top):
                    top = chars.ratio()
                    top_at = (i, j)
        if top >= self._SIMILAR_ENOUGH:
            return top_at + (False,)
        if same_at is not None:
            return same_at + (True,)
        return None

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._pair_up(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _prefixed('- ', a, alo, ahi)
        elif blo < bhi:
            yield from _prefixed('+ ', b, blo, bhi)

    @staticmethod
    def _replace_blindly(a, alo, ahi, b, blo, bhi):
        # when b's side is shorter its lines come first, otherwise a's
        if bhi - blo < ahi - alo:
            yield from _prefixed('+ ', b, blo, bhi)
            yield from _prefixed('- ', a, alo, ahi)
        else:
            yield from _prefixed('- ', a, alo, ahi)
            yield from _prefixed('+ ', b, blo, bhi)

    def _mark_changes(self, old, new):
        chars = SequenceMatcher(self.charjunk, old, new)
        old_marks = []
        new_marks = []
        glyph = {'replace': ('^', '^'), 'delete': ('-', None), 'insert': (None, '+'),
                 'equal': (' ', ' ')}
        for kind, i1, i2, j1, j2 in chars.get_opcodes():
            on_old, on_new = glyph[kind]
            if on_old:
                old_marks.append(on_old * (i2 - i1))
            if on_new:
                new_marks.append(on_new * (j2 - j1))
        yield from _with_hint('- ', old, ''.join(old_marks))
        yield from _with_hint('+ ', new, ''.join(new_marks))


def _prefixed(tag, lines, lo, hi):
    for k in range(lo, hi):
        yield tag + lines[k]


def _with_hint(tag, line, marks):
    yield tag + line
    # a blank mark under a tab or other whitespace keeps that character so columns line up
    hint = ''.join(ch if mark == ' ' and ch.isspace() else mark for ch, mark in zip(line, marks))
    hint = hint.rstrip()
    if hint:
        yield '? ' + hint + '\n'


_BLANK_OR_COMMENT = re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_BLANK_OR_COMMENT.match):
    """True for a blank line or one holding only a '#' (with whitespace around)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _require_str_lines(a, b, names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(lines[0]).__name__, lines[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _span(lo, hi, style):
    # 1-based first line and count; an empty span names the line before it
    count = hi - lo
    first = lo + 1 if count else lo
    if style == 'unified':
        return str(first) if count == 1 else '%d,%d' % (first, count)
    return str(first) if count <= 1 else '%d,%d' % (first, first + count - 1)


def _file_line(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Deltas in the unified format: '---'/'+++' headers, then '@@' hunks of n lines of context."""
    _require_str_lines(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            yield _file_line('---', fromfile, fromfiledate, lineterm)
            yield _file_line('+++', tofile, tofiledate, lineterm)
            first = False
        old = _span(group[0][1], group[-1][2], 'unified')
        new = _span(group[0][3], group[-1][4], 'unified')
        yield '@@ -%s +%s @@%s' % (old, new, lineterm)
        for kind, i1, i2, j1, j2 in group:
            if kind == 'equal':
                yield from _prefixed(' ', a, i1, i2)
                continue
            if kind != 'insert':
                yield from _prefixed('-', a, i1, i2)
            if kind != 'delete':
                yield from _prefixed('+', b, j1, j2)


_CONTEXT_TAGS = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Deltas in the context format: each hunk shows its old lines, then its new lines."""
    _require_str_lines(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            yield _file_line('***', fromfile, fromfiledate, lineterm)
            yield _file_line('---', tofile, tofiledate, lineterm)
            first = False
        kinds = {op[0] for op in group}
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_span(group[0][1], group[-1][2], 'context'), lineterm)
        if kinds & {'replace', 'delete'}:
            for kind, i1, i2, _, _ in group:
                if kind != 'insert':
                    yield from _prefixed(_CONTEXT_TAGS[kind], a, i1, i2)
        yield '--- %s ----%s' % (_span(group[0][3], group[-1][4], 'context'), lineterm)
        if kinds & {'replace', 'insert'}:
            for kind, _, _, j1, j2 in group:
                if kind != 'delete':
                    yield from _prefixed(_CONTEXT_TAGS[kind], b, j1, j2)


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """unified_diff or context_diff over bytes: the lines are decoded as latin-1 and the result encoded back."""
    def text(value):
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(value).__name__, value))
        return value.decode('latin-1')
    old = [text(line) for line in a]
    new = [text(line) for line in b]
    labels = [text(value) for value in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(old, new, *labels, n, text(lineterm)):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/compare delta was made from (which is 1 or 2)."""
    if which == 1:
        keep = ('- ', '  ')
    elif which == 2:
        keep = ('+ ', '  ')
    else:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
