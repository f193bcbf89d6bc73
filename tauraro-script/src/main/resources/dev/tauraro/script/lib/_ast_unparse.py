"""ast.unparse: source text from an AST, formatted as CPython 3.11 formats it.

Parentheses are written only where precedence needs them; strings are written with repr()
except docstrings (triple quotes) and the pieces of f-strings, whose quotes are chosen so that
no backslash is needed inside the replacement fields.
"""

import ast as _ast

# precedence, lowest first
(_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR,
 _POWER, _AWAIT, _ATOM) = range(18)

_BIN = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
    'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'FloorDiv': ('//', _TERM), 'Pow': ('**', _POWER),
    'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR),
    'BitAnd': ('&', _BAND),
}
_UN = {'Invert': ('~', _FACTOR), 'Not': ('not ', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_CMP_TEXT = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
             'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_ALL_QUOTES = ("'", '"', '"""', "'''")
_INF = '1e' + repr(__import__('sys').float_info.max_10_exp + 1)


def _escape(text, whitespace):
    """Backslashes and unprintable characters escaped; newlines and tabs too when asked."""
    out = []
    for c in text:
        if c == '\\':
            out.append('\\\\')
        elif (c == '\n' or c == '\t') and not whitespace:
            out.append(c)
        elif not c.isprintable():
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    return ''.join(out)


def _quotes_for(escaped, candidates):
    """The quotes, best first, that can enclose the escaped text as it is."""
    if '\n' in escaped:
        candidates = [q for q in candidates if len(q) == 3]
    fits = [q for q in candidates if q not in escaped]
    if escaped:
        fits.sort(key=lambda q: q[0] == escaped[-1])
    return fits


def _quoted(value, candidates, whitespace=False):
    """The string literal for value, in the first of the quotes that needs no escaping, else repr."""
    escaped = _escape(value, whitespace)
    fits = _quotes_for(escaped, candidates)
    if not fits:
        return repr(value)
    quote = fits[0]
    if escaped and quote[0] == escaped[-1]:
        escaped = escaped[:-1] + '\\' + escaped[-1]
    return quote + escaped + quote


class _Unparser:
    def __init__(self, in_fstring=False):
        self.lines = []
        self.level = 0
        self.in_fstring = in_fstring

    # statements

    def fill(self, text):
        self.lines.append('    ' * self.level + text)

    def block(self, head, body):
        self.fill(head + ':')
        self.level += 1
        self.body(body)
        self.level -= 1

    def body(self, stmts, docstring=False):
        if docstring and stmts and self.is_docstring(stmts[0]):
            node = stmts[0].value
            prefix = 'u' if node.kind == 'u' else ''
            self.fill(prefix + _quoted(node.value, ('"""', "'''")))
            stmts = stmts[1:]
        for s in stmts:
            self.stmt(s)

    @staticmethod
    def is_docstring(node):
        return (isinstance(node, _ast.Expr) and isinstance(node.value, _ast.Constant)
                and isinstance(node.value.value, str))

    def stmt(self, node):
        getattr(self, 's_' + type(node).__name__)(node)

    def s_Module(self, node):
        self.body(node.body, True)

    def s_Interactive(self, node):
        self.body(node.body)

    def s_Expression(self, node):
        self.lines.append(self.expr(node.body, _TEST))

    def s_Expr(self, node):
        self.fill(self.expr(node.value, _YIELD))

    def s_Assign(self, node):
        targets = ''.join(self.expr(t, _TUPLE) + ' = ' for t in node.targets)
        self.fill(targets + self.expr(node.value, _TEST))

    def s_AugAssign(self, node):
        op = _BIN[type(node.op).__name__][0]
        self.fill('%s %s= %s' % (self.expr(node.target, _TEST), op, self.expr(node.value, _TEST)))

    def s_AnnAssign(self, node):
        target = self.expr(node.target, _TEST)
        if not node.simple and isinstance(node.target, _ast.Name):
            target = '(' + target + ')'
        text = target + ': ' + self.expr(node.annotation, _TEST)
        if node.value is not None:
            text += ' = ' + self.expr(node.value, _TEST)
        self.fill(text)

    def s_Return(self, node):
        self.fill('return' if node.value is None else 'return ' + self.expr(node.value, _TEST))

    def s_Pass(self, node):
        self.fill('pass')

    def s_Break(self, node):
        self.fill('break')

    def s_Continue(self, node):
        self.fill('continue')

    def s_Delete(self, node):
        self.fill('del ' + ', '.join(self.expr(t, _TEST) for t in node.targets))

    def s_Assert(self, node):
        text = 'assert ' + self.expr(node.test, _TEST)
        if node.msg is not None:
            text += ', ' + self.expr(node.msg, _TEST)
        self.fill(text)

    def s_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def s_Await(self, node):
        self.fill(self.expr(node, _TEST))

    def s_Raise(self, node):
        if node.exc is None:
            if node.cause is not None:
                raise ValueError("Node can't use cause without an exception.")
            self.fill('raise')
            return
        text = 'raise ' + self.expr(node.exc, _TEST)
        if node.cause is not None:
            text += ' from ' + self.expr(node.cause, _TEST)
        self.fill(text)

    def s_Import(self, node):
        self.fill('import ' + ', '.join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import '
                  + ', '.join(self.alias(a) for a in node.names))

    @staticmethod
    def alias(node):
        return node.name if node.asname is None else node.name + ' as ' + node.asname

    def blank_line(self):
        if self.lines:
            self.lines.append('')

    def decorated(self, node, head):
        self.blank_line()
        for d in node.decorator_list:
            self.fill('@' + self.expr(d, _TEST))
        self.fill(head + ':')
        self.level += 1
        self.body(node.body, True)
        self.level -= 1

    def s_FunctionDef(self, node, prefix='def '):
        head = prefix + node.name + '(' + self.arguments(node.args) + ')'
        if node.returns is not None:
            head += ' -> ' + self.expr(node.returns, _TEST)
        self.decorated(node, head)

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, 'async def ')

    def s_ClassDef(self, node):
        parts = [self.expr(b, _TEST) for b in node.bases] + [self.keyword(k) for k in node.keywords]
        head = 'class ' + node.name + ('(' + ', '.join(parts) + ')' if parts else '')
        self.decorated(node, head)

    def s_For(self, node, prefix='for '):
        self.block(prefix + self.expr(node.target, _TUPLE) + ' in ' + self.expr(node.iter, _TEST), node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def s_AsyncFor(self, node):
        self.s_For(node, 'async for ')

    def s_While(self, node):
        self.block('while ' + self.expr(node.test, _TEST), node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def s_If(self, node):
        self.block('if ' + self.expr(node.test, _TEST), node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], _ast.If):
            node = node.orelse[0]
            self.block('elif ' + self.expr(node.test, _TEST), node.body)
        if node.orelse:
            self.block('else', node.orelse)

    def s_With(self, node, prefix='with '):
        self.block(prefix + ', '.join(self.withitem(i) for i in node.items), node.body)

    def s_AsyncWith(self, node):
        self.s_With(node, 'async with ')

    def withitem(self, item):
        text = self.expr(item.context_expr, _TEST)
        if item.optional_vars is not None:
            text += ' as ' + self.expr(item.optional_vars, _TEST)
        return text

    def s_Try(self, node, star=''):
        self.block('try', node.body)
        for h in node.handlers:
            head = 'except' + star
            if h.type is not None:
                head += ' ' + self.expr(h.type, _TEST)
            if h.name:
                head += ' as ' + h.name
            self.block(head, h.body)
        if node.orelse:
            self.block('else', node.orelse)
        if node.finalbody:
            self.block('finally', node.finalbody)

    def s_TryStar(self, node):
        self.s_Try(node, '*')

    def s_Match(self, node):
        self.fill('match ' + self.expr(node.subject, _TUPLE) + ':')
        self.level += 1
        for case in node.cases:
            head = 'case ' + self.pattern(case.pattern)
            if case.guard is not None:
                head += ' if ' + self.expr(case.guard, _TEST)
            self.block(head, case.body)
        self.level -= 1

    # arguments

    def arg(self, node):
        if node.annotation is None:
            return node.arg
        return node.arg + ': ' + self.expr(node.annotation, _TEST)

    def arguments(self, node):
        parts = []
        positional = list(node.posonlyargs) + list(node.args)
        first_default = len(positional) - len(node.defaults)
        for i, a in enumerate(positional):
            text = self.arg(a)
            if i >= first_default:
                text += '=' + self.expr(node.defaults[i - first_default], _TEST)
            parts.append(text)
            if node.posonlyargs and i == len(node.posonlyargs) - 1:
                parts.append('/')
        if node.vararg is not None or node.kwonlyargs:
            parts.append('*' + (self.arg(node.vararg) if node.vararg is not None else ''))
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            parts.append(self.arg(a) + ('' if d is None else '=' + self.expr(d, _TEST)))
        if node.kwarg is not None:
            parts.append('**' + self.arg(node.kwarg))
        return ', '.join(parts)

    def keyword(self, node):
        if node.arg is None:
            return '**' + self.expr(node.value, _TEST)
        return node.arg + '=' + self.expr(node.value, _TEST)

    # expressions: expr(node, precedence) is the text, parenthesized if the node binds looser

    def expr(self, node, prec):
        text, own = getattr(self, 'e_' + type(node).__name__)(node)
        return '(' + text + ')' if own < prec else text

    def e_Name(self, node):
        return node.id, _ATOM

    def e_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            return '(' + ', '.join(self.constant(v) for v in value) + (',' if len(value) == 1 else '') + ')', _ATOM
        prefix = 'u' if node.kind == 'u' else ''
        return prefix + self.constant(value), _ATOM

    def constant(self, value):
        if value is ...:
            return '...'
        if isinstance(value, float):
            return repr(value).replace('inf', _INF)
        if isinstance(value, complex):
            return repr(value).replace('inf', _INF)
        if isinstance(value, str) and self.in_fstring:
            return _quoted(value, _ALL_QUOTES)
        return repr(value)

    def e_JoinedStr(self, node):
        pieces = []
        quotes = list(_ALL_QUOTES)
        for part in node.values:
            text, is_literal = self.fstring_piece(part)
            if is_literal:
                quotes = _quotes_for(text, quotes)
            else:
                quotes = [q for q in quotes if q not in text]
            pieces.append(text)
        body = ''.join(pieces)
        if not quotes:
            return 'f' + repr(body), _ATOM
        return 'f' + quotes[0] + body + quotes[0], _ATOM

    def fstring_piece(self, part):
        if isinstance(part, _ast.Constant):
            return _escape(part.value, True).replace('{', '{{').replace('}', '}}'), True
        if isinstance(part, _ast.JoinedStr):
            return ''.join(self.fstring_piece(p)[0] for p in part.values), False
        return self.formatted(part), False

    def formatted(self, node):
        inner = _Unparser(True).expr(node.value, _TEST + 1)
        if '\\' in inner:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        if inner.startswith('{'):
            inner = ' ' + inner
        text = '{' + inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec is not None:
            text += ':' + self.fstring_piece(node.format_spec)[0]
        return text + '}'

    def e_FormattedValue(self, node):
        body = self.formatted(node)
        quotes = [q for q in _ALL_QUOTES if q not in body]
        return 'f' + quotes[0] + body + quotes[0], _ATOM

    def e_BinOp(self, node):
        op, prec = _BIN[type(node.op).__name__]
        if prec == _POWER:
            left, right = prec + 1, prec
        else:
            left, right = prec, prec + 1
        return '%s %s %s' % (self.expr(node.left, left), op, self.expr(node.right, right)), prec

    def e_UnaryOp(self, node):
        op, prec = _UN[type(node.op).__name__]
        return op + self.expr(node.operand, prec), prec

    def e_BoolOp(self, node):
        word, prec = (' and ', _AND) if isinstance(node.op, _ast.And) else (' or ', _OR)
        # the first operand binds at the next level, the others one further: a or (b and c)
        return word.join(self.expr(v, prec + (1 if i == 0 else 2)) for i, v in enumerate(node.values)), prec

    def e_Compare(self, node):
        text = self.expr(node.left, _CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += ' ' + _CMP_TEXT[type(op).__name__] + ' ' + self.expr(right, _CMP + 1)
        return text, _CMP

    def e_NamedExpr(self, node):
        return self.expr(node.target, _ATOM) + ' := ' + self.expr(node.value, _ATOM), _NAMED

    def e_IfExp(self, node):
        return '%s if %s else %s' % (self.expr(node.body, _TEST + 1), self.expr(node.test, _TEST + 1),
                                     self.expr(node.orelse, _TEST)), _TEST

    def e_Lambda(self, node):
        args = self.arguments(node.args)
        return 'lambda' + (' ' + args if args else '') + ': ' + self.expr(node.body, _TEST), _TEST

    def e_Await(self, node):
        return 'await ' + self.expr(node.value, _ATOM), _AWAIT

    def e_Yield(self, node):
        if node.value is None:
            return 'yield', _YIELD
        return 'yield ' + self.expr(node.value, _TEST), _YIELD

    def e_YieldFrom(self, node):
        return 'yield from ' + self.expr(node.value, _TEST), _YIELD

    def e_Starred(self, node):
        return '*' + self.expr(node.value, _BOR), _ATOM

    def items(self, elts):
        return ', '.join(self.expr(e, _TEST) for e in elts)

    def e_Tuple(self, node):
        if not node.elts:
            return '()', _ATOM
        text = self.items(node.elts) + (',' if len(node.elts) == 1 else '')
        return text, _TUPLE

    def e_List(self, node):
        return '[' + self.items(node.elts) + ']', _ATOM

    def e_Set(self, node):
        if not node.elts:
            return '{*()}', _ATOM
        return '{' + self.items(node.elts) + '}', _ATOM

    def e_Dict(self, node):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append('**' + self.expr(v, _BOR))
            else:
                parts.append(self.expr(k, _TEST) + ': ' + self.expr(v, _TEST))
        return '{' + ', '.join(parts) + '}', _ATOM

    def generators(self, gens):
        text = ''
        for g in gens:
            text += ' async for ' if g.is_async else ' for '
            text += self.expr(g.target, _TUPLE) + ' in ' + self.expr(g.iter, _TEST + 1)
            for cond in g.ifs:
                text += ' if ' + self.expr(cond, _TEST + 1)
        return text

    def e_ListComp(self, node):
        return '[' + self.expr(node.elt, _TEST) + self.generators(node.generators) + ']', _ATOM

    def e_SetComp(self, node):
        return '{' + self.expr(node.elt, _TEST) + self.generators(node.generators) + '}', _ATOM

    def e_GeneratorExp(self, node):
        return '(' + self.expr(node.elt, _TEST) + self.generators(node.generators) + ')', _ATOM

    def e_DictComp(self, node):
        return ('{' + self.expr(node.key, _TEST) + ': ' + self.expr(node.value, _TEST)
                + self.generators(node.generators) + '}'), _ATOM

    def e_Call(self, node):
        args = [self.expr(a, _TEST) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return self.expr(node.func, _ATOM) + '(' + ', '.join(args) + ')', _ATOM

    def e_Attribute(self, node):
        value = self.expr(node.value, _ATOM)
        if isinstance(node.value, _ast.Constant) and isinstance(node.value.value, int):
            value += ' '
        return value + '.' + node.attr, _ATOM

    def e_Subscript(self, node):
        s = node.slice
        if isinstance(s, _ast.Tuple) and s.elts:
            index = ', '.join(self.expr(e, _TEST) for e in s.elts) + (',' if len(s.elts) == 1 else '')
        else:
            index = self.expr(s, _TUPLE)
        return self.expr(node.value, _ATOM) + '[' + index + ']', _ATOM

    def e_Slice(self, node):
        text = ''
        if node.lower is not None:
            text += self.expr(node.lower, _TEST)
        text += ':'
        if node.upper is not None:
            text += self.expr(node.upper, _TEST)
        if node.step is not None:
            text += ':' + self.expr(node.step, _TEST)
        return text, _ATOM

    # patterns

    def pattern(self, node):
        kind = type(node).__name__
        if kind == 'MatchValue':
            return self.expr(node.value, _TEST)
        if kind == 'MatchSingleton':
            return repr(node.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(self.pattern(p) for p in node.patterns) + ']'
        if kind == 'MatchStar':
            return '*' + (node.name if node.name is not None else '_')
        if kind == 'MatchMapping':
            parts = [self.expr(k, _TEST) + ': ' + self.pattern(p) for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                parts.append('**' + node.rest)
            return '{' + ', '.join(parts) + '}'
        if kind == 'MatchClass':
            parts = [self.pattern(p) for p in node.patterns]
            parts += [a + '=' + self.pattern(p) for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.expr(node.cls, _ATOM) + '(' + ', '.join(parts) + ')'
        if kind == 'MatchAs':
            if node.pattern is None:
                return node.name if node.name is not None else '_'
            return self.pattern(node.pattern) + ' as ' + node.name
        if kind == 'MatchOr':
            return ' | '.join(self.pattern(p) for p in node.patterns)
        raise ValueError('unknown pattern %r' % kind)


# the parts of a tree that are written alone, and the method writing each
_PARTS = [
    ('pattern', 'pattern'), ('arguments', 'arguments'), ('arg', 'arg'), ('keyword', 'keyword'),
    ('alias', 'alias'), ('withitem', 'withitem'),
]


def unparse(ast_obj):
    """Source text that parses back to an equivalent tree."""
    u = _Unparser()
    if isinstance(ast_obj, (_ast.mod, _ast.stmt)):
        u.stmt(ast_obj)
        return '\n'.join(u.lines)
    if isinstance(ast_obj, _ast.expr):
        return u.expr(ast_obj, _TEST)
    for cls, method in _PARTS:
        if isinstance(ast_obj, getattr(_ast, cls)):
            return getattr(u, method)(ast_obj)
    if isinstance(ast_obj, _ast.comprehension):
        return u.generators([ast_obj]).lstrip()
    if isinstance(ast_obj, _ast.excepthandler):
        u.s_Try(_ast.Try([], [ast_obj], [], []))
        return '\n'.join(u.lines[1:])
    if isinstance(ast_obj, _ast.match_case):
        u.level = -1
        u.s_Match(_ast.Match(_ast.Name('_'), [ast_obj]))
        return '\n'.join(u.lines[1:])
    raise ValueError('Unexpected node type: %s' % type(ast_obj).__name__)
