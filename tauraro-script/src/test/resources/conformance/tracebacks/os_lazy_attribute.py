# os makes some classes on first use (its module __getattr__): a name it lacks still fails as in
# CPython's os, at the caller's line, with "Did you mean", and the classes are as before.
import os

print(isinstance(os.times(), os.times_result), os.times_result.__name__, os.times_result.__qualname__)
print(os.PathLike.__qualname__, os.PathLike.__module__, os._wrap_close.__qualname__, os._wrap_close.__module__)
print([n in dir(os) for n in ("PathLike", "times_result", "_wrap_close", "path")])
try:
    os.nothing
except AttributeError as e:
    print(e, e.name, e.obj is os)
print(os.pth)
