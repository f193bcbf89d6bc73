# Byte order marks in text files: written once at the start (not at every write, nor when appending),
# read once (a big file read in chunks keeps the order its mark chose), utf-8-sig, and tell/seek.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.txt")
    with open(path, "w", encoding="utf-16") as f:
        f.write("a")
        f.write("b")
    print(open(path, "rb").read())
    with open(path, "a", encoding="utf-16") as f:
        f.write("c")
    print(open(path, "rb").read(), ascii(open(path, encoding="utf-16").read()))
    with open(path, "w", encoding="utf-16-be") as f:
        f.write("\ufeff" + "é" * 10000 + "\U0001F600" * 3000 + "end")
    s = open(path, encoding="utf-16").read()
    print(len(s), s[-5:] == "\U0001F600\U0001F600end", ascii(s[:2]))
    with open(path, "w", encoding="utf-32") as f:
        f.write("x" * 5000)
        f.write("y")
    data = open(path, "rb").read()
    print(len(data), data[:8], open(path, encoding="utf-32").read().count("x"))
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write("x" * 8190 + "\ufeff" + "yz")
        f.write("w")
    data = open(path, "rb").read()
    print(data[:4], len(data))
    s = open(path, encoding="utf-8-sig").read()
    print(len(s), s[8188:].encode("unicode_escape"))
    with open(path, "w+", encoding="utf-16") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        print(ascii(f.readline()), f.tell())
        print(ascii(f.readline()), f.tell())
        f.seek(0)
        f.write("J")
    print(open(path, "rb").read()[:6], ascii(open(path, encoding="utf-16").read()))
    with open(path, "w", encoding="cp1252") as f:
        f.write("café €5\n")
    print(open(path, "rb").read(), ascii(open(path, encoding="cp1252").read()))
    with open(path, "wb") as f:
        f.write(b"caf\xe9 \x80\n")
    try:
        open(path, encoding="ascii").read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(ascii(open(path, encoding="latin-1").read()), ascii(open(path, encoding="koi8-r").read()))
    try:
        open(path, encoding="no-such-codec")
    except LookupError as e:
        print("LookupError", e)
    try:
        open(path, encoding="hex")
    except LookupError as e:
        print("LookupError", e)
