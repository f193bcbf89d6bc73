# runpy.run_module and run_path: what runs, the globals it sees and returns, sys.argv[0] and
# sys.modules while it runs, and the errors, as CPython's runpy.
import os
import runpy
import sys
import tempfile
import warnings

root = tempfile.mkdtemp()
def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)

write("rpkg/__init__.py", "print('rpkg init', __name__)\n")
write("rpkg/__main__.py", "import sys\nprint('rpkg main', __name__, repr(__package__), __spec__.name)\n")
write("rpkg/mod.py", "import sys\nfrom . import helper\n"
      "print('mod', __name__, __package__, __spec__.name, __file__.endswith('mod.py'), helper.X, injected,"
      " sys.argv[0].endswith('mod.py'), sys.modules.get(__name__) is not None)\nresult = 42\n")
write("rpkg/helper.py", "X = 'helper'\n")
write("rpkg/sub/__init__.py", "")
write("rpkg/broken/__init__.py", "import no_such_dependency_here\n")
write("script.py", "import sys\nprint('script', __name__, __file__.endswith('script.py'), __spec__,"
      " sys.argv[0].endswith('script.py'), globals().get('seed'))\nvalue = [1, 2]\ndef f():\n    return value\n")
write("lone/m1.py", "print('m1 sees', __spec__.name, __loader__ is not None, '__spec__' in globals())\n")
sys.path.insert(0, root)
argv0 = sys.argv[0]

g = runpy.run_module("rpkg.mod", init_globals={"injected": 7})
print(g["result"], g["__name__"], g["__package__"], g["__loader__"] is g["__spec__"].loader, g["__doc__"])
print("rpkg.mod" in sys.modules, sys.argv[0] == argv0)
g = runpy.run_module("rpkg.mod", init_globals={"injected": 8}, run_name="__main__", alter_sys=True)
print(g["__name__"], sys.argv[0] == argv0, sys.modules["__main__"].__name__)
g = runpy.run_module("rpkg")
print(g["__name__"], g["__spec__"].name)

g = runpy.run_path(os.path.join(root, "script.py"), init_globals={"seed": 1})
print(g["__name__"], g["value"], g["f"](), sorted(k for k in g if k.startswith("__")))
print(runpy.run_path(os.path.join(root, "script.py"), run_name="custom")["__name__"])
g = runpy.run_path(os.path.join(root, "rpkg"))
print(g["__name__"], sys.path[0] == root)

for bad in ["nonexistent_mod", "rpkg.nope", "rpkg.sub", ".rel", "nope.child", "rpkg.__main__.x", "sys"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__)
try:
    runpy.run_module("rpkg.broken.x")
except ImportError as e:
    print(type(e).__name__, e)
for bad in ["missing.py", "rpkg/sub"]:
    try:
        runpy.run_path(os.path.join(root, bad))
    except (OSError, ImportError) as e:
        print(type(e).__name__, str(e).replace(root, "ROOT"))

import rpkg.helper
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g = runpy.run_module("rpkg.helper")
print(g["X"], [str(w.message) for w in caught])

g = runpy.run_module("json.tool", run_name="not_main")
print(g["__name__"], callable(g["main"]))
print(runpy.__all__)

# an imported module reads its own __spec__ and __loader__ as globals
sys.path.insert(0, os.path.join(root, "lone"))
import m1

# exec and eval put __builtins__ into globals that lack it
g = {}
exec("x = len('ab')", g)
print(sorted(g), g["__builtins__"]["len"] is len)
d = {}
print(eval("1 + 1", d), sorted(d))
