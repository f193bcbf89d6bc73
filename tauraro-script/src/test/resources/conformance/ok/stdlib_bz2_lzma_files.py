# bz2.open/BZ2File and lzma.open/LZMAFile: binary and text modes, append, exclusive create,
# file objects, iteration, seeking, and the errors of bad modes and arguments.
import bz2
import io
import lzma
import os
import tempfile


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(TMP[0], "TMP"))


TMP = [""]
lines = [b"alpha %d\n" % i for i in range(500)]
with tempfile.TemporaryDirectory() as tmp:
    TMP[0] = tmp
    for mod, cls, ext, kw in ((bz2, bz2.BZ2File, "bz2", {"compresslevel": 4}), (lzma, lzma.LZMAFile, "xz", {"preset": 2})):
        name = mod.__name__
        path = os.path.join(tmp, "data." + ext)
        with mod.open(path, "wb", **kw) as f:
            print(name, "write", f.write(b"".join(lines[:300])), f.writable(), f.readable(), f.tell())
            f.writelines(lines[300:])
        print(name, "closed", f.closed)
        with open(path, "rb") as raw:
            print(name, "decompress", mod.decompress(raw.read()) == b"".join(lines))
        with cls(path) as f:
            print(name, "readline", f.readline(), f.read(12), f.tell())
            print(name, "peek", f.peek(4)[:4], f.readable(), f.writable(), f.seekable())
            f.seek(0)
            print(name, "count", sum(1 for _ in f))
            f.seek(-9, io.SEEK_END)
            print(name, "tail", f.read())
            attempt(name + " write on read", lambda: f.write(b"x"))
        with mod.open(path, "ab", **kw) as f:
            f.write(b"appended\n")
        with mod.open(path) as f:
            content = f.read()
        print(name, "append", len(content), content[-18:])
        with mod.open(path, "rb") as f:
            print(name, "readlines", len(f.readlines()))
        attempt(name + " exclusive", lambda: mod.open(path, "xb"))
        text_path = os.path.join(tmp, "text." + ext)
        with mod.open(text_path, "wt", encoding="utf-8") as t:
            print(name, "text write", t.write("héllo\nwörld\n"))
        with mod.open(text_path, "rt", encoding="utf-8") as t:
            print(name, "text read", t.readlines())
        with mod.open(text_path, "rt", encoding="latin-1") as t:
            print(name, "latin-1", t.read())
        buf = io.BytesIO()
        with cls(buf, "w") as f:
            f.write(b"in memory")
        print(name, "bytesio", mod.decompress(buf.getvalue()))
        with cls(io.BytesIO(buf.getvalue())) as f:
            print(name, "bytesio read", f.read(), f.read())
        with open(os.path.join(tmp, "bad." + ext), "wb") as raw:
            raw.write(b"definitely not compressed data, long enough to look at")
        with open(os.path.join(tmp, "cut." + ext), "wb") as raw:
            raw.write(mod.compress(b"".join(lines))[:-30])
        for bad in ("bad.", "cut."):
            attempt(name + " " + bad, lambda: mod.open(os.path.join(tmp, bad + ext)).read())
        attempt(name + " mode rbt", lambda: mod.open(path, "rbt"))
        attempt(name + " mode rt", lambda: cls(path, "rt"))
        attempt(name + " mode z", lambda: cls(path, "z"))
        attempt(name + " encoding", lambda: mod.open(path, "rb", encoding="utf-8"))
        attempt(name + " errors", lambda: mod.open(path, "rb", errors="strict"))
        attempt(name + " newline", lambda: mod.open(path, "rb", newline="\n"))
        attempt(name + " filename", lambda: cls(123))
        attempt(name + " missing", lambda: mod.open(os.path.join(tmp, "missing"), "rb") and None)
        f = cls(path)
        f.close()
        f.close()
        attempt(name + " read closed", f.read)
        attempt(name + " closed", lambda: f.closed)
    attempt("bz2 level", lambda: bz2.BZ2File(os.path.join(tmp, "l.bz2"), "w", compresslevel=0))
    attempt("lzma preset read", lambda: lzma.LZMAFile(os.path.join(tmp, "data.xz"), "r", preset=3))
    attempt("lzma check read", lambda: lzma.LZMAFile(os.path.join(tmp, "data.xz"), "r", check=lzma.CHECK_CRC32))
    alone = os.path.join(tmp, "a.lzma")
    with lzma.open(alone, "wb", format=lzma.FORMAT_ALONE) as f:
        f.write(b"alone format file")
    with lzma.open(alone) as f:
        print("alone", f.read())
    with open(alone, "rb") as raw:
        print("alone header", raw.read(5))
    raw_chain = [{"id": lzma.FILTER_LZMA2, "preset": 1}]
    rawp = os.path.join(tmp, "r.raw")
    with lzma.open(rawp, "wb", format=lzma.FORMAT_RAW, filters=raw_chain) as f:
        f.write(b"raw format file")
    with lzma.open(rawp, format=lzma.FORMAT_RAW, filters=raw_chain) as f:
        print("raw", f.read())
    print(sorted(os.listdir(tmp)))
