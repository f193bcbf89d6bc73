# The OSError subclasses open() and os raise, with CPython's errno, strerror and messages,
# and open()'s argument checks.
import io
import os

base = "tauraro_conf_files_errors.tmp"
if os.path.isdir(base):
    for n in os.listdir(base):
        p = os.path.join(base, n)
        os.rmdir(p) if os.path.isdir(p) else os.remove(p)
    os.rmdir(base)
os.mkdir(base)
x = os.path.join(base, "x.txt")
try:
    open("tauraro_no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.strerror, isinstance(e, OSError))
try:
    open(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(x, "w") as f:
    f.write("x")
try:
    open(x, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(x + "/y")
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open("")
except FileNotFoundError as e:
    print(e)
for m in ["rw", "rb+t", "q", "", "r+b+", "bt", "rr"]:
    try:
        open(x, m)
    except ValueError as e:
        print(repr(m), e)
try:
    open(x, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(x, "rb", newline="")
except ValueError as e:
    print(e)
try:
    open(x, "rb", errors="strict")
except ValueError as e:
    print(e)
try:
    open(x, newline="x")
except ValueError as e:
    print(e)
try:
    open(x, buffering=0)
except ValueError as e:
    print(e)
try:
    open(x, encoding="no-such-codec")
except LookupError as e:
    print(e)
try:
    open(4.5)
except TypeError as e:
    print(e)
try:
    open(x, "w").write(5)
except TypeError as e:
    print(e)
try:
    open(x, "wb").write("s")
except TypeError as e:
    print(e)
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rename(os.path.join(base, "nope"), os.path.join(base, "other"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(base, "nope"),
          e.filename2 == os.path.join(base, "other"))
try:
    os.stat(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(x)
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)
print(OSError(2, "No such file or directory", "x.txt"))
print(type(OSError(13, "Permission denied")).__name__)
os.remove(x)
os.rmdir(base)
print(os.path.exists(base))
