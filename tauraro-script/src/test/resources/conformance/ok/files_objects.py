# File objects as Python objects: type, isinstance, attribute errors, hashing, unpacking, iteration.
import io, os
f = open("tauraro_conf_files_objects.tmp", "w")
print(type(f), isinstance(f, io.IOBase), hasattr(f, "write"), hasattr(f, "nope"))
try:
    f.nope
except AttributeError as e:
    print(e)
try:
    f.name = "x"
except AttributeError as e:
    print(type(e).__name__)
print(callable(f.write), f.write.__name__ if hasattr(f.write, "__name__") else None)
f.close()
print(f == f, bool(f), str(f) == repr(f))
d = {f: 1}
print(len(d))
s = io.StringIO("a\nb")
print([l for l in s], s.read(), sorted(io.StringIO("b\na\n")))
os.remove("tauraro_conf_files_objects.tmp")
with open("tauraro_conf_files_objects.tmp", "w") as f:
    f.write("1\n2\n")
with open("tauraro_conf_files_objects.tmp") as f:
    a, b = f
    print(a, b, end="")
with open("tauraro_conf_files_objects.tmp") as f:
    print(f.read().splitlines(), f.read() == "")
print(sum(len(l) for l in open("tauraro_conf_files_objects.tmp")))
os.remove("tauraro_conf_files_objects.tmp")
