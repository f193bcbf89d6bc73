# One-character strings below U+0100 are CPython's cached objects: indexing, iterating, reversed()
# and chr() give them, and so do one-character literals other than name characters, which
# CPython 3.11 interns as objects of their own.
import operator
import sys

same = operator.is_
text = 'ab-\xe9 \xff\x00\u0100\U0001f600z'

print([same(a, b) for a, b in zip(text, text)])
print([same(text[i], c) for i, c in enumerate(text)])
print([same(text[i], text[i - len(text)]) for i in range(len(text))])
print([same(chr(ord(c)), c) for c in text])
print([same(c, d) for c, d in zip(reversed(text), text[::-1])])
print(same(text[2], '-'), same(text[3], '\xe9'), same(text[5], '\xff'), same(text[4], ' '))
print(same(text[0], 'a'), same(chr(95), '_'), same(chr(46), '.'), same(chr(256), '\u0100'))
print(same('-', chr(45)), same('a', 'a'), same('\u0100', chr(256)), same(sys.intern('a'), 'a'), same(sys.intern('q'), 'q'))

# reversed(str): by code point, surrogate pairs kept whole, with a length hint, then exhausted
r = reversed(text)
print(type(r).__name__, r.__length_hint__(), operator.length_hint(r))
print([ord(c) for c in r], r.__length_hint__(), next(r, 'end'))
print(list(reversed('')), list(reversed('x')), ''.join(reversed('\U0001f600a\U0001f601')))
r = reversed('abc')
print(next(r), r.__length_hint__(), list(r), list(r))
try:
    next(reversed(''))
except StopIteration as e:
    print('StopIteration', e.args)
for s in ['', 'q', 'ab\xe9', '\ud800', 'x\udc00y']:
    print(repr(s), [ord(c) for c in reversed(s)], ''.join(reversed(s)) == s[::-1])

# chr: the range, the errors
print([chr(i) for i in (0, 65, 127, 128, 255, 256, 0x10FFFF)] == ['\x00', 'A', '\x7f', '\x80', '\xff', '\u0100', '\U0010ffff'])
for bad in (-1, 0x110000, 2 ** 70, 'a', 1.5):
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(chr(True), repr(chr(False)))
