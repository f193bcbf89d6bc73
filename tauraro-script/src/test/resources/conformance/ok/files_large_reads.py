# Reads larger than one chunk of the runtime's file channel (1 MiB): whole-file read() in text and
# binary modes, raw read(n) giving all n bytes of a regular file at once, a file that grew after
# open, and a read after a partial one.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
line = "0123456789 abcdefghij ünïcode ☃\n"
with open(p, "w", encoding="utf-8") as f:
    for i in range(90000):
        f.write(str(i) + " " + line)
size = os.path.getsize(p)
print(size > 3 * (1 << 20))

with open(p, encoding="utf-8") as f:
    text = f.read()
print(len(text), text[:20], text[-20:], text.count("\n"))

with open(p, "rb") as f:
    data = f.read()
print(len(data) == size, data[-12:])

with open(p, "rb", buffering=0) as f:
    head = f.read(3 * (1 << 20) + 5)
    print(len(head), head[-6:])
    rest = f.read()
    print(len(head) + len(rest) == size, f.read(10))

with open(p, encoding="utf-8") as f:
    first = f.read(1000)
    more = f.read()
    print(len(first) + len(more) == len(text), more[:10])

with open(p, "rb") as f:
    with open(p, "ab") as g:
        g.write(b"grown\n" * 5000)
    grown = f.read()
    print(len(grown) - size, grown[-6:])

with open(p, "rb") as f:
    f.seek(size - 3)
    tail = f.read()
    print(len(tail), tail[:9], f.read())

empty = os.path.join(d, "empty.txt")
open(empty, "w").close()
with open(empty) as f:
    print(repr(f.read()))
with open(empty, "rb", buffering=0) as f:
    print(f.readall(), f.read(5))

os.remove(p)
os.remove(empty)
os.rmdir(d)
