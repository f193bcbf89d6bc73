# ast.literal_eval: the literals it accepts, and its errors for everything else
import ast

GOOD = [
    "1", "-1", "+1.5", "1e3", "2j", "1+2j", "-1-2j", "'text'", "b'bytes'", "u'uni'", "None", "True", "False",
    "...", "(1, 2)", "(1,)", "()", "[1, [2, 3]]", "{1, 2}", "set()", "{'a': 1, 'b': [2]}", "{}",
    "  [1, 2]", "\t(1)", "'a' 'b'", "0x1f", "1_000", "-0.0", "(-1, +2, 3+0j)", "[None, ...]",
    "{'nested': {'k': (1, 2.5, 'x')}}", "10**2 if False else 1" if False else "100",
]
for src in GOOD:
    value = ast.literal_eval(src)
    print(repr(src), '->', repr(value), type(value).__name__)

BAD = [
    "x", "f()", "1 + x", "[1, y]", "{**a}", "set([1])", "2 * 3", "'a' + 'b'", "-'a'", "1 + 2", "(1+2j) + 3",
    "lambda: 0", "{1: x}", "not True", "a.b", "[i for i in x]", "1 < 2",
]
for src in BAD:
    try:
        ast.literal_eval(src)
    except ValueError as e:
        message = str(e)
        print(repr(src), 'ValueError', message.split(': <')[0], '<ast.' in message)
    except Exception as e:
        print(repr(src), type(e).__name__, e)

for src in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')

# nodes are accepted too, with or without an Expression around them
print(ast.literal_eval(ast.parse("[1, 2]", mode='eval')))
print(ast.literal_eval(ast.parse("(3, 4)", mode='eval').body))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Name('n', ast.Load()))
except ValueError as e:
    print(str(e).split(': <')[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(': <')[0])
