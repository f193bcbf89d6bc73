# bz2's one-shot functions and its compressor/decompressor objects: round trips, several
# streams, trailing bytes, max_length/needs_input, a stream made by CPython, error messages.
import bz2
import zlib

CPYTHON_STREAM = bytes.fromhex(
    "425a683931415926535902fb1a7c0000105f80001040001000080040001367d4302000233ff54a1a34323690a64c4c"
    "83232cb2ea3d70e50b2156195d877a212aa52ca597e2ee48a70a12005f634f80")


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, bytes) else (len(r), hex(zlib.crc32(r))))
    except Exception as e:
        print(label, type(e).__name__, e)


print(bz2.decompress(CPYTHON_STREAM))
data = b"".join(b"line %d of some text %s\n" % (i, b"x" * (i % 17)) for i in range(3000))
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print("level", level, c[:4], bz2.decompress(c) == data)
print(bz2.compress(b"")[:3], bz2.decompress(bz2.compress(b"")))
print(bz2.decompress(b""))

# several streams, and junk after them
two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two))
print(bz2.decompress(two + b"not bzip2 at all"))
print(bz2.decompress(CPYTHON_STREAM + bz2.compress(b"ours")))
attempt("truncated", lambda: bz2.decompress(bz2.compress(data)[:-10]))
attempt("garbage", lambda: bz2.decompress(b"this is not bz2"))

# the compressor object in pieces
comp = bz2.BZ2Compressor(3)
pieces = [comp.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
pieces.append(comp.flush())
stream = b"".join(pieces)
print("pieces", bz2.decompress(stream) == data)
attempt("compress after flush", lambda: comp.compress(b"x"))
attempt("flush twice", comp.flush)
attempt("level 0", lambda: bz2.BZ2Compressor(0))
attempt("level 10", lambda: bz2.BZ2Compressor(10))
attempt("compress level", lambda: bz2.compress(b"x", 12))

# the decompressor object: chunks, eof, unused_data, needs_input, max_length
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = b""
for i in range(0, len(stream), 997):
    out += d.decompress(stream[i:i + 997])
print("chunks", out == data, d.eof, d.needs_input, d.unused_data)
attempt("after eof", lambda: d.decompress(b"more"))

d = bz2.BZ2Decompressor()
first = d.decompress(CPYTHON_STREAM + b"tail bytes", 10)
print(first, d.eof, d.needs_input, d.unused_data)
second = d.decompress(b"", 30)
print(second, d.eof, d.needs_input)
rest = d.decompress(b"")
print(rest, d.eof, d.needs_input, d.unused_data)

d = bz2.BZ2Decompressor()
print(d.decompress(CPYTHON_STREAM[:20]), d.eof, d.needs_input)
print(len(d.decompress(CPYTHON_STREAM[20:] + b"!")), d.eof, d.unused_data)
attempt("bad stream", lambda: bz2.BZ2Decompressor().decompress(b"BZh9" + b"\x00" * 40))
print(type(bz2.BZ2Compressor()).__name__, type(bz2.BZ2Decompressor()).__name__)
