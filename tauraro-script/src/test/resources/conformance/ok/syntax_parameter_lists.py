# Parameter lists CPython refuses, with the message and the columns its caret covers;
# calls and displays with arguments or elements out of place; and the ones it accepts
# (positional-only parameters in lambdas, unpacking in a for statement's iterable).
CASES = [
    "def f(a=1, b): pass",
    "def f(/, a): pass",
    "def f(a, *, b, /): pass",
    "def f(a, /, b, /): pass",
    "def f(a, *, b, a): pass",
    "def f(*a, a): pass",
    "def f(a, **a): pass",
    "def f(a, *a): pass",
    "def f(a, a=1, *a): pass",
    "def f(b, a=1, c=2, d): pass",
    "def f(*, **k): pass",
    "def f(*): pass",
    "def f(*,): pass",
    "def f(  *  ,  **k): pass",
    "def f(a, *b, *c): pass",
    "def f(**k, a): pass",
    "def f(**k, *a): pass",
    "def f(**k, **j): pass",
    "lambda a=1, b: 0",
    "lambda a, /, a: 0",
    "lambda *: 0",
    "lambda *,: 0",
    "lambda *, **k: 0",
    "lambda **k, *a: 0",
    "lambda /, a: 0",
    "for x in *a: pass",
    "f(a=1, b)",
    "f(a=1, b, c)",
    "f(**k, b)",
    "f(**k, *a, b)",
    "f(a, **k, *b)",
    "f(a, b=1, **k, *c)",
    "class A(**k, *b): pass",
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    "f(x for x in y, )",
    "f(a=1, b for b in c)",
    "f(*a for a in b)",
    "[*a for a in b]",
    "{*a for a in b}",
    "(*a for a in b)",
    "{**a for a in b}",
    "x = (*a)",
    "f(*a, b)",
    "f(a=1, *b)",
    "f(**k, a=1)",
    "f(x for x in y if x)",
    "f(a=1, a=2)",
    "f(a=1, *b, a=2)",
    "class A(metaclass=t, metaclass=u): pass",
]
for source in CASES:
    try:
        compile(source, "<case>", "exec")
        print(f"{source!r}: compiles")
    except SyntaxError as e:
        print(f"{source!r}: {e.msg} at {e.lineno}:{e.offset}-{e.end_offset}")

f = lambda a, /, b: a - b
print(f(5, b=2))
try:
    f(a=5, b=2)
except TypeError as e:
    print(e)
g = lambda a, b=3, /, *, c: (a, b, c)
print(g(1, c=2), g(1, 2, c=3))
a = [1, 2]
for x in *a, 3:
    print(x, end=" ")
for x in *a,:
    print(x, end=" ")
for x in 0, *a, *"bc":
    print(x, end=" ")
print()
print([y for y in (1, 2)])
