# ast.unparse over a corpus: CPython 3.11's text, and the round trip parse(unparse(t)) == t
import ast

CORPUS = [
    "x = 1\ny: int = 2\n(z): str\nx += 3\na.b: list = []\nx **= y, z\n",
    "a, *b = c = d\n[e, f] = g\ndel a, b[0], c.d\n(a, *b) = c\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\nif a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1\n",
    "while x > 0:\n    x -= 1\n    if x == 5:\n        break\n    continue\nelse:\n    pass\n",
    "for i, j in enumerate(range(10)):\n    print(i)\nelse:\n    print('done')\n",
    "try:\n    f()\nexcept (ValueError, TypeError) as e:\n    raise RuntimeError('x') from e\nexcept Exception:\n    raise\nelse:\n    pass\nfinally:\n    cleanup()\n",
    "try:\n    f()\nexcept* ValueError as eg:\n    pass\nexcept* TypeError:\n    pass\n",
    "with open(p) as f, lock:\n    data = f.read()\nwith (a, b):\n    pass\n",
    "@decorator\n@other.attr(1, key='v')\ndef func(a, b=2, *args, c, d=4, **kwargs) -> int:\n    '''Docstring.'''\n    global g\n    return a + b\n",
    "def outer():\n    x = 0\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
    "def pos(a, b=1, /, c=2, *, d): pass\ndef star(*, a): pass\n",
    "def ann(a: int, *args: str, k: float = 1.0, **kw: bytes) -> None: ...\n",
    "class C(Base, metaclass=Meta):\n    \"\"\"Doc.\"\"\"\n    attr = 1\n    def method(self):\n        return self.attr\nclass D: pass\n",
    "async def co():\n    await sleep(1)\n    async for x in aiter():\n        pass\n    async with lock as l:\n        pass\n    return [y async for y in agen()]\n",
    "import os, sys as system\nfrom collections import OrderedDict, deque as dq\nfrom . import sibling\nfrom ..pkg.mod import *\n",
    "assert x, 'message'\nassert y\nraise\n",
    "lambda: 0\nlambda x, y=1, *a, k, **kw: x + y\nf = lambda *a, **k: (a, k)\n",
    "x = a if b else c\ny = not a or b and c\nz = a < b <= c != d is e is not f in g not in h\n",
    "v = -a + +b * ~c ** d // e % f @ g / h - i << j >> k & l | m ^ n\nw = (a + b) * (c - d) ** -e\n",
    "a or b and c\n(a or b) and c\na and not b\nnot (a and b)\n(a < b) == c\na - (b - c)\n(a ** b) ** c\n-(x ** 2) ** -y\n",
    "s = 'str'\nb = b'bytes'\nu = u'unicode'\nc = 'implicit' 'concat'\nn = None, True, False, ...\nnum = 1, 1.5, 2j, 0x1f, 1_000, 1e400\n",
    "q = '\"'\nr = \"'\"\nt = '\\'\"'\nnl = 'a\\nb'\nbs = 'a\\\\b'\n",
    "f = f'plain {name!r:>{width}} and {value:.2f} {x=}'\ng = f'{a}{b}' 'tail'\nh = f\"{d['k']}\"\ni = f'{ {1: 2} }'\nj = f'{a if b else c}'\n",
    "l = [1, 2, *rest]\nt = (1,)\ne = ()\ns = {1, 2}\nd = {'a': 1, **other}\nes = {*()}\n",
    "lc = [x * 2 for x in data if x if x > 1]\nsc = {x for x in data}\ndc = {k: v for k, v in items}\ngen = (x for x in data for y in x)\nf(x for x in y)\n",
    "x = obj.attr.method(arg, *args, key=value, **kwargs)\ny = seq[1:2]\nz = seq[::2]\nw = seq[1:2, 3]\nq = m[i][j]\nr = (1).real\nt = m[a, b]\nu = m[()]\n",
    "if (n := len(a)) > 10:\n    print(n)\nprint((y := 2))\n",
    "def g():\n    x = yield\n    y = yield 1\n    z = yield from other()\n    yield a, b\n",
    "match command:\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0):\n        pass\n    case {'key': value, **rest}:\n        pass\n    case 1 | 2 | 3:\n        pass\n    case [1, *others]:\n        pass\n    case str() as s if len(s) > 1:\n        pass\n    case None:\n        pass\n    case -1:\n        pass\n    case Color.RED:\n        pass\n    case _:\n        pass\n",
    "x = 'é' + f'ü{y}'\nz = 'naïve'.upper()\n",
    "print(\n    a,\n    b,\n)\nresult = (first\n          + second)\n",
]


def same(a, b):
    return ast.dump(a) == ast.dump(b)


for source in CORPUS:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print('round trip:', same(tree, ast.parse(text)))
    print('---')

print(ast.unparse(ast.parse("a + b", mode='eval')))
print(ast.unparse(ast.BinOp(ast.Name('x'), ast.Mult(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
print(ast.unparse(ast.parse("x").body[0].value))
print(ast.unparse(ast.arguments(posonlyargs=[], args=[ast.arg('a')], kwonlyargs=[], kw_defaults=[], defaults=[])))
