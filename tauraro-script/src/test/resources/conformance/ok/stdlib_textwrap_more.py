import textwrap as T
texts = ['', ' ', 'a', 'hello world', 'The quick brown fox jumps over the lazy dog', '  leading and trailing  ', 'tab\there\tand\tthere', 'line1\nline2\n\nline4',
         'supercalifragilisticexpialidocious is long', 'a-b-c-d-e-f-g-h-i-j well-known self-contained', 'Hello.  World!  Two spaces? Yes. ok', 'x ' * 30, 'word\u00a0nbsp here', 'end.\n']
for t in texts:
    for w in [1, 5, 10, 20]:
        try: print(w, repr(t), T.wrap(t, w))
        except Exception as e: print(w, repr(t), type(e).__name__, e)
t = 'The quick brown fox jumps over the lazy dog and keeps running far away'
for kw in [dict(width=15, initial_indent='> ', subsequent_indent='  '), dict(width=15, break_long_words=False), dict(width=6, break_on_hyphens=False), dict(width=12, max_lines=2),
           dict(width=12, max_lines=2, placeholder='...'), dict(width=20, expand_tabs=False), dict(width=10, tabsize=4), dict(width=12, fix_sentence_endings=True), dict(width=12, drop_whitespace=False),
           dict(width=12, replace_whitespace=False), dict(width=3, max_lines=1), dict(width=5, max_lines=1, placeholder=' [...]'), dict(width=0), dict(width=-1)]:
    try: print(kw, T.wrap(t, **kw))
    except Exception as e: print(kw, type(e).__name__, e)
    try: print(kw, repr(T.fill('a\tb  c.  d e', **kw)))
    except Exception as e: print(kw, type(e).__name__, e)
for w in [5, 10, 15, 20, 100]:
    for ph in [' [...]', '...', '']:
        try: print(w, repr(ph), repr(T.shorten('Hello  world!  This is   a test of shorten', w, placeholder=ph)))
        except Exception as e: print(w, repr(ph), type(e).__name__, e)
print(repr(T.shorten('   ', 10)), repr(T.shorten('abcdefghijkl mn', 5)))
try: T.shorten('a b', 3)
except Exception as e: print(type(e).__name__, e)
for d in ['  a\n  b', '  a\n    b\n', '\ta\n\tb', '  a\n\tb', '  a\n\n  b', '   \n  a\n  b', '  a\n b', '', '\n\n', '  x  \n  y']:
    print(repr(d), repr(T.dedent(d)))
print(repr(T.indent('a\nb\n\nc', '> ')), repr(T.indent('a\nb\n\n', '+', lambda l: True)), repr(T.indent('a\r\nb', '-')), repr(T.indent('', 'x')))
w = T.TextWrapper(width=10, initial_indent='*')
print(w.wrap('one two three four'), w.fill('alpha beta'), w.width, w.placeholder, w.max_lines)
try: T.TextWrapper(width=5, initial_indent='123456', max_lines=1).wrap('abc def')
except Exception as e: print(type(e).__name__, e)
try: T.TextWrapper(width=4, placeholder='12345', max_lines=2).wrap('abc def ghi')
except Exception as e: print(type(e).__name__, e)
