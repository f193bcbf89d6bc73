# os-level file descriptors: os.open with flags and a mode, os.read/os.write/os.lseek/os.close,
# os.fdopen and open() of a descriptor, tempfile.mkstemp's descriptor closed by os.close, and
# the errors of each (a closed or unknown descriptor, an existing file with O_EXCL, bad arguments).
import os
import stat
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
print(type(fd).__name__, fd >= 3)
print(os.write(fd, b"hello world"))
print(os.write(fd, bytearray(b"!\n")))
print(os.write(fd, memoryview(b"tail")))
os.close(fd)
print(oct(stat.S_IMODE(os.stat(p).st_mode) & 0o777 & ~0o022))

fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 1), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -4, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 2, os.SEEK_SET), os.lseek(fd, 3, os.SEEK_CUR), os.read(fd, 2))
print(os.read(fd, 0))
print(os.fstat(fd).st_size)
os.close(fd)

fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b"+more")
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)

for what, call in [("closed", lambda: os.read(fd, 1)), ("close twice", lambda: os.close(fd)),
                   ("write closed", lambda: os.write(fd, b"x")), ("unknown", lambda: os.close(9999)),
                   ("negative", lambda: os.lseek(-1, 0, 0)),
                   ("excl", lambda: os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)),
                   ("missing", lambda: os.open(p + ".nope", os.O_RDONLY)),
                   ("str data", lambda: os.write(1, "text")),
                   ("read args", lambda: os.read(0)),
                   ("float fd", lambda: os.close(1.5)),
                   ("str path flags", lambda: os.open(p, "r")),
                   ("negative read", lambda: os.read(0, -1))]:
    try:
        call()
        print(what, "no error")
    except OSError as e:
        print(what, type(e).__name__, e.errno, e.strerror, e.filename in (p, p + ".nope") or e.filename)
    except Exception as e:
        print(what, type(e).__name__, e)

fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd, "rb") as f:
    print(f.read(5), f.fileno() == fd)
try:
    os.read(fd, 1)
except OSError as e:
    print("after fdopen close:", e.errno)

fd = os.open(p, os.O_RDONLY)
f = open(fd, "r", closefd=False)
print(repr(f.readline()))
f.close()
print(os.read(fd, 3))
os.close(fd)

wfd = os.open(p, os.O_WRONLY | os.O_TRUNC)
with os.fdopen(wfd, "w") as f:
    f.write("text via fdopen\n")
with open(p) as f:
    print(repr(f.read()))

tfd, name = tempfile.mkstemp(suffix=".txt", dir=d)
print(os.path.basename(name).endswith(".txt"), oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(tfd, b"in temp")
os.close(tfd)
with open(name, "rb") as f:
    print(f.read())
try:
    os.close(tfd)
except OSError as e:
    print("temp closed:", e.errno, e.strerror)

fd = os.open(p, os.O_RDWR)
os.ftruncate(fd, 4)
os.fsync(fd)
print(os.fstat(fd).st_size, os.read(fd, 10))
os.close(fd)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
os.closerange(100, 110)

# a read asking for far more than there is ("all of it") returns what there is, also from a file
# under /proc, whose size says 0
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 1 << 30), os.read(fd, 1 << 30))
os.close(fd)
fd = os.open("/proc/self/status", os.O_RDONLY)
status = os.read(fd, 1 << 30)
print(status.startswith(b"Name:"), status.count(b"\n") > 5)
os.close(fd)

for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
print("done")
