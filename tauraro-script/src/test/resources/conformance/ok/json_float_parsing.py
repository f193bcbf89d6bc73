# json.loads of float text in the forms a short-float fast path reads (up to 15-16 digits, powers of
# ten within 1e22) and just outside it, each compared with float() of the same text.
import json
import random

rng = random.Random(5)
texts = ["0.0", "-0.0", "0.5", "1.0", "1e22", "1e23", "1e-22", "1e-23", "9007199254740991.0", "9007199254740993.0",
         "900719925474099.7", "0.1", "0.3", "2.2250738585072014e-308", "5e-324", "1.7976931348623157e308",
         "123456789012345678.0", "1.5E+3", "1.5e-3", "-12.25E2", "4.35", "99.999", "1E400", "-1e-400", "1e0005"]
for _ in range(3000):
    kind = rng.randrange(4)
    if kind == 0:
        texts.append("%.*f" % (rng.randrange(1, 8), rng.uniform(-1e6, 1e6)))
    elif kind == 1:
        texts.append(repr(rng.random() * 10 ** rng.randrange(-30, 30)))
    elif kind == 2:
        texts.append("%de%d" % (rng.randrange(-10 ** 9, 10 ** 9), rng.randrange(-40, 40)))
    else:
        texts.append("%d.%0*de%+d" % (rng.randrange(10 ** 6), rng.randrange(1, 12), rng.randrange(10 ** 10),
                                        rng.randrange(-25, 25)))
doc = json.loads("[" + ", ".join(texts) + "]")
bad = [(t, v) for t, v in zip(texts, doc) if repr(v) != repr(float(t))]
print(len(doc), bad[:5])
print([repr(v) for v in doc[:25]])
print(sum(doc[25:]) == sum(float(t) for t in texts[25:]))
