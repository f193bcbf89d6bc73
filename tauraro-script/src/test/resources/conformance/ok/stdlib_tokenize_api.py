# token's tables, TokenInfo, detect_encoding, tokenize.open, untokenize round trips
import io
import os
import tempfile
import token
import tokenize

print(token.NAME, token.OP, token.ERRORTOKEN, token.N_TOKENS, token.NT_OFFSET, token.ENCODING)
print(token.tok_name[token.COMMENT], token.tok_name[256], len(token.tok_name))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NAME), token.ISNONTERMINAL(300),
      token.ISEOF(token.ENDMARKER), token.ISEOF(token.NAME))
print(sorted(token.EXACT_TOKEN_TYPES.items()))
print(token.__all__[:6], 'tokenize' in tokenize.__all__, 'TokenInfo' in tokenize.__all__)
print(tokenize.NAME == token.NAME, tokenize.COMMENT, tokenize.NL)

t = tokenize.TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t)
print(t.type, t.string, t.start, t.end, repr(t.line), t.exact_type, tokenize.tok_name[t.exact_type])
print(t[0], t[1], len(t), tuple(t) == (54, '+=', (1, 2), (1, 4), 'x += 1\n'))
print(tokenize.TokenInfo(tokenize.NAME, 'x', (1, 0), (1, 1), '').exact_type)
print(t._replace(string='-=').exact_type, t._asdict()['start'])
print(isinstance(tokenize.TokenError('m'), Exception))

def enc(data):
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        return 'SyntaxError', str(e)

print(enc(b'x = 1\n'))
print(enc(b'# -*- coding: latin-1 -*-\nx = 1\n'))
print(enc(b'#!/usr/bin/python\n# vim: set fileencoding=utf_8 :\nx = 1\n'))
print(enc(b'\xef\xbb\xbfx = 1\n'))
print(enc(b'\xef\xbb\xbf# coding: utf-8\n'))
print(enc(b'x = 1\n# coding: latin-1\n'))
print(enc(b'# coding: no-such-codec\n'))
print(enc(b''))
print(enc(b'\n\n# coding: latin-1\n'))

latin = '# coding: latin-1\ns = "caf\xe9"\n'.encode('latin-1')
toks = list(tokenize.tokenize(io.BytesIO(latin).readline))
print(toks[0].string, [t.string for t in toks if t.type == tokenize.STRING])
print(tokenize.untokenize(toks) == latin)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mod.py')
    with open(path, 'wb') as f:
        f.write(latin)
    with tokenize.open(path) as f:
        print(f.encoding, repr(f.read()))

SOURCE = '''def f(x):  # comment
    """Doc."""
    return [i ** 2
            for i in range(x)]

if f(3):\\
    print('yes')
'''
toks = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
print(tokenize.untokenize(toks) == SOURCE)
pairs = tokenize.untokenize((t.type, t.string) for t in toks)
print(repr(pairs))
again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(pairs).readline)]
print(again == [(t.type, t.string) for t in toks if t.type not in (tokenize.NL, tokenize.COMMENT)]
      or len(again))
names = [t.string for t in toks if t.type == tokenize.NAME]
print(names)
lines = iter(['a = 1\n', 'b = 2\n'])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), ''), (tokenize.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
