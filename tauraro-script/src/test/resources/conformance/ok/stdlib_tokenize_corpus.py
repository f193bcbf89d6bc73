# tokenize and generate_tokens over a corpus, with the tricky cases: continuation lines,
# triple-quoted strings, f-strings, comments, blank lines, dedents, error tokens, CRLF
import io
import token
import tokenize

CORPUS = [
    "x = 1\n",
    "def f(a, b=2):\n    '''doc\n    string'''\n    return a + b  # sum\n\n\nprint(f(1))\n",
    "if x:\n    if y:\n        pass\n    # comment at 4\n# comment at 0\n  \n    z = 1\nw = 2\n",
    "total = (1 +\n         2)\nitems = [\n    'a',  # first\n    'b',\n]\n",
    "s = 'one' \\\n    'two'\nlong = 1 + \\\n    2\n",
    "f'{x!r:>{w}}' + rb'raw\\d' + Rb\"x\" + u'u' + F\"{y}\" + fr'{z}\\n'\n",
    "a = 0xFF + 0o17 + 0b101 + 1_000 + 3.14 + 1e-3 + 2j + .5 + 5. + 1E+10J\n",
    "x **= 2; y //= 3; z @= m; w->v; a := b; c != d; e <= f >= g; h << i >> j; k ... l\n",
    "no_newline_at_end = 1",
    "class C:\n    def m(self):\n        return 1",
    "\n\n# only comments\n\n",
    "",
    "x = 1\r\ny = 2\r\n",
    "async def f():\n    await x\n    async with a as b: pass\n",
    "match p:\n    case [1, *rest]:\n        pass\n",
    "x = $ ? !\n",
    "s = 'unterminated\nt = 1\n",
    "é = 'ü' + naïve\n",
    "\tif x:\n\t\tpass\n",
    "x = 1 if y else 2\n\n\n",
    "def f():\n    pass\n\n\n\n",
    "a = '''\nmulti\n''' + \"\"\"x\"\"\"\n",
    "lambda x: (yield)\n",
    "x = [\n\n    1,\n\n]\n",
    "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx = 1\n",
    "    \n",
    "x\\\n",
    "print(\"a\\\"b\", 'c\\'d')\n",
]


def show(tokens):
    for t in tokens:
        print(token.tok_name[t.type], token.tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))


for source in CORPUS:
    print('=====', repr(source))
    try:
        show(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)
    try:
        toks = list(tokenize.tokenize(io.BytesIO(source.encode('utf-8')).readline))
        print(toks[0])
        print(tokenize.untokenize(toks) == source.encode('utf-8'))
        print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)

for bad in ["'''never closed\n", "x = (1,\n", "if x:\n        a\n    b\n", "s = f'''\n{x}\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.args)
