# Text reading across the reader's chunk boundaries: read(), read(n), readline and iteration with
# '\r\n' and multi-byte characters split between chunks, the newline modes, tell() afterwards and
# the decoding error handlers over a whole file.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")
chunk = 65536
body = b"x" * (chunk - 1) + b"\r\n" + "é€😀".encode() * 3 + b"\rline\r\n" + b"y" * (chunk - 3) + "é".encode() + b"end\n"
with open(path, "wb") as f:
    f.write(body)


def digest(s):
    return len(s), s.count("\n"), s.count("\r"), s[-12:]


for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl, encoding="utf-8") as f:
        whole = f.read()
        print(repr(nl), "read", digest(whole), f.tell() == len(body), f.read() == "")
    with open(path, newline=nl, encoding="utf-8") as f:
        head = f.read(chunk - 2)
        rest = f.read()
        print(repr(nl), "split read", digest(head), digest(rest), head + rest == whole)
    with open(path, newline=nl, encoding="utf-8") as f:
        pieces = []
        while True:
            s = f.read(4999)
            if not s:
                break
            pieces.append(len(s))
        print(repr(nl), "read(4999)", len(pieces), pieces[-3:])
    with open(path, newline=nl, encoding="utf-8") as f:
        lines = list(f)
        print(repr(nl), "lines", len(lines), [digest(x) for x in lines])
    with open(path, newline=nl, encoding="utf-8") as f:
        f.readline()
        print(repr(nl), "readline then read", digest(f.read()))

bad = b"ok \xff\xfe caf\xc3\xa9 \xe2\x82 tail\r\n\xed\xa0\x80!"
with open(path, "wb") as f:
    f.write(bad)
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    try:
        with open(path, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
for enc in ["latin-1", "ascii", "cp1252", "utf-16"]:
    try:
        with open(path, encoding=enc) as f:
            print(enc, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError", e)
print(ascii(bad.decode("utf-8", "replace")), ascii("a\udcffb".encode("utf-8", "surrogateescape")))
print("é😀".encode(), "é".encode("latin-1"), "abc".encode("ascii"))
for s, enc in [("é", "ascii"), ("€", "latin-1"), ("\ud800", "utf-8")]:
    try:
        print(ascii(s), enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(ascii(s), enc, "UnicodeEncodeError", e)
