# open() in text and binary modes, with CPython's newline handling, positions and errors.
# Works in a directory of its own (removed at the end), so it runs from any working directory.
import io
import os

base = "tauraro_conf_files_text_binary.tmp"
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
a = os.path.join(base, "a.txt")
with open(a, "w") as f:
    print(f.write("hello\nworld\r\nthird\rlast"), f.tell())
    print(f.name == a, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
    print("via print", 42, file=f)
print(f.closed)
with open(a) as f:
    for line in f:
        print(repr(line))
with open(a, newline="") as f:
    print(f.readlines())
with open(a, "rb") as f:
    print(f.read(5), f.tell(), f.readline(), f.read())
with open(a, "a") as f:
    f.writelines(["x\n", "y\n"])
f = open(a, "r+")
print(f.read(3), f.tell(), f.readline(), f.tell())
f.seek(0)
f.write("HE")
print(f.tell())
f.seek(0)
print(repr(f.read()))
f.truncate(4)
f.seek(0, 2)
print(f.tell())
f.close()
f = open(a)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(a, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(a, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(e)
u = os.path.join(base, "u.txt")
with open(u, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo w\u00f6rld \u20ac\n" * 3)
with open(u, encoding="utf-8") as f:
    print(f.readline(), f.tell(), f.read(4), f.tell())
with open(u, encoding="latin-1") as f:
    print(repr(f.readline()))
with open(u, "rb") as f:
    print(f.read())
b = os.path.join(base, "b.bin")
f = open(b, "w+b")
f.write(b"0123456789\nabc\n")
f.seek(2)
print(f.read(3), f.tell(), f.readline(), f.tell())
f.seek(-3, 2)
print(f.read())
f.seek(1)
f.read(1)
f.seek(2, 1)
print(f.tell(), f.read1(2))
f.seek(0)
f.readline()
f.write(b"XY")
f.seek(0)
print(f.read())
print(f.truncate(5), f.tell())
f.seek(0)
print(f.read(), f.mode)
f.close()
with open(b, "ab") as f:
    print(f.mode, f.tell())
    f.write(b"Z")
with open(b, "rb") as f:
    print(f.read(), f.read(), f.read(3))
print(type(open(b, "rb")).__name__, type(open(b, "wb")).__name__, type(open(b, "r+b")).__name__,
      type(open(b, "rb", buffering=0)).__name__, type(open(b)).__name__)
c = os.path.join(base, "c.txt")
with open(c, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(c, "rb") as f:
    print(f.read())
with open(c, "r", newline="\r\n") as f:
    print(f.readlines())
with open(c, "r", newline="\r") as f:
    print(f.readlines())
with open(c) as f:
    print(f.read(1), f.read(1), f.read(1), f.tell(), repr(f.read()))
f = open(c)
print(repr(next(f)), iter(f) is f)
f.close()
try:
    next(f)
except ValueError as e:
    print(e)
e = os.path.join(base, "e.txt")
with open(e, "wb") as f:
    f.write(b"ok\xff\n")
try:
    open(e).read()
except UnicodeDecodeError as err:
    print(err)
print(repr(open(e, errors="replace").read()), repr(open(e, errors="ignore").read()))
with open(os.path.join(base, "new.txt"), "x") as f:
    print(f.mode, f.write("new"))
for n in sorted(os.listdir(base)):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))
