# lzma's one-shot functions and compressor/decompressor objects over the .xz, .lzma and raw
# formats: round trips, checks, presets, filter chains, streams made by CPython, error messages.
import lzma
import zlib

XZ_STREAM = bytes.fromhex(
    "fd377a585a000004e6d6b4460200210116000000742fe5a3e00041001d5d00341949ee8de917d0b40d6404494142"
    "159de185c1123f8df200b9f1f000000000005dac8830964a437a000139422d18d0b61fb6f37d010000000004595a")
ALONE_STREAM = bytes.fromhex("5d00008000ffffffffffffffff00341949ee8de9119a409d594dda23fbffffc8edc000")
RAW_STREAM = bytes.fromhex("01000968656c6c6f207261770a00")


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, bytes) else (len(r), hex(zlib.crc32(r))))
    except Exception as e:
        print(label, type(e).__name__, e)


print(lzma.decompress(XZ_STREAM))
print(lzma.decompress(ALONE_STREAM))
print(lzma.decompress(ALONE_STREAM, format=lzma.FORMAT_ALONE))
print(lzma.decompress(RAW_STREAM, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("xz as alone", lambda: lzma.decompress(XZ_STREAM, format=lzma.FORMAT_ALONE))
attempt("alone as xz", lambda: lzma.decompress(ALONE_STREAM, format=lzma.FORMAT_XZ))

data = b"".join(b"record %05d %s\n" % (i, b"abc" * (i % 11)) for i in range(4000))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(data, check=check)
    d = lzma.LZMADecompressor()
    print("check", check, c[:6], d.decompress(c) == data, d.check, d.eof)
for preset in (0, 1, 6, 9 | lzma.PRESET_EXTREME):
    print("preset", preset, lzma.decompress(lzma.compress(data, preset=preset)) == data)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print("alone", alone[:5], lzma.decompress(alone) == data)
chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 3, "dict_size": 1 << 20}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "lc": 2, "lp": 1, "pb": 1}],
    [{"id": lzma.FILTER_LZMA2, "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4}],
]
for chain in chains:
    xz = lzma.compress(data, filters=chain)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    print("chain", [f["id"] for f in chain], lzma.decompress(xz) == data,
          lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "preset": 2}]
print("lzma1 raw", lzma.decompress(lzma.compress(data, format=lzma.FORMAT_RAW, filters=lz1),
                                   format=lzma.FORMAT_RAW, filters=lz1) == data)
print("lzma1 alone", lzma.decompress(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=lz1)) == data)

# several streams and trailing bytes
two = lzma.compress(b"one ") + lzma.compress(b"two")
print(lzma.decompress(two), lzma.decompress(two + b"trailing junk"))
attempt("truncated", lambda: lzma.decompress(lzma.compress(data)[:-20]))
attempt("empty", lambda: lzma.decompress(b""))
attempt("garbage", lambda: lzma.decompress(b"garbage"))
attempt("corrupt", lambda: lzma.decompress(XZ_STREAM[:30] + bytes([XZ_STREAM[30] ^ 0xFF]) + XZ_STREAM[31:]))

# the compressor in pieces
comp = lzma.LZMACompressor()
parts = [comp.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
parts.append(comp.flush())
stream = b"".join(parts)
print("pieces", lzma.decompress(stream) == data)
attempt("compress after flush", lambda: comp.compress(b"x"))
attempt("flush twice", comp.flush)

# the decompressor in chunks, with max_length
d = lzma.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
out = b""
for i in range(0, len(stream), 1500):
    out += d.decompress(stream[i:i + 1500])
print("chunks", out == data, d.eof, d.needs_input, d.check)
attempt("after eof", lambda: d.decompress(b"x"))
d = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
print(d.decompress(XZ_STREAM + b"rest", 12), d.eof, d.needs_input, d.unused_data)
print(d.decompress(b"", 100), d.eof, d.needs_input, d.unused_data)

# argument errors
attempt("raw no filters", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW))
attempt("alone check", lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
attempt("bad check", lambda: lzma.LZMACompressor(check=3))
attempt("bad preset", lambda: lzma.LZMACompressor(preset=10))
attempt("preset and filters", lambda: lzma.LZMACompressor(preset=1, filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("decomp raw", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
attempt("decomp filters", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ, filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("decomp memlimit raw", lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=1 << 20))
attempt("format 7", lambda: lzma.LZMADecompressor(format=7))
attempt("filter id", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"id": 99}]))
attempt("no id", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"preset": 1}]))
attempt("bad key", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "bogus": 1}]))
attempt("bad value", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "dict_size": "x"}]))
attempt("bcj key", lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_X86, "dist": 3}]))
attempt("alone chain", lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("memlimit", lambda: lzma.LZMADecompressor(memlimit=1000).decompress(XZ_STREAM))
print([lzma.is_check_supported(i) for i in range(17)])
print(lzma.CHECK_ID_MAX, lzma.CHECK_UNKNOWN, lzma.FILTER_LZMA1, lzma.PRESET_EXTREME, lzma.PRESET_DEFAULT)
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__name__)
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
