# ast.parse of every statement and expression kind, dumped with positions (CPython 3.11's text)
import ast

CORPUS = [
    "x = 1\ny: int = 2\n(z): str\nx += 3\na.b: list = []\n",
    "a, *b = c = d\n[e, f] = g\ndel a, b[0], c.d\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
    "while x > 0:\n    x -= 1\n    if x == 5:\n        break\n    continue\nelse:\n    pass\n",
    "for i, j in enumerate(range(10)):\n    print(i)\nelse:\n    print('done')\n",
    "try:\n    f()\nexcept (ValueError, TypeError) as e:\n    raise RuntimeError('x') from e\nexcept Exception:\n    raise\nelse:\n    pass\nfinally:\n    cleanup()\n",
    "try:\n    f()\nexcept* ValueError as eg:\n    pass\nexcept* TypeError:\n    pass\n",
    "with open(p) as f, lock:\n    data = f.read()\n",
    "@decorator\n@other.attr(1, key='v')\ndef func(a, b=2, *args, c, d=4, **kwargs) -> int:\n    '''Docstring.'''\n    global g\n    return a + b\n",
    "def outer():\n    x = 0\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
    "def pos(a, b, /, c, *, d): pass\n",
    "def ann(a: int, *args: str, k: float = 1.0, **kw: bytes) -> None: ...\n",
    "class C(Base, metaclass=Meta):\n    \"\"\"Doc.\"\"\"\n    attr = 1\n    def method(self):\n        return self.attr\n",
    "async def co():\n    await sleep(1)\n    async for x in aiter():\n        pass\n    async with lock as l:\n        pass\n    return [y async for y in agen()]\n",
    "import os, sys as system\nfrom collections import OrderedDict, deque as dq\nfrom . import sibling\nfrom ..pkg.mod import *\n",
    "assert x, 'message'\nassert y\n",
    "lambda: 0\nlambda x, y=1, *a, k, **kw: x + y\n",
    "x = a if b else c\ny = not a or b and c\nz = a < b <= c != d is e is not f in g not in h\n",
    "v = -a + +b * ~c ** d // e % f @ g / h - i << j >> k & l | m ^ n\n",
    "s = 'str'\nb = b'bytes'\nu = u'unicode'\nc = 'implicit' 'concat'\nn = None, True, False, ...\nnum = 1, 1.5, 2j, 0x1f, 1_000\n",
    "f = f'plain {name!r:>{width}} and {value:.2f} {x=}'\ng = f'{a}{b}' 'tail'\n",
    "l = [1, 2, *rest]\nt = (1,)\ne = ()\ns = {1, 2}\nd = {'a': 1, **other}\n",
    "lc = [x * 2 for x in data if x if x > 1]\nsc = {x for x in data}\ndc = {k: v for k, v in items}\ngen = (x for x in data for y in x)\n",
    "x = obj.attr.method(arg, *args, key=value, **kwargs)\ny = seq[1:2]\nz = seq[::2]\nw = seq[1:2, 3]\nq = m[i][j]\n",
    "if (n := len(a)) > 10:\n    print(n)\n",
    "def g():\n    x = yield\n    y = yield 1\n    z = yield from other()\n",
    "match command:\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0):\n        pass\n    case {'key': value, **rest}:\n        pass\n    case 1 | 2 | 3:\n        pass\n    case [1, *others]:\n        pass\n    case str() as s if len(s) > 1:\n        pass\n    case None:\n        pass\n    case -1:\n        pass\n    case Color.RED:\n        pass\n    case _:\n        pass\n",
    "x = 'é' + f'ü{y}'\nz = 'naïve'.upper()\n",
    "print(\n    a,\n    b,\n)\nresult = (first\n          + second)\n",
    "f'{x:}'\ndef f(a,  # b here\n      b): pass\nx = f(a)(b=1)\nwith a as (b, c): pass\n",
    "x = 'a' \\\n  'b'\na = b'x' b'y'\nprint(f'{a!r}' f'{b}')\ndel (a), b\nx = not (a)\n",
    "g(*(a + b), **(c), k=(d))\nh(x for x in y)\nh((x for x in y))\nempty = iter(())\nt = ((a), b)\n",
    "s = '\U0001d504' + x\ny = 1\n",
]

for source in CORPUS:
    print(ast.dump(ast.parse(source), include_attributes=True))
    print(ast.dump(ast.parse(source), annotate_fields=False))
print(ast.dump(ast.parse(CORPUS[8]), indent=2))
print(ast.dump(ast.parse(CORPUS[3]), indent='..'))
print(ast.dump(ast.parse("x + 1", mode='eval'), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode='single')))
for src, mode in (("  1 +\t2", 'eval'), ("x = (1", 'exec')):
    try:
        ast.parse(src, mode=mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
