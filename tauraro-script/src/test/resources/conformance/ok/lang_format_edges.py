# format() over every pair of edge value and spec: '#' alternate forms (a point even without digits),
# 'z' (PEP 682), precision refused for int presentations, 'c' range and flags, inf/nan with each type.
vals = [0, 1, -1, 42, -42, 255, 10**20, -(10**20), True, 0.0, -0.0, 1.5, -2.25, 1e16, 1e-7, 123456.789, float("inf"), float("nan"), 2.5, 3.5]
specs = ["", "d", "5d", "<5", ">6", "^7", "=8", "+", " ", "-", "08", "+08", "_", ",", "x", "#x", "X", "#o", "b", "#b", "e", ".2e", "E", "f", ".0f",
         ".3f", "g", ".3g", "G", "%", ".1%", "n", "c", "010.3f", "+,.2f", "_.3e", "#.0f", "#g", ".0e", "z.1f", "#x", ",d", "_b", "10.4", ".10"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))

for v, s in [(1,'z'),(1,'zd'),('a','z'),(1,'.2'),(1,'.2d'),(1,'+c'),(65,'#c'),(1.0,'zd'),(-0.04,'z.1f'),(-0.0,'z'),(-0.0,'ze'),(-1e-9,'z.2e'),(-0.0,'z%'),(-0.001,'zg'),(-0.0,'z.3g'),(-0.0, 'z=+8.1f'), (0.5,'#.0e'), (5.0, '#.0%'), (5.0,'#'), (1e20,'#.3g'), (0.0, '#g'), (1.0, '#.0g'), (-1, 'c'), (10**20, 'c'), (0x10FFFF, 'c'), (-float('inf'), 'z.2f'), (float('-nan'), 'F')]:
    try: print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e: print(repr(v), repr(s), type(e).__name__, e)

for f, v in [("%#.0f", 2.0), ("%#.0e", 0.5), ("%#g", 123456.789), ("%#.0g", 1.0), ("%#x", 255), ("%#o", 8), ("%c", 65), ("%.3g", -0.0), ("%+.1f", -0.04), ("%#.3g", 1e20), ("%e", float("inf")), ("%E", float("nan")), ("%#5.1f", 3.0)]:
    try: print(f, repr(f % v))
    except Exception as e: print(f, type(e).__name__, e)
