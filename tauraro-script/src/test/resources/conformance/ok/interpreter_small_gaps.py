# small interpreter gaps, each compared with CPython
import string
import sys

print(None.__class__, type(None).__name__, None.__class__ is type(None))

x = 5
print('x' in dir(), [n for n in dir() if not n.startswith('__')])


def scope(a, b=2):
    c = a + b
    return dir()


print(scope(1))

e = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args, str(e))
e = SyntaxError("bad", ("f.py", 3, 4, "x\n", 3, 6))
print(e.end_lineno, e.end_offset, str(e))
e = SyntaxError("plain")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.print_file_and_line, str(e))
for args in [("m", (1, 2)), ("m", ("f", 1, 2, "t", 3, 4, 5)), ("a", "b", "c")]:
    try:
        e = SyntaxError(*args)
        print(e.msg, e.filename, str(e))
    except TypeError as ex:
        print("TypeError", ex)
try:
    compile("x = = 1", "snippet.py", "exec")
except SyntaxError as ex:
    print(ex.msg, ex.filename, ex.lineno, ex.offset, repr(ex.text))

for text in ["{", "a{", "{0", "{{0", "a{{b}}c{0!r:>4}"]:
    try:
        print(repr(text), list(string.Formatter().parse(text)))
    except ValueError as ex:
        print(repr(text), "ValueError", ex)
