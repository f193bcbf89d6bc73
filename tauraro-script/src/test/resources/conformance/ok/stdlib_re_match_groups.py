# Match.group and friends with every kind of group index CPython 3.11 takes or refuses (bool is an int).
import re
m = re.search(r"(a)(b)?(?P<c>c)", "xacz")
for g in [0, 1, 2, 3, -1, 4, True, False, "c", "zz", 1.0, None]:
    try:
        print(repr(g), repr(m.group(g)), m[g] if g is not None else "-")
    except Exception as e:
        print(repr(g), type(e).__name__, e)
print(m.group(1, 3), m.groups(), m.groups("d"), m.groupdict(), m.span(3), m.start(), m.end(1))
mb = re.search(rb"(a)", bytearray(b"xa"))
print(repr(mb.group(1)), repr(mb.group(0)))
