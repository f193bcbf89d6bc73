"""ast: Python 3.11's abstract syntax trees for tauraro-script.

The parser's own tree comes from the Java module _syntaxtree as nested tuples (see
SyntaxTreeModule.java); this module turns it into CPython's node classes, with CPython's
positions (columns are UTF-8 byte offsets). Positions the parser does not record (parameters,
keyword arguments, import aliases) are found by scanning the source between known spans.
"""

import sys
import re as _re
from bisect import bisect_right as _bisect_right
from _syntaxtree import parse as _raw_parse

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_LOC = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument '%s'" % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# The node classes: "Class(base): fields" where a field ending in ? is optional (None by default)
# and one ending in * is a list. A base with attributes gives its subclasses positions.
_SPEC = """
mod(AST):
Module(mod): body*, type_ignores*
Interactive(mod): body*
Expression(mod): body
FunctionType(mod): argtypes*, returns
stmt(AST):
FunctionDef(stmt): name, args, body*, decorator_list*, returns?, type_comment?
AsyncFunctionDef(stmt): name, args, body*, decorator_list*, returns?, type_comment?
ClassDef(stmt): name, bases*, keywords*, body*, decorator_list*
Return(stmt): value?
Delete(stmt): targets*
Assign(stmt): targets*, value, type_comment?
AugAssign(stmt): target, op, value
AnnAssign(stmt): target, annotation, value?, simple
For(stmt): target, iter, body*, orelse*, type_comment?
AsyncFor(stmt): target, iter, body*, orelse*, type_comment?
While(stmt): test, body*, orelse*
If(stmt): test, body*, orelse*
With(stmt): items*, body*, type_comment?
AsyncWith(stmt): items*, body*, type_comment?
Match(stmt): subject, cases*
Raise(stmt): exc?, cause?
Try(stmt): body*, handlers*, orelse*, finalbody*
TryStar(stmt): body*, handlers*, orelse*, finalbody*
Assert(stmt): test, msg?
Import(stmt): names*
ImportFrom(stmt): module?, names*, level?
Global(stmt): names*
Nonlocal(stmt): names*
Expr(stmt): value
Pass(stmt):
Break(stmt):
Continue(stmt):
expr(AST):
BoolOp(expr): op, values*
NamedExpr(expr): target, value
BinOp(expr): left, op, right
UnaryOp(expr): op, operand
Lambda(expr): args, body
IfExp(expr): test, body, orelse
Dict(expr): keys*, values*
Set(expr): elts*
ListComp(expr): elt, generators*
SetComp(expr): elt, generators*
DictComp(expr): key, value, generators*
GeneratorExp(expr): elt, generators*
Await(expr): value
Yield(expr): value?
YieldFrom(expr): value
Compare(expr): left, ops*, comparators*
Call(expr): func, args*, keywords*
FormattedValue(expr): value, conversion, format_spec?
JoinedStr(expr): values*
Constant(expr): value, kind?
Attribute(expr): value, attr, ctx
Subscript(expr): value, slice, ctx
Starred(expr): value, ctx
Name(expr): id, ctx
List(expr): elts*, ctx
Tuple(expr): elts*, ctx
Slice(expr): lower?, upper?, step?
expr_context(AST):
Load(expr_context):
Store(expr_context):
Del(expr_context):
AugLoad(expr_context):
AugStore(expr_context):
Param(expr_context):
boolop(AST):
And(boolop):
Or(boolop):
operator(AST):
Add(operator):
Sub(operator):
Mult(operator):
MatMult(operator):
Div(operator):
Mod(operator):
Pow(operator):
LShift(operator):
RShift(operator):
BitOr(operator):
BitXor(operator):
BitAnd(operator):
FloorDiv(operator):
unaryop(AST):
Invert(unaryop):
Not(unaryop):
UAdd(unaryop):
USub(unaryop):
cmpop(AST):
Eq(cmpop):
NotEq(cmpop):
Lt(cmpop):
LtE(cmpop):
Gt(cmpop):
GtE(cmpop):
Is(cmpop):
IsNot(cmpop):
In(cmpop):
NotIn(cmpop):
comprehension(AST): target, iter, ifs*, is_async
excepthandler(AST):
ExceptHandler(excepthandler): type?, name?, body*
arguments(AST): posonlyargs*, args*, vararg?, kwonlyargs*, kw_defaults*, kwarg?, defaults*
arg(AST): arg, annotation?, type_comment?
keyword(AST): arg?, value
alias(AST): name, asname?
withitem(AST): context_expr, optional_vars?
match_case(AST): pattern, guard?, body*
pattern(AST):
MatchValue(pattern): value
MatchSingleton(pattern): value
MatchSequence(pattern): patterns*
MatchMapping(pattern): keys*, patterns*, rest?
MatchClass(pattern): cls, patterns*, kwd_attrs*, kwd_patterns*
MatchStar(pattern): name?
MatchAs(pattern): pattern?, name?
MatchOr(pattern): patterns*
type_ignore(AST):
TypeIgnore(type_ignore): lineno, tag
slice(AST):
Suite(mod):
"""

