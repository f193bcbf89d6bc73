"""tokenize: Python source split into tokens, as Python 3.11's tokenize module splits it.

A line-at-a-time scanner: indentation at the start of each logical line (INDENT/DEDENT),
NEWLINE at the end of a logical line and NL for line breaks inside brackets and on blank or
comment-only lines, strings (f-strings included) as single STRING tokens even across lines,
and ERRORTOKEN, one character at a time, for what is not a token.
"""

import collections
import re
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup

import token
from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo']

tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """type string start end line, with exact_type for operators."""
    __slots__ = ()

    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (annotated_type, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_POINT_FLOAT = r'(?:' + _DIGITS + r'\.(?:' + _DIGITS + r')?|\.' + _DIGITS + r')(?:' + _EXPONENT + r')?'
_FLOAT = r'(?:' + _POINT_FLOAT + r'|' + _DIGITS + _EXPONENT + r')'
_NUMBER = re.compile(
    r'(?:' + _FLOAT + r'|' + _DIGITS + r')[jJ]'
    r'|' + _FLOAT +
    r'|0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
    r'|(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
_NAME = re.compile(r'\w+')
_BLANK = ' \t\f'
_PREFIXES = {'', 'r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf'}
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)


def _string_end(line, at, quote):
    """Index just past the closing quote looked for from at, or -1; backslashes escape."""
    n = len(line)
    q = len(quote)
    while at < n:
        c = line[at]
        if c == '\\':
            at += 2
            continue
        if line.startswith(quote, at):
            return at + q
        if q == 1 and c == '\n':
            return -1
        at += 1
    return -1


def _ends_with_continuation(line):
    return line.endswith('\\\n') or line.endswith('\\\r\n')


def _tokenize(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    lnum = 0
    parenlev = 0
    continued = False
    indents = [0]
    pending = None  # an open string: [text so far, start, lines so far, closing quote]
    last_line = ''
    line = ''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, maxpos = 0, len(line)

        if pending is not None:
            text, start, lines, quote = pending
            if not line:
                raise TokenError('EOF in multi-line string', start)
            end = _string_end(line, 0, quote)
            if end >= 0:
                pos = end
                yield TokenInfo(STRING, text + line[:end], start, (lnum, end), lines + line)
                pending = None
            elif len(quote) == 1 and not _ends_with_continuation(line):
                yield TokenInfo(ERRORTOKEN, text + line, start, (lnum, len(line)), lines + line)
                pending = None
                continue
            else:
                pending = [text + line, start, lines + line, quote]
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < maxpos:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == maxpos:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < maxpos:
            start = pos
            while start < maxpos and line[start] in _BLANK:
                start += 1
            if start == maxpos:
                break
            c = line[start]
            kind = None
            end = start
            if c.isdigit() or (c == '.' and line[start + 1:start + 2].isdigit()):
                m = _NUMBER.match(line, start)
                kind, end = NUMBER, m.end()
            elif c.isidentifier() or c in '\'"':
                word_end = _NAME.match(line, start).end() if c not in '\'"' else start
                prefix = line[start:word_end]
                if word_end < maxpos and line[word_end] in '\'"' and prefix.lower() in _PREFIXES:
                    q = line[word_end]
                    quote = q * 3 if line.startswith(q * 3, word_end) else q
                    close = _string_end(line, word_end + len(quote), quote)
                    if close >= 0:
                        kind, end = STRING, close
                    elif len(quote) == 3 or _ends_with_continuation(line):
                        pending = [line[start:], (lnum, start), line, quote]
                        pos = maxpos
                        break
                if kind is None and word_end > start:
                    kind, end = NAME, word_end
            elif c == '#':
                comment = line[start:].rstrip('\r\n')
                kind, end = COMMENT, start + len(comment)
            elif c in '\r\n':
                kind, end = (NL if parenlev > 0 else NEWLINE), maxpos
            elif c == '\\' and line[start + 1:] in ('\n', '\r\n'):
                continued = True
                pos = maxpos
                break
            else:
                for op in _OPERATORS:
                    if line.startswith(op, start):
                        kind, end = OP, start + len(op)
                        if op in '([{':
                            parenlev += 1
                        elif op in ')]}':
                            parenlev -= 1
                        break
            if kind is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            yield TokenInfo(kind, line[start:end], (lnum, start), (lnum, end), line)
            pos = end

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """Tokens of str lines read by readline (no ENCODING token)."""
    return _tokenize(readline, None)


def tokenize(readline):
    """Tokens of bytes lines read by readline, the first one the ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    empty = iter(())

    def lines():
        for line in consumed:
            yield line
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line

    it = lines()

    def next_line():
        try:
            return next(it)
        except StopIteration:
            return b''
    return _tokenize(next_line, encoding)


_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK_LINE = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


def _normal_name(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-',
                                                                          'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The source encoding (from a BOM or a coding cookie in the first two lines; utf-8 by
    default) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = _COOKIE.match(text)
        if not m:
            return None
        encoding = _normal_name(m.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                msg = 'encoding problem: utf-8' if filename is None else \
                    'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    if not _BLANK_LINE.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """The file opened read-only as text in the encoding detect_encoding finds."""
    with _builtin_open(filename, 'rb') as buffer:
        encoding, _ = detect_encoding(buffer.readline)
    # a text file of its own (rather than a wrapper over the binary one): its mode is 'r'
    return _builtin_open(filename, 'r', encoding=encoding)


def untokenize(iterable):
    """Source from tokens: exactly the original for full TokenInfo tuples (spacing from the
    positions), an equivalent text for (type, string) pairs. Bytes if there was an ENCODING token."""
    out = []
    encoding = None
    indents = []
    row, col = 1, 0
    at_line_start = False
    it = iter(iterable)
    for tok in it:
        if len(tok) == 2:
            encoding = _untokenize_pairs(tok, it, out, encoding)
            break
        kind, text, start, end, line = tok
        if kind == ENCODING:
            encoding = text
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            row, col = end
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            if start[1] >= len(indents[-1]):
                out.append(indents[-1])
                col = len(indents[-1])
            at_line_start = False
        srow, scol = start
        if srow < row or srow == row and scol < col:
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(srow, scol, row, col))
        if srow > row:
            out.append('\\\n' * (srow - row))
            col = 0
        if scol > col:
            out.append(' ' * (scol - col))
        out.append(text)
        row, col = end
        if kind in (NEWLINE, NL):
            row += 1
            col = 0
    result = ''.join(out)
    if encoding is not None:
        result = result.encode(encoding)
    return result


def _untokenize_pairs(first, rest, out, encoding):
    """The (type, string) form: names and numbers followed by a space, indentation from INDENT."""
    indents = []
    at_line_start = False
    after_string = False
    import itertools
    for tok in itertools.chain([first], rest):
        kind, text = tok[:2]
        if kind == ENCODING:
            encoding = text
            continue
        if kind in (NAME, NUMBER):
            text += ' '
        if kind == STRING:
            if after_string:
                text = ' ' + text
            after_string = True
        else:
            after_string = False
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            out.append(indents[-1])
            at_line_start = False
        out.append(text)
    return encoding


def main(argv=None):
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args(argv)
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = list(generate_tokens(sys.stdin.readline))
        for t in tokens:
            kind = t.exact_type if args.exact else t.type
            where = '%d,%d-%d,%d:' % (t.start + t.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], t.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        print('%s:%d:%d: error: %s' % (filename, line, column, err.args[0]), file=sys.stderr)
        sys.exit(1)
    except TokenError as err:
        line, column = err.args[1]
        print('%s:%d:%d: error: %s' % (filename, line, column, err.args[0]), file=sys.stderr)
        sys.exit(1)
    except OSError as err:
        print('%s: error: %s' % (filename, err), file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    main()
