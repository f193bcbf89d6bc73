import gzip
import io
import os

import zlib

data = b"hello hello hello tauraro " * 40 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.compress(b""), zlib.compress(b"abc"), zlib.compress(b"abc", wbits=-15), zlib.compress(b"abc", wbits=31))
print(zlib.decompress(zlib.compress(data, wbits=-15), wbits=-15) == data, zlib.decompress(zlib.compress(data, wbits=31), 31) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello"), zlib.adler32(b"lo", zlib.adler32(b"hel")))
co = zlib.compressobj(9)
parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush()]
print(sum(len(p) for p in parts), zlib.decompress(b"".join(parts)) == data, b"".join(parts) == zlib.compress(data, 9))
co = zlib.compressobj()
sync = co.compress(b"abc") + co.flush(zlib.Z_SYNC_FLUSH)
print(sync, co.flush())
do = zlib.decompressobj()
blob = zlib.compress(data) + b"TRAILER"
out = do.decompress(blob[:50]) + do.decompress(blob[50:])
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(zlib.compress(data), 100)
print(len(first), len(do.unconsumed_tail) > 0, len(first + do.decompress(do.unconsumed_tail) + do.flush()) == len(data))
for bad in [lambda: zlib.decompress(b"not zlib data"), lambda: zlib.decompress(zlib.compress(data)[:-5]),
            lambda: zlib.compress(b"x", 10), lambda: zlib.decompress(b"x\x9c\x00")]:
    try:
        bad()
    except zlib.error as e:
        print("zlib.error", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH)

g = gzip.compress(data, mtime=0)
print(g[:10], gzip.decompress(g) == data, gzip.compress(b"abc", mtime=123456)[:10], gzip.compress(b"abc", 1, mtime=1)[:10])
print(gzip.decompress(gzip.compress(b"one", mtime=5) + gzip.compress(b"two", mtime=5)))
for bad in [lambda: gzip.decompress(b"plain"), lambda: gzip.decompress(gzip.compress(b"abc", mtime=1)[:-3])]:
    try:
        bad()
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
path = "stdlib_zlib_basics_tmp.gz"
with gzip.open(path, "wb") as f:
    f.write(b"line one\nline two\n")
    f.write(b"line three\n")
with gzip.open(path, "rb") as f:
    print(f.read())
with gzip.open(path) as f:
    print([line for line in f], f.name)
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as raw:
    print(raw.read(3))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"in memory")
print(buf.getvalue()[:4], gzip.decompress(buf.getvalue()))
os.remove(path)
