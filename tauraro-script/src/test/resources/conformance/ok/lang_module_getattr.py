# PEP 562: a module's own __getattr__ and __dir__ (written to a temporary directory and imported),
# star imports asking it for __all__, the AttributeError it raises given name and obj as CPython's getattr does (for "Did you mean"),
# and the qualified names of functions and classes a function declares global.
import os
import sys
import tempfile
import traceback

SOURCE = '''
made = []
path = 1


def _make():
    global Lazy, helper

    class Lazy:
        def method(self):
            return "method"

    def helper():
        return "helper"

    made.append("Lazy")


def __getattr__(name):
    if name in ("Lazy", "helper"):
        _make()
        return globals()[name]
    if name == "__all__":
        made.append("__all__")
        return ["Lazy", "path"]
    if name == "explicit":
        raise AttributeError("explicit message", name="other", obj=None)
    if name == "keyerror":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["Lazy", "helper", "path", "zz"]
'''

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "lazymod562.py"), "w") as f:
        f.write(SOURCE)
    sys.path.insert(0, d)
    try:
        import lazymod562 as m
        print(m.made, "Lazy" in vars(m))
        print(m.Lazy, m.Lazy.__qualname__, m.Lazy.method.__qualname__, m.Lazy.__module__)
        print(m.helper.__qualname__, m.helper(), m.made, "Lazy" in vars(m))
        print(m.Lazy is m.Lazy, m.made)
        print(dir(m))
        from lazymod562 import helper
        print(helper())
        for name in ("pth", "nothing"):
            try:
                getattr(m, name)
            except AttributeError as e:
                print(repr(e), e.name, e.obj is m)
        try:
            m.explicit
        except AttributeError as e:
            print(repr(e), e.name, e.obj)
        try:
            m.keyerror
        except KeyError as e:
            print("KeyError", e)
        print(getattr(m, "pth", "default"), hasattr(m, "pth"), hasattr(m, "Lazy"))
        try:
            from lazymod562 import missing
        except ImportError as e:
            print(type(e).__name__, str(e).split(" (")[0], e.name)
        try:
            m.pth
        except AttributeError:
            print(traceback.format_exc().splitlines()[-1])
        from lazymod562 import *
        print(Lazy is m.Lazy, path, m.made)
    finally:
        sys.path.remove(d)
        del sys.modules["lazymod562"]


def outer():
    global Made, made_function

    class Made:
        def m(self):
            pass

    def made_function():
        def inner():
            pass
        return inner

    class Local:
        pass

    return Local


print(outer().__qualname__, Made.__qualname__, Made.m.__qualname__, made_function.__qualname__,
      made_function().__qualname__)
