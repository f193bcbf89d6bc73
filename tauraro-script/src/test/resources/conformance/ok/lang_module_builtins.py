# __builtins__ as code finds it: the builtins module in __main__, its dict in an imported module;
# exec and eval insert it into globals that lack it.
import builtins
import os
import sys
import tempfile

print(type(__builtins__).__name__, __builtins__ is builtins, "__builtins__" in globals())
root = tempfile.mkdtemp()
with open(os.path.join(root, "bmod.py"), "w") as f:
    f.write("KIND = type(__builtins__).__name__\nSAME = __builtins__ is vars(__import__('builtins'))\n"
            "SPEC = __spec__.name\n")
sys.path.insert(0, root)
import bmod
print(bmod.KIND, bmod.SAME, bmod.SPEC, "__builtins__" in vars(bmod))
g = {}
exec("pass", g)
print(list(g), g["__builtins__"] is vars(builtins))
g = {"__builtins__": vars(builtins), "x": 1}
print(eval("x + 1", g), list(g))

# globals with a __builtins__ of their own: the code finds its built-in names there
for src, g in [("len('ab')", {"__builtins__": {}}), ("len('ab')", {"__builtins__": {"len": lambda s: 99}}),
               ("abs(-3) + x", {"__builtins__": {"abs": abs}, "x": 1}), ("len('abc')", {"__builtins__": builtins}),
               ("len('abcd')", {"__builtins__": vars(builtins)})]:
    try:
        print(src, "->", eval(src, g))
    except NameError as e:
        print(src, "!!", type(e).__name__, e)
g = {"__builtins__": {"print": print}}
exec("def f():\n    return len\n", g)
try:
    g["f"]()
except NameError as e:
    print("NameError", e)
exec("print('printed through the given builtins')", g)
print(len("still the interpreter's own"))
