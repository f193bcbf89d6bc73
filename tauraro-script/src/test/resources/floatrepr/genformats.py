# Regenerate: /usr/bin/python3 genformats.py > cpython-formats.txt
# Writes "bits format result" lines: %e, %g and %#g at precisions 0-17 of doubles of every magnitude,
# with ties, carries into a new digit (9.9999996) and values near powers of ten.
import math
import random
import struct

r = random.Random(20261206)
vals = [0.5, 1.5, 2.5, 9.9999996, 99999.95, 0.00012345, 1e-5, 1e5, 123456.0, 1e16, 1e-12, 1e-13, 5e-324,
        1.7976931348623157e308, 0.1, 0.3, 1 / 3]
for _ in range(500):
    vals.append(r.random() * 10 ** r.randint(-15, 18))
for _ in range(150):
    bits = r.getrandbits(64)
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isfinite(d):
        vals.append(d)
for k in range(-14, 19):
    p = 10.0 ** k
    vals += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
for i, d in enumerate(vals):
    d = abs(d)
    bits = struct.unpack('<Q', struct.pack('<d', d))[0]
    for fmt in ('%.{}e', '%.{}g', '%#.{}g'):
        prec = (i * 7 + len(fmt)) % 18
        f = fmt.format(prec)
        print(bits, f, f % d)
    for f in ('%e', '%g'):
        print(bits, f, f % d)