_WITH_POSITIONS = {'stmt', 'expr', 'excepthandler', 'arg', 'keyword', 'alias', 'pattern'}


def _make_classes():
    made = {'AST': AST}
    for line in _SPEC.strip().split('\n'):
        head, _, tail = line.partition(':')
        name, _, base = head.partition('(')
        base = made[base[:-1]]
        fields = [f.strip() for f in tail.split(',') if f.strip()]
        ns = {'_fields': tuple(f.rstrip('?*') for f in fields), '__module__': 'ast'}
        ns['__match_args__'] = ns['_fields']
        if name in _WITH_POSITIONS:
            ns['_attributes'] = _LOC
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        for f in fields:
            if f.endswith('?'):
                ns[f[:-1]] = None
        ns['__doc__'] = '%s(%s)' % (name, ', '.join(
            (f.rstrip('?*') if not f.endswith('*') else f[:-1] + '*') for f in fields)) if fields else name
        made[name] = type(name, (base,), ns)
    return made


globals().update(_make_classes())
del _make_classes

# Constant's deprecated readers
Constant.n = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))
Constant.s = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))


class _ConstantAlias(type):
    """Num, Str, Bytes, NameConstant and Ellipsis: make Constants and recognise them by value type."""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _ALIAS_TYPES.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        value = inst.value
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, kinds)


def _alias_new(cls, *args, **kwargs):
    if cls in _ALIAS_TYPES:
        fields = cls._fields
        for name, value in zip(fields, args):
            kwargs[name] = value
        if cls is Ellipsis:
            kwargs['value'] = ...
        if 'n' in kwargs:
            kwargs['value'] = kwargs.pop('n')
        if 's' in kwargs:
            kwargs['value'] = kwargs.pop('s')
        return Constant(**kwargs)
    return Constant.__new__(cls)


Num = _ConstantAlias('Num', (Constant,), {'_fields': ('n',), '__new__': _alias_new, '__module__': 'ast'})
Str = _ConstantAlias('Str', (Constant,), {'_fields': ('s',), '__new__': _alias_new, '__module__': 'ast'})
Bytes = _ConstantAlias('Bytes', (Constant,), {'_fields': ('s',), '__new__': _alias_new, '__module__': 'ast'})
NameConstant = _ConstantAlias('NameConstant', (Constant,), {'_fields': ('value', 'kind'), '__new__': _alias_new,
                                                            '__module__': 'ast'})
Ellipsis = _ConstantAlias('Ellipsis', (Constant,), {'_fields': (), '__new__': _alias_new, '__module__': 'ast'})
_ALIAS_TYPES = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,), NameConstant: (type(None), bool),
                Ellipsis: (type(...),)}


