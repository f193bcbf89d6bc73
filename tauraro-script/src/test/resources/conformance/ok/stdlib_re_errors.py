import re

bad = ['(', '(a', 'a)', '*', 'a**', '[a', '[z-a]', r'\q', '(?<x)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)',
       '(?P=zz)', r'(a)\2', r'(a\1)', '(?Q)', 'a(?i)b', '(?z)', 'a{3,2}', '\\', r'\x1', '(?P<>x)', '(?P',
       '(?P<a', '(?', 'a|*', '(*)', 'x{2}{3}', '(?#abc', '(?i', '(?i-i:a)', '[]', '[^]', r'[\d-z]', '(?P=)',
       '(?P=1)', r'\8', '(?<=a+)b', '(?<=a|bc)d', 'a\n)', r'\N{FOO}', r'\u12', '(?x)a #c\n )', '^*', r'\b+',
       'a{1,2}{3}', '(?P<1a>x)', r'[\8]', r'\777', '((a)', '())', '(?-:a)', '(?L)a', 'a++*', r'\U00110000']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for p in [b'\\u0041', b'(?u)a']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e)
for t in [r'\3', r'\g<x>', r'\g<', r'\g<1', r'\q', '\\', r'\g<-1>', r'\g<a b>', r'\gx', r'\g<2>', r'\x41']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for call in [lambda: re.compile('a', re.A | re.U), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L),
             lambda: re.compile(re.compile('a'), re.I)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: re.search('a', 1), lambda: re.search(1, 'a'), lambda: re.search('a', b'a'),
             lambda: re.search(b'a', 'a'), lambda: re.sub('a', b'x', 'a'), lambda: re.match('a', 'a').group(2),
             lambda: re.match('a', 'a').group('x'), lambda: re.match('a', 'a')[1], lambda: re.sub('a', lambda m: 1, 'a')]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.compile('(')
except re.error as e:
    print(type(e), repr(e))
