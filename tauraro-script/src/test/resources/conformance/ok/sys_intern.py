"""sys.intern returns an equal string that is the same object for equal strings."""
import sys

a = sys.intern("".join(["con", "currency"]))
b = sys.intern("concurrency")
print(a == b, a is b)
for bad in (1, b"x", None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
