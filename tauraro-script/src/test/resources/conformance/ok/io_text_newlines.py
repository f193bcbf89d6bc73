# The newlines attribute of text files: the line endings met so far when reading with universal
# newlines (newline=None) or newline='', None otherwise.
import os
import tempfile

cases = [b"", b"no ending", b"a\nb\n", b"a\rb\r", b"a\r\nb\r\n", b"a\nb\r\n", b"a\rb\n",
         b"a\r\nb\rc\n", b"end\r", b"\r\n", b"x\r\r\n\n"]
with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, "t.txt")
    for data in cases:
        with open(name, "wb") as f:
            f.write(data)
        for nl in (None, "", "\n", "\r", "\r\n"):
            with open(name, newline=nl) as f:
                before = f.newlines
                first = f.readline()
                after_line = f.newlines
                rest = f.read()
                print(repr(data), repr(nl), before, repr(first), repr(after_line), repr(rest),
                      repr(f.newlines))
    with open(name, "w") as f:
        f.write("a\r\nb\n")
        print("write", f.newlines)
    with open(name, "r+") as f:
        print("r+", f.newlines, repr(f.read()), f.newlines)
    with open(name) as f:
        lines = list(f)
        print(lines, f.newlines)
    with open(name, "rb") as f:
        print(hasattr(f, "newlines"))
