# NodeVisitor, NodeTransformer and compile() of a rewritten tree; the helper functions
import ast

SOURCE = '''
"""Module doc."""
import math

def area(r):
    """Area of a circle.

    Uses pi.
    """
    return math.pi * r ** 2

def shout(word):
    return word + "!"

class Box:
    """A box."""
    def __init__(self, w, h):
        self.w = w
        self.h = h

result = [shout("hi"), area(2), Box(2, 3).w]
print(result[0], round(result[1], 3), result[2])
total = 1 + 2 * 3
print(total)
'''

tree = ast.parse(SOURCE)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = {}
        self.calls = 0

    def visit_Name(self, node):
        self.names[node.id] = self.names.get(node.id, 0) + 1

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(sorted(c.names.items()), c.calls)


class Rewriter(ast.NodeTransformer):
    """Strings shouted twice, additions become subtractions, calls to print get a prefix."""

    def visit_Constant(self, node):
        if isinstance(node.value, str) and node.value == '!':
            return ast.copy_location(ast.Constant('!!'), node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
            node.op = ast.Sub()
        return node

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == 'print':
            node.args.insert(0, ast.Constant('>>'))
        return node

    def visit_Import(self, node):
        return [node, ast.Import(names=[ast.alias('sys')])]


new = ast.fix_missing_locations(Rewriter().visit(tree))
code = compile(new, '<rewritten>', 'exec')
namespace = {}
exec(code, namespace)
print('sys' in namespace)
print(ast.unparse(new).splitlines()[-3:])

# removing nodes
class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', None) == 'print':
            return None
        return node


t2 = DropPrints().visit(ast.parse("print(1)\nx = 2\nprint(x)\n"))
print(ast.dump(t2))

# compile() with the ast flag, and eval of an Expression tree
t3 = compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t3).__name__, ast.dump(t3))
print(eval(compile(t3, "<s>", "eval"), {"a": 41}))
expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
try:
    compile(ast.parse("x = 1"), "<m>", "eval")
except TypeError as e:
    print('TypeError', e)
try:
    compile(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), "<m>", "exec")
except TypeError as e:
    print('TypeError', e)

# docstrings, walk, fields, locations, segments
print(repr(ast.get_docstring(tree)))
func = next(n for n in tree.body if isinstance(n, ast.FunctionDef))
print(repr(ast.get_docstring(func)), repr(ast.get_docstring(func, clean=False)))
print(ast.get_docstring(ast.parse("def f(): pass").body[0]))
try:
    ast.get_docstring(ast.parse("x").body[0])
except TypeError as e:
    print('TypeError', e)
print(sorted({type(n).__name__ for n in ast.walk(ast.parse("a = [b + 1 for b in c]"))}))
print(list(ast.iter_fields(ast.parse("x = 1").body[0]))[1][0])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(a, b=c)").body[0].value)])
seg_src = "x = foo(1,\n        2) + bar\n"
seg_tree = ast.parse(seg_src)
value = seg_tree.body[0].value
print(repr(ast.get_source_segment(seg_src, value)))
print(repr(ast.get_source_segment(seg_src, value.left, padded=True)))
print(repr(ast.get_source_segment(seg_src, value.right)))
print(repr(ast.get_source_segment(seg_src, ast.Name('q'))))
moved = ast.increment_lineno(ast.parse("a\nb"), 3)
print([(n.lineno, n.end_lineno) for n in moved.body])
n = ast.Name('x', ast.Load())
ast.copy_location(n, value)
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)

# node construction
print(ast.dump(ast.Name('x', ast.Load())), ast.dump(ast.Constant(value=3, kind=None)))
for make in (lambda: ast.Name('a', ast.Load(), 'extra'), lambda: ast.Name('a', id='b'), lambda: ast.Load(1),
             lambda: ast.MatchSingleton(1, 2)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError', e)
print(ast.Name._fields, ast.expr._attributes, ast.arguments._attributes, ast.Constant.kind, ast.Name(foo=1).foo)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant('s'), ast.Str))
print(type(ast.Num(5)).__name__, ast.Num(5).n, ast.Str('t').s, isinstance(ast.Constant(True), ast.NameConstant))
print(ast.Load.__mro__[1].__name__, ast.Add.__mro__[1].__name__, issubclass(ast.If, ast.stmt), ast.If.__module__)
