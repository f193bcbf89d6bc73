# Regenerate: /usr/bin/python3 gen.py > cpython-reprs.txt
# Writes "bits repr" lines: random doubles of every magnitude, short decimals, powers of two and their neighbours.
import random, struct, math
r = random.Random(20261206)
vals = []
for _ in range(1500):
    bits = r.getrandbits(64)
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isfinite(d):
        vals.append(d)
for _ in range(800):
    vals.append(r.random() * 10 ** r.randint(-20, 20))
for _ in range(400):
    vals.append(round(r.uniform(-1e6, 1e6), r.randint(0, 8)))
for e in range(-1074, 1024, 7):
    p = math.ldexp(1.0, e)
    vals += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
for d in vals:
    print(struct.unpack('<Q', struct.pack('<d', d))[0], repr(d))
