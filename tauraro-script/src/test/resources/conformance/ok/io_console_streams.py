# sys.stdout and sys.stderr are _io.TextIOWrapper objects; BytesIO and StringIO name themselves as _io's types.
import io
import sys

print(type(sys.stdout), type(sys.stderr), type(sys.stdin))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stderr, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
for s in (sys.stdout, sys.stderr):
    print(s.readable(), s.writable(), type(s.seekable()).__name__, s.name, s.mode, s.encoding, s.closed,
          s.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.name, sys.stdin.mode)
sys.stdout.writelines(["a", "b\n", "c\n"])
sys.stdout.flush()
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    sys.stdout.readline()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)

b = io.BytesIO(b"abc")
s = io.StringIO("x")
print(type(b), type(s), io.BytesIO.__name__, io.BytesIO.__module__, io.StringIO.__qualname__)
for call in (lambda: b.nope, lambda: s.nope, lambda: b + 1, lambda: len(b), lambda: b[0], lambda: s * 2,
             lambda: io.BytesIO(1.5), lambda: io.BytesIO(b"", 1, 2), lambda: io.StringIO("", None, 3),
             lambda: b.write(1), lambda: b.truncate("x"), lambda: s.truncate("x"), lambda: b.truncate(-1),
             lambda: b.fileno(), lambda: io.StringIO(3), lambda: b.read(1.5), lambda: io.BytesIO(x=1)):
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print("isatty:", sys.stdout.isatty())
