# gzip.open's text mode (shared with bz2 and lzma in _compressedfile): newline translation, the
# length write() returns, iteration, in-memory files, and the argument errors.
import gzip, io, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.gz")
    with gzip.open(p, "wt", encoding="utf-8", newline="\r\n") as f:
        print(f.write("a\nbé\n"))
    with gzip.open(p, "rt", encoding="utf-8", newline="") as f:
        print(repr(f.read()))
    with gzip.open(p, "rb") as f:
        print(f.read())
    b = io.BytesIO()
    with gzip.open(b, "wt") as f:
        f.write("mem")
    print(gzip.decompress(b.getvalue()))
    for bad in (lambda: gzip.open(p, "rbt"), lambda: gzip.open(p, "rb", encoding="x"), lambda: gzip.open(3.5)):
        try: bad()
        except Exception as e: print(type(e).__name__, e)
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(list(f))
