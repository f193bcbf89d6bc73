# exec, eval, compile, globals, locals, vars, __import__
x = 10
print(eval("x + 1"))
print(eval("  x * 2\n"))
print(eval("1, 2"))
print(eval("[i * i for i in range(4)]"))
exec("y = x + 5")
print(y)
exec("def twice(v):\n    return 2 * v\n")
print(twice(21))

# globals() is the module's namespace, live both ways
g = globals()
g["z"] = 99
print(z)
w = 5
print(g["w"], "w" in g, g.get("nope", "default"))
del g["w"]
try:
    w
except NameError as e:
    print("NameError:", e)
print(globals() is globals())

# explicit dicts
ns = {"a": 2}
exec("b = a * 3\nc = b + 1", ns)
print(sorted(k for k in ns if not k.startswith("__")), ns["b"], ns["c"])
print(eval("a + b", ns))
print(eval("a + q", {"a": 1}, {"q": 100}))
loc = {}
exec("r = a * 10", {"a": 4}, loc)
print(loc)

# exec of a function body reads the locals; its assignments do not leak
def f():
    v = 7
    exec("print('inside', v)")
    exec("v = 100")
    return v, eval("v * 2")

print(f())

# locals() and vars()
def h(p, q=3):
    r = p + q
    return locals()

print(h(1))
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))

print(K.names)
print(vars(K)["b"])
print(locals() is globals())

# compile
code = compile("s = 0\nfor i in range(5):\n    s += i\n", "<calc>", "exec")
ns = {}
exec(code, ns)
print(ns["s"], type(code).__name__, code.co_filename)
e = compile("3 ** 4", "<expr>", "eval")
print(eval(e))
single = compile("1 + 2", "<single>", "single")
exec(single)
exec(compile("None", "<s>", "single"))

# errors
for src in ["1 +", "x = = 2", "return 5"]:
    try:
        exec(src)
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.lineno)
try:
    eval("x = 1")
except SyntaxError as err:
    print("SyntaxError", err.msg)
try:
    compile("1", "f", "bad")
except ValueError as err:
    print("ValueError", err)
try:
    exec(5)
except TypeError as err:
    print("TypeError", err)
try:
    eval(5)
except TypeError as err:
    print("TypeError", err)
try:
    exec("pass", 5)
except TypeError as err:
    print("TypeError", err)
try:
    exec("undefined_name")
except NameError as err:
    print("NameError", err)
try:
    eval("1 / 0")
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)

# __import__
m = __import__("os.path")
print(m.__name__)
m = __import__("os.path", fromlist=["join"])
print(m.__name__)
print(__import__("json").dumps([1]))
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as err:
    print("ModuleNotFoundError", err)
