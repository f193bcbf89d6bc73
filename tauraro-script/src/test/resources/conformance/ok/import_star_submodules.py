# from pkg import * imports the submodules its __all__ names; a name that is neither raises AttributeError.
import os
import sys
import tempfile
import types

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "starpkg"))
    with open(os.path.join(d, "starpkg", "__init__.py"), "w") as f:
        f.write('__all__ = ["sub", "X"]\nX = 1\n')
    with open(os.path.join(d, "starpkg", "sub.py"), "w") as f:
        f.write("Y = 2\n")
    sys.path.insert(0, d)
    from starpkg import *
    print(X, sub.Y, "starpkg.sub" in sys.modules)
    sys.path.remove(d)
m = types.ModuleType("badstar")
m.__all__ = ["nope"]
sys.modules["badstar"] = m
try:
    from badstar import *
except AttributeError as e:
    print("AttributeError:", e)
