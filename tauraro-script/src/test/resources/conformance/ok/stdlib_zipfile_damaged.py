# zipfile on damaged archives: one byte of a small archive changed at a time (seeded, so the
# same bytes as under CPython) must give CPython's outcome: the member's data, BadZipFile (bad
# CRC, overlapped entries, corrupt extra field, bad magic), zlib.error, or NotImplementedError.
import io
import random
import zipfile

rnd = random.Random(7)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a", (2020, 1, 1, 0, 0, 0)), b"a" * 1000)
    zf.writestr(zipfile.ZipInfo("b", (2020, 1, 1, 0, 0, 0)), b"b" * 10)
good = buf.getvalue()
counts = {}
for i in range(150):
    src = bytearray(good)
    p = rnd.randrange(len(src))
    src[p] = rnd.randrange(256)
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(src))) as z:
            sizes = [len(z.read(n)) for n in z.namelist()]
        outcome = "ok %s" % sizes
    except Exception as e:
        outcome = "%s %s" % (type(e).__name__, str(e)[:50])
    counts[outcome.split(" ")[0]] = counts.get(outcome.split(" ")[0], 0) + 1
    print(i, p, outcome)
print(sorted(counts.items()))
