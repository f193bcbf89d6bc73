# io.TextIOWrapper over binary streams other than open()'s: BytesIO, binary files, a script's
# own stream class, sys.stdout.buffer; read/readline/iteration/write/flush/detach/seek/tell.
import io
import os
import sys
import tempfile

b = io.BytesIO("héllo\nwörld\r\nlast".encode("utf-8"))
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.encoding, t.errors, t.buffer is b, t.line_buffering, t.write_through, repr(t))
print(repr(t.readline()))
for line in t:
    print(repr(line))
print(t.newlines)

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="\r")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"abcdef\nxyz"))
print(repr(t.read(3)), t.tell(), repr(t.readline()), t.tell(), repr(t.read()), t.tell())
t.seek(2)
print(repr(t.read(2)))
t.seek(0, 2)
print(t.tell(), repr(t.read()))

# writes wait in the wrapper until flush, a chunk, a line end with line_buffering, or at once with write_through
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="utf-8")
print(tw.write("ab\ncd"), w.getvalue())
tw.flush()
print(w.getvalue())
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="utf-8", write_through=True)
tw.write("ab")
print(w.getvalue())
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="utf-8", line_buffering=True)
tw.write("ab")
print(w.getvalue())
tw.write("c\nd")
print(w.getvalue())
tw.write("e" * 9000)
print(len(w.getvalue()))
print(tw.tell(), len(w.getvalue()))
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="utf-8", newline="\r\n")
tw.write("a\nb\n")
tw.flush()
print(w.getvalue())
print(tw.write("😀é"))

# detach hands the buffer back; the wrapper is then unusable
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="latin-1")
tw.write("ü")
d = tw.detach()
print(d is w, w.getvalue(), tw.buffer, tw.encoding, repr(tw))
for op in ("read", "write", "close", "tell", "flush", "readline"):
    try:
        getattr(tw, op)(*(["x"] if op == "write" else []))
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    tw.closed
except ValueError as e:
    print("closed", e)

# closing the wrapper flushes and closes the buffer
w = io.BytesIO()
tw = io.TextIOWrapper(w, encoding="utf-8")
tw.write("x")
tw.close()
print(tw.closed, w.closed)
try:
    tw.write("a")
except ValueError as e:
    print(e)

# errors and decoding errors
t = io.TextIOWrapper(io.BytesIO(b"\xff abc"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"\xff abc"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    t.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
for args, kw in [(("abc",), {}), ((io.BytesIO(),), {"encoding": "nope"}), ((io.BytesIO(),), {"newline": "x"}),
                 ((io.BytesIO(),), {"encoding": 3}), ((io.BytesIO(),), {"errors": 3}), ((), {}),
                 ((io.BytesIO(),), {"bogus": 1})]:
    try:
        io.TextIOWrapper(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"abc"))
try:
    t.write(3)
except TypeError as e:
    print(e)
try:
    t.name
except AttributeError as e:
    print(type(e).__name__)

# over a file opened in binary mode
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "wb") as f:
        t = io.TextIOWrapper(f, encoding="utf-16")
        print(t.buffer is f, t.name == path)
        t.write("one\ntwo\n")
        t.close()
        print(f.closed)
    with open(path, "rb") as f:
        print(f.read()[:6])
    with open(path, "rb") as f:
        t = io.TextIOWrapper(f, encoding="utf-16")
        print([line for line in t])

# a stream class of the script's own: read() without read1
class Source:
    def __init__(self, data):
        self.data = data
        self.closed = False
    def readable(self):
        return True
    def writable(self):
        return False
    def seekable(self):
        return False
    def read(self, n=-1):
        chunk, self.data = (self.data, b"") if n < 0 else (self.data[:n], self.data[n:])
        return chunk
    def flush(self):
        pass
    def close(self):
        print("Source closed")
        self.closed = True

t = io.TextIOWrapper(Source(b"x\ny\nz"), encoding="utf-8")
print(list(t))
try:
    t.tell()
except io.UnsupportedOperation as e:
    print(e)
t.close()

# sys.stdout.buffer: bytes into the same stream
sys.stdout.flush()
sys.stdout.buffer.write("bytes on stdout: é\n".encode())
sys.stdout.buffer.flush()
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdout.buffer.writable(), sys.stdout.buffer.readable())
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("through a wrapper: \xe9\n")
out.detach()
print(isinstance(sys.stdin.buffer, io.BufferedIOBase))
