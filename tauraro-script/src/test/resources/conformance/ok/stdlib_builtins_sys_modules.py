# the builtins module (assigning its attributes changes the builtin for all code) and sys.modules
import builtins
import sys

print(builtins.len([1, 2]), builtins.print is print, builtins.ValueError is ValueError)
original = builtins.print
captured = []
builtins.print = lambda *args: captured.append(args)
print("hidden", 1)
builtins.print = original
print(captured)


def shout(s):
    return s.upper()


builtins.shout = shout
print(shout("now a builtin"))
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.modules)
import json
print(sys.modules["json"] is json, type(sys.modules).__name__, "__main__" in sys.modules)
print(sys.modules["__main__"].shout is shout)