class Index(slice):
    """Deprecated: Index(value) is the value itself."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated: ExtSlice(dims) is Tuple(dims, Load())."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


# ---------------------------------------------------------------- from the parser's tree

_BINOPS = {'+': Add, '-': Sub, '*': Mult, '@': MatMult, '/': Div, '%': Mod, '**': Pow, '<<': LShift,
           '>>': RShift, '|': BitOr, '^': BitXor, '&': BitAnd, '//': FloorDiv}
_UNARY = {'~': Invert, 'not': Not, '+': UAdd, '-': USub}
_CMPOPS = {'==': Eq, '!=': NotEq, '<': Lt, '<=': LtE, '>': Gt, '>=': GtE, 'is': Is, 'is not': IsNot,
           'in': In, 'not in': NotIn}
_IDENT = _re.compile(r'[^\W\d]\w*')


class _Builder:
    """Turns the parser's tuples into nodes, with CPython's positions."""

    def __init__(self, text):
        self.text = text
        self.s = {}
        self.e = {}
        self.ascii = text.isascii()
        starts = [0]
        at = text.find('\n')
        while at >= 0:
            starts.append(at + 1)
            at = text.find('\n', at + 1)
        self.starts = starts

    def place(self, node, start, end):
        starts = self.starts
        line = _bisect_right(starts, start)
        end_line = _bisect_right(starts, end)
        if self.ascii:
            col = start - starts[line - 1]
            end_col = end - starts[end_line - 1]
        else:
            text = self.text
            col = len(text[starts[line - 1]:start].encode('utf-8'))
            end_col = len(text[starts[end_line - 1]:end].encode('utf-8'))
        d = node.__dict__
        d['lineno'] = line
        d['col_offset'] = col
        d['end_lineno'] = end_line
        d['end_col_offset'] = end_col
        # the character offsets, for the positions computed from them, kept aside (not attributes)
        self.s[node] = start
        self.e[node] = end
        return node

    def at(self, node, span):
        return self.place(node, span[0], span[1])

    def from_first(self, node, first):
        """A node that starts with a bracketed operand starts at the bracket, as CPython's."""
        text = self.text
        start, end = self.s[first], self.e[first]
        while True:
            i = start - 1
            while i >= 0 and text[i] in ' \t\r\n\\':
                i -= 1
            if i < 0 or text[i] != '(':
                break
            j = end
            while j < self.e[node] and text[j] in ' \t\r\n\\':
                j += 1
            if j >= self.e[node] or text[j] != ')':
                break
            start, end = i, j + 1
        if start != self.s[node]:
            self.place(node, start, self.e[node])
        return node

    # statements

    def body(self, stmts):
        return [self.stmt(s) for s in stmts]

    def stmt(self, t):
        kind = t[0]
        method = getattr(self, 's_' + kind[5:])
        return method(*t[1:])

    def block_end(self, node, *lists):
        """A compound statement ends where its last inner statement ends."""
        for lst in reversed(lists):
            if lst:
                last = lst[-1]
                self.place(node, self.s[node], self.e[last])
                return node
        return node

    def s_ExprStmt(self, value, span):
        return self.at(Expr(self.expr(value)), span)

    def s_Assign(self, targets, value, span):
        return self.at(Assign([self.expr(x, Store) for x in targets], self.expr(value)), span)

    def s_AugAssign(self, target, op, value, span):
        return self.at(AugAssign(self.expr(target, Store), _BINOPS[op[:-1] if op.endswith('=') else op](), self.expr(value)), span)

    def s_AnnAssign(self, target, annotation, value, span):
        simple = 1 if target[0] == 'Expr$Name' and self.text[span[0]] != '(' else 0
        return self.at(AnnAssign(self.expr(target, Store), self.expr(annotation), self.opt(value), simple), span)

    def s_Pass(self, span):
        return self.at(Pass(), span)

    def s_Break(self, span):
        return self.at(Break(), span)

    def s_Continue(self, span):
        return self.at(Continue(), span)

    def s_Return(self, value, span):
        return self.at(Return(self.opt(value)), span)

    def s_Raise(self, exc, cause, span):
        return self.at(Raise(self.opt(exc), self.opt(cause)), span)

    def s_Global(self, names, span):
        return self.at(Global(list(names)), span)

    def s_Nonlocal(self, names, span):
        return self.at(Nonlocal(list(names)), span)

    def s_Del(self, targets, span):
        return self.at(Delete([self.expr(x, Del) for x in targets]), span)

    def s_Assert(self, test, msg, span):
        return self.at(Assert(self.expr(test), self.opt(msg)), span)

    def s_If(self, test, body, orelse, span):
        node = self.at(If(self.expr(test), self.body(body), self.body(orelse)), span)
        return self.block_end(node, node.body, node.orelse)

    def s_While(self, test, body, orelse, span):
        node = self.at(While(self.expr(test), self.body(body), self.body(orelse)), span)
        return self.block_end(node, node.body, node.orelse)

    def s_For(self, target, iter, body, orelse, is_async, span):
        cls = AsyncFor if is_async else For
        node = self.at(cls(self.expr(target, Store), self.expr(iter), self.body(body), self.body(orelse)), span)
        return self.block_end(node, node.body, node.orelse)

    def s_Try(self, body, handlers, orelse, finalbody, span):
        star = any(h[5] for h in handlers)
        hs = []
        for h in handlers:
            node = self.at(ExceptHandler(self.opt(h[1]), h[2], self.body(h[3])), h[4])
            hs.append(self.block_end(node, node.body))
        node = self.at((TryStar if star else Try)(self.body(body), hs, self.body(orelse), self.body(finalbody)),
                       span)
        return self.block_end(node, node.body, node.handlers, node.orelse, node.finalbody)

    def s_With(self, items, body, is_async, span):
        cls = AsyncWith if is_async else With
        items = [withitem(self.expr(i[1]), self.opt(i[2], Store)) for i in items]
        node = self.at(cls(items, self.body(body)), span)
        return self.block_end(node, node.body)

    def s_FunctionDef(self, name, params, body, decorators, is_async, span):
        m = _re.compile(r'def\s+' + name + r'\s*\(').search(self.text, span[0])
        args, returns = self.arguments(params, m.end() if m else span[0])
        cls = AsyncFunctionDef if is_async else FunctionDef
        node = self.at(cls(name, args, self.body(body), [self.expr(d) for d in decorators], returns), span)
        return self.block_end(node, node.body)

    def s_ClassDef(self, name, bases, body, decorators, span):
        args, keywords = self.call_args(bases)
        node = self.at(ClassDef(name, args, keywords, self.body(body), [self.expr(d) for d in decorators]), span)
        return self.block_end(node, node.body)

    def s_Match(self, subject, cases, span):
        out = []
        for c in cases:
            out.append(match_case(self.pattern(c[1]), self.opt(c[2]), self.body(c[3])))
        node = self.at(Match(self.expr(subject), out), span)
        if out and out[-1].body:
            self.place(node, self.s[node], self.e[out[-1].body[-1]])
        return node

    def aliases(self, names, pos):
        out = []
        for a in names:
            name, asname = a[1], a[2]
            first = name.split('.')[0]
            if first == '*':
                start = self.text.index('*', pos)
                end = start + 1
            else:
                start = _re.compile(r'\b' + first + r'\b').search(self.text, pos).start()
                end = start + len(name)
                if asname is not None:
                    end = _re.compile(r'\b' + asname + r'\b').search(self.text, end).end()
            out.append(self.place(alias(name, asname), start, end))
            pos = end
        return out

    def s_Import(self, names, span):
        return self.at(Import(self.aliases(names, span[0] + 6)), span)

    def s_ImportFrom(self, module, level, names, span):
        pos = _re.compile(r'\bimport\b').search(self.text, span[0] + 4 + level).end()
        return self.at(ImportFrom(module or None, self.aliases(names, pos), level), span)

    # parameters and arguments

    def find_name(self, name, pos):
        """The next occurrence of the name as a word from pos, comments skipped."""
        text = self.text
        pattern = _re.compile(r'\b' + name + r'\b')
        while True:
            m = pattern.search(text, pos)
            hash_at = text.find('#', pos, m.start())
            if hash_at < 0:
                return m.start()
            pos = text.find('\n', hash_at)

    def one_arg(self, name, pos, annotations):
        start = self.find_name(name, pos)
        ann = annotations.get(name)
        ann = self.expr(ann) if ann is not None else None
        node = self.place(arg(name, ann), start, self.e[ann] if ann is not None else start + len(name))
        return node

    def arguments(self, p, pos, lambda_=False):
        positional, defaults, varargs, kwonly, kwdefaults, kwargs, n_posonly, ann_pairs = p[1:]
        annotations = {k: v for k, v in ann_pairs}
        returns = annotations.pop('return', None)
        args = []
        first_default = len(positional) - len(defaults)
        defs = []
        for i, name in enumerate(positional):
            a = self.one_arg(name, pos, annotations)
            args.append(a)
            pos = self.e[a]
            if i >= first_default:
                d = self.expr(defaults[i - first_default])
                defs.append(d)
                pos = self.e[d]
        vararg = None
        if varargs is not None:
            vararg = self.one_arg(varargs, pos, annotations)
            pos = self.e[vararg]
        kws = []
        kwd = []
        for name, default in zip(kwonly, kwdefaults):
            a = self.one_arg(name, pos, annotations)
            kws.append(a)
            pos = self.e[a]
            if default is None:
                kwd.append(None)
            else:
                d = self.expr(default)
                kwd.append(d)
                pos = self.e[d]
        kwarg = None
        if kwargs is not None:
            kwarg = self.one_arg(kwargs, pos, annotations)
        node = arguments(args[:n_posonly], args[n_posonly:], vararg, kws, kwd, kwarg, defs)
        return node, (self.expr(returns) if returns is not None else None)

    def call_args(self, items):
        args = []
        keywords = []
        text = self.text
        for a in items:
            name, value, star, dstar = a[1:]
            v = self.expr(value)
            if name is None and not dstar:
                if star:
                    start = text.rindex('*', 0, self.s[v])
                    v = self.place(Starred(v, Load()), start, self.closed(start, v))
                args.append(v)
            else:
                if dstar:
                    start = text.rindex('**', 0, self.s[v])
                else:
                    eq = text.rindex('=', 0, self.s[v])
                    start = text.rindex(name, 0, eq)
                keywords.append(self.place(keyword(name, v), start, self.closed(start, v)))
        return args, keywords

    def closed(self, start, value):
        """Where an argument ends: after its value and the brackets opened around it since start."""
        text = self.text
        end = self.e[value]
        for _ in range(text.count('(', start, self.s[value])):
            while end < len(text) and text[end] in ' \t\r\n\\':
                end += 1
            if end < len(text) and text[end] == ')':
                end += 1
        return end

    # expressions

    def opt(self, t, ctx=None):
        return None if t is None else self.expr(t, ctx)

    def expr(self, t, ctx=None):
        return getattr(self, 'e_' + t[0][5:])(ctx, *t[1:])

    def e_Name(self, ctx, id, span):
        return self.at(Name(id, (ctx or Load)()), span)

    def e_Const(self, ctx, value, span):
        kind = 'u' if isinstance(value, str) and self.text[span[0]] in 'uU' else None
        return self.at(Constant(value, kind), span)

    def fpart(self, t, span):
        if t[0] == 'Expr$Const':
            return self.at(Constant(t[1]), span)
        if t[0] == 'Expr$FString':
            return self.at(JoinedStr([self.fpart(x, span) for x in t[1]]), span)
        value, conv, spec = t[1], t[2], t[3]
        if spec is not None:
            spec = self.fpart(spec, span)
            if isinstance(spec, Constant):
                spec = self.at(JoinedStr([spec] if spec.value else []), span)
        return self.at(FormattedValue(self.expr(value), ord(conv) if conv else -1, spec), span)

    def e_FString(self, ctx, parts, span):
        return self.at(JoinedStr([self.fpart(p, span) for p in parts]), span)

    def e_BinOp(self, ctx, left, op, right, span):
        node = self.at(BinOp(self.expr(left), _BINOPS[op](), self.expr(right)), span)
        return self.from_first(node, node.left)

    def e_UnaryOp(self, ctx, op, operand, span):
        return self.at(UnaryOp(_UNARY[op](), self.expr(operand)), span)

    def e_BoolOp(self, ctx, op, values, span):
        node = self.at(BoolOp(And() if op == 'and' else Or(), [self.expr(v) for v in values]), span)
        return self.from_first(node, node.values[0])

    def e_Compare(self, ctx, left, ops, comparators, span):
        node = self.at(Compare(self.expr(left), [_CMPOPS[o]() for o in ops], [self.expr(c) for c in comparators]),
                       span)
        return self.from_first(node, node.left)

    def e_Call(self, ctx, func, items, span):
        args, keywords = self.call_args(items)
        node = self.at(Call(self.expr(func), args, keywords), span)
        if len(args) == 1 and not keywords and isinstance(args[0], GeneratorExp) and not self.bracketed(args[0]):
            # f(x for x in y): the generator's brackets are the call's
            gen = args[0]
            self.place(gen, self.text.index('(', self.e[node.func]), self.e[node])
        return self.from_first(node, node.func)

    def bracketed(self, node):
        """Whether the node's text is one bracketed group, (...)."""
        text = self.text
        if text[self.s[node]] != '(' or text[self.e[node] - 1] != ')':
            return False
        depth = 0
        for i in range(self.s[node], self.e[node]):
            c = text[i]
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
                if depth == 0:
                    return i == self.e[node] - 1
        return False

    def e_Attribute(self, ctx, value, attr, span):
        node = self.at(Attribute(self.expr(value), attr, (ctx or Load)()), span)
        return self.from_first(node, node.value)

    def e_Subscript(self, ctx, value, index, span):
        node = self.at(Subscript(self.expr(value), self.expr(index), (ctx or Load)()), span)
        return self.from_first(node, node.value)

    def e_Slice(self, ctx, lower, upper, step, span):
        return self.at(Slice(self.opt(lower), self.opt(upper), self.opt(step)), span)

    def e_ListExpr(self, ctx, elts, span):
        return self.at(List([self.expr(e, ctx) for e in elts], (ctx or Load)()), span)

    def e_TupleExpr(self, ctx, elts, span):
        node = self.at(Tuple([self.expr(e, ctx) for e in elts], (ctx or Load)()), span)
        # the parser's span leaves out the brackets; CPython's includes them
        text = self.text
        if self.bracketed(node):
            return node
        i = span[0] - 1
        while i >= 0 and text[i] in ' \t\r\n\\':
            i -= 1
        if i >= 0 and text[i] == '(':
            j = span[1]
            while j < len(text) and text[j] in ' \t\r\n\\':
                j += 1
            if j < len(text) and text[j] == ')':
                self.place(node, i, j + 1)
        return node

    def e_SetExpr(self, ctx, elts, span):
        return self.at(Set([self.expr(e) for e in elts]), span)

    def e_DictExpr(self, ctx, keys, values, span):
        return self.at(Dict([self.opt(k) for k in keys], [self.expr(v) for v in values]), span)

    def e_Starred(self, ctx, value, span):
        return self.at(Starred(self.expr(value, ctx), (ctx or Load)()), span)

    def e_IfExp(self, ctx, test, body, orelse, span):
        node = self.at(IfExp(self.expr(test), self.expr(body), self.expr(orelse)), span)
        return self.from_first(node, node.body)

    def e_Lambda(self, ctx, params, body, span):
        args, _ = self.arguments(params, span[0] + 6, True)
        return self.at(Lambda(args, self.expr(body)), span)

    def e_Comp(self, ctx, kind, elt, key, value, generators, span):
        gens = [comprehension(self.expr(g[1], Store), self.expr(g[2]), [self.expr(i) for i in g[3]],
                              1 if g[4] else 0) for g in generators]
        if kind == 'dict':
            return self.at(DictComp(self.expr(key), self.expr(value), gens), span)
        cls = {'list': ListComp, 'set': SetComp, 'gen': GeneratorExp}[kind]
        return self.at(cls(self.expr(elt), gens), span)

    def e_Await(self, ctx, value, span):
        return self.at(Await(self.expr(value)), span)

    def e_Yield(self, ctx, value, span):
        return self.at(Yield(self.opt(value)), span)

    def e_YieldFrom(self, ctx, value, span):
        return self.at(YieldFrom(self.expr(value)), span)

    def e_NamedExpr(self, ctx, target, value, span):
        name = self.expr(target, Store)
        self.place(name, self.s[name], self.s[name] + len(name.id))
        return self.at(NamedExpr(name, self.expr(value)), span)

    # patterns

    def pattern(self, t):
        kind, span = t[0][8:], t[-1]
        if kind == 'Value':
            node = MatchValue(self.expr(t[1]))
        elif kind == 'Singleton':
            node = MatchSingleton(t[1])
        elif kind == 'Capture':
            node = MatchAs(None if t[1] is None else self.pattern(t[1]), t[2])
        elif kind == 'Star':
            node = MatchStar(t[1])
        elif kind == 'Sequence':
            node = MatchSequence([self.pattern(p) for p in t[1]])
        elif kind == 'Mapping':
            node = MatchMapping([self.expr(k) for k in t[1]], [self.pattern(p) for p in t[2]], t[3])
        elif kind == 'ClassPattern':
            node = MatchClass(self.expr(t[1]), [self.pattern(p) for p in t[2]], list(t[3]),
                              [self.pattern(p) for p in t[4]])
        else:
            node = MatchOr([self.pattern(p) for p in t[1]])
        return self.at(node, span)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (type_comments and feature_version are accepted and ignored)."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if isinstance(source, AST):
        return source
    if not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if isinstance(filename, bytes):
        filename = filename.decode('utf-8')
    if mode not in ('exec', 'eval', 'single'):
        if mode == 'func_type':
            raise ValueError("ast.parse(mode='func_type') is not supported by tauraro-script")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if mode == 'eval' and source[:1] in (' ', '\t'):
        _raw_parse(source, filename, 'exec')  # raises CPython's "unexpected indent"
    raw = _raw_parse(source, filename, mode)
    b = _Builder(source)
    if mode == 'eval':
        tree = Expression(b.expr(raw))
    elif mode == 'single':
        tree = Interactive(b.body(raw))
    else:
        tree = Module(b.body(raw), [])
    return tree


