# seeks relative to the current position or the end: StringIO raises OSError itself, text files UnsupportedOperation
import io, tempfile, os
s = io.StringIO("abc")
for args in [(1, 1), (1, 2), (0, 1), (0, 2)]:
    try:
        print(s.seek(*args))
    except Exception as e:
        print(type(e).__name__, e)
p = tempfile.mktemp()
open(p, "w").write("hello")
f = open(p)
for args in [(1, 1), (1, 2), (0, 1), (0, 2)]:
    try:
        print(f.seek(*args))
    except Exception as e:
        print(type(e).__name__, e)
os.remove(p)
