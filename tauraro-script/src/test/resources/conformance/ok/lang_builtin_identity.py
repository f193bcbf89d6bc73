# Built-in types' methods are one object each (the type's dict holds them), built-in functions'
# __self__ is their module, and modules show where they come from.
import builtins
import math
import os
import pickle
import sys
import tempfile

print(str.upper is str.upper, list.append is list.append, dict.get is dict.get, dict.keys is dict.keys)
print('upper' in str.__dict__, str.__dict__['upper'] is str.upper, type(str.__dict__['upper']).__name__)
print('append' in list.__dict__, 'fromkeys' in dict.__dict__, 'nosuch' in str.__dict__)
print(len.__self__ is builtins, print.__self__ is builtins, math.sqrt.__self__ is math)
print("abc".upper.__self__, [1, 2].append.__self__)
try:
    str.upper.__self__
except AttributeError as e:
    print("AttributeError:", e)
print(builtins, sys, math)
print(os)
a, b = pickle.loads(pickle.dumps([str.upper, str.upper]))
print(a is b, a is str.upper, a("xyz"))
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "made_here.py"), "w") as f:
        f.write("X = 1\n")
    sys.path.insert(0, d)
    import made_here
    print(repr(made_here).replace(d, "TMP"), made_here.__file__.replace(d, "TMP"))
    sys.path.remove(d)
