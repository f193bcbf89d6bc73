# __module__, __qualname__ and repr of built-in functions and of built-in methods bound to values.
import math, time

def show(f):
    r = repr(f)
    if " at 0x" in r:
        r = r[:r.index(" at 0x")] + ">"
    print(r, f.__module__, f.__qualname__, f.__name__, type(f).__name__)

for f in (len, print, max, iter, next, sorted, getattr, math.sqrt, math.floor, time.time, time.monotonic):
    show(f)
for f in ([].append, {}.get, {}.keys, "".join, "a".upper, (1).bit_length, (2.5).is_integer, b"".hex,
          set().add, (1, 2).count, dict.fromkeys):
    show(f)
lst = [1]
m = lst.append
print(m.__self__ is lst, dict.fromkeys.__self__ is dict, "abc".upper.__self__)
m(2)
print(lst, len.__module__ == "builtins", math.sqrt.__module__ == "math")
print(repr(lst.append) == repr(lst.append), repr(lst.append).endswith(">"))
print(str(len), f"{math.sqrt}")
