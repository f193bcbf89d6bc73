# Globals are tried when no local is close, then the builtins.
counter = 0


def bump():
    return countr + 1


try:
    bump()
except NameError as e:
    print("caught:", e, "| name:", e.name)
try:
    exec("def f():\n    x = 1\n    del x\n    return x\nf()")
except NameError as e:
    print("caught:", type(e).__name__, e, "| name:", e.name)
bump()