# ---------------------------------------------------------------- helpers

def iter_fields(node):
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Positions for the nodes that have none, from their parents (1, 0 at the top)."""
    def fix(node, inherited):
        inherited = dict(inherited)
        for name in _LOC:
            if name not in node._attributes:
                continue
            # lineno and col_offset count as missing when absent, the end ones also when None
            missing = not hasattr(node, name) if not name.startswith('end_') else getattr(node, name) is None
            if missing:
                setattr(node, name, inherited[name])
            else:
                inherited[name] = getattr(node, name)
        for child in iter_child_nodes(node):
            fix(child, inherited)
    fix(node, {'lineno': 1, 'col_offset': 0, 'end_lineno': 1, 'end_col_offset': 0})
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines_keep_ends(source):
    lines = []
    current = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        current.append(c)
        if c == '\r':
            if i + 1 < n and source[i + 1] == '\n':
                current.append('\n')
                i += 1
            lines.append(''.join(current))
            current = []
        elif c in '\n\f':
            if c == '\n':
                lines.append(''.join(current))
                current = []
        i += 1
    if current:
        lines.append(''.join(current))
    return lines


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines_keep_ends(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        first_bytes = lines[lineno].encode()[:col_offset].decode()
        padding = ''.join(' ' if c != '\t' and c != '\f' else c for c in first_bytes)
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


class NodeVisitor(object):
    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # the deprecated per-kind visitors still apply to constants, as in 3.11
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            visitor = getattr(self, method, None)
            if visitor is not None:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant", DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


_const_node_type_names = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num', float: 'Num',
                          complex: 'Num', str: 'Str', bytes: 'Bytes', type(...): 'Ellipsis'}


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# ---------------------------------------------------------------- dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: class names with their fields (and positions if asked)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, is_simple = fmt(value, level)
                simple = simple and is_simple
                args.append('%s=%s' % (name, text) if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, is_simple = fmt(value, level)
                    simple = simple and is_simple
                    args.append('%s=%s' % (name, text))
            if simple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


# ---------------------------------------------------------------- literal_eval

def literal_eval(node_or_string):
    """Evaluate an expression holding only literals: strings, bytes, numbers, tuples, lists,
    dicts, sets, booleans, None and Ellipsis (and complex sums such as 1+2j)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += ' on line %d' % line
        raise ValueError(msg + ': ' + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


# ---------------------------------------------------------------- compile() of a tree

def _compile_hook(source, filename, mode, flags):
    """builtins.compile's entry for ast: the tree for PyCF_ONLY_AST, or the text a tree compiles as."""
    if flags & PyCF_ONLY_AST:
        if isinstance(source, AST):
            return source
        return parse(source, filename, mode)
    if not isinstance(source, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    wanted = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if wanted is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(source, wanted):
        raise TypeError('expected %s node, got %s' % (wanted.__name__, type(source).__name__))
    _check_locations(source)
    return unparse(source)


def _check_locations(tree):
    for node in walk(tree):
        if 'lineno' in node._attributes and not hasattr(node, 'lineno'):
            raise TypeError("required field \"lineno\" missing from %s" % type(node).__bases__[0].__name__)


def unparse(ast_obj):
    """Source text that parses back to an equivalent tree (CPython 3.11's formatting)."""
    from _ast_unparse import unparse as text_of  # imported late: it needs this module's classes
    return text_of(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('--no-type-comments', default=True, action='store_false')
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
