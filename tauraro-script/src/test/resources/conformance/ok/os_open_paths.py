# os.open and open() share one open(2): empty paths, a trailing '/', directories, O_CREAT/O_EXCL/O_TRUNC/O_APPEND
import os, tempfile
d = tempfile.mkdtemp()
f = os.path.join(d, "f.txt")
with open(f, "w") as h:
    h.write("hello")
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, (os.path.basename(str(e.filename)).replace(os.path.basename(d), "D")) if e.filename is not None else None)
    except ValueError as e:
        print(label, "-> ValueError", e)
def osopen(path, flags, mode=0o777):
    fd = os.open(path, flags, mode)
    try:
        return os.read(fd, 100) if (flags & 3) != os.O_WRONLY else os.fstat(fd).st_size
    finally:
        os.close(fd)
def pyopen(path, mode):
    with open(path, mode) as h:
        return h.tell(), (h.read() if h.readable() else None)
attempt("os empty", lambda: osopen("", os.O_RDONLY))
attempt("os file slash", lambda: osopen(f + "/", os.O_RDONLY))
attempt("os missing slash", lambda: osopen(f + "x/", os.O_RDONLY))
attempt("os missing slash creat", lambda: osopen(f + "x/", os.O_WRONLY | os.O_CREAT))
attempt("os dir slash write", lambda: osopen(d + "/", os.O_WRONLY))
attempt("os dir creat", lambda: osopen(d, os.O_WRONLY | os.O_CREAT))
attempt("os read", lambda: osopen(f, os.O_RDONLY))
attempt("os excl", lambda: osopen(f, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
attempt("os missing", lambda: osopen(f + ".no", os.O_RDONLY))
attempt("os create", lambda: osopen(os.path.join(d, "new"), os.O_WRONLY | os.O_CREAT, 0o640))
attempt("os create mode", lambda: oct(os.stat(os.path.join(d, "new")).st_mode & 0o700))
attempt("os trunc", lambda: osopen(os.path.join(d, "new"), os.O_RDWR | os.O_TRUNC))
attempt("open empty", lambda: pyopen("", "r"))
attempt("open file slash", lambda: pyopen(f + "/", "r"))
attempt("open missing slash w", lambda: pyopen(f + "x/", "w"))
attempt("open dir", lambda: pyopen(d, "r"))
attempt("open dir w", lambda: pyopen(d, "w"))
attempt("open dir x", lambda: pyopen(d, "x"))
attempt("open dir slash r+", lambda: pyopen(d + "/", "r+"))
attempt("open r", lambda: pyopen(f, "r"))
attempt("open a", lambda: pyopen(f, "a"))
attempt("open a+", lambda: pyopen(f, "a+"))
attempt("open r+", lambda: pyopen(f, "r+"))
attempt("open r+ missing", lambda: pyopen(f + ".no", "r+"))
attempt("open x exists", lambda: pyopen(f, "x"))
attempt("open x new", lambda: pyopen(os.path.join(d, "x1"), "x"))
attempt("open x mode", lambda: oct(os.stat(os.path.join(d, "x1")).st_mode & 0o700))
attempt("open w new mode", lambda: (pyopen(os.path.join(d, "w1"), "w"), oct(os.stat(os.path.join(d, "w1")).st_mode & 0o700)))
attempt("open w+", lambda: pyopen(f, "w+"))
attempt("open a tell after", lambda: pyopen(os.path.join(d, "x1"), "ab"))
attempt("os append", lambda: (os.write(os.open(f, os.O_WRONLY | os.O_APPEND), b"zz"), open(f).read()))
import shutil; shutil.rmtree(d)
