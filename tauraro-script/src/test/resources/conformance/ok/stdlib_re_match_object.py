# re.Match as an object: repr, subscripts, the methods through the class, keywords, copies,
# read-only attributes, a Match per call of a sub function and per finditer step, non-BMP positions.
import copy
import re

p = re.compile(r"(?P<word>\w+)(?:-(?P<num>\d+))?")
m = p.search("  abc-42 rest")
print(m, str(m) == repr(m), bool(m), m[0], m["word"], m[2], m.re is p, m.string)
print(type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))
print(re.Match.group(m, 1), re.Match.span(m, "num"), re.Match.__getitem__(m, "num"))
print(m.start(1), m.end("num"), m.span(), m.groups(default="-"), m.groupdict(default="-"))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.expand(r"<\g<num>:\1>"))
print(copy.copy(m) is m, copy.deepcopy(m) is m, m == m, hash(m) == hash(m))
m2 = p.search("xyz")
print(m2.groups(), m2.groups("d"), m2.groupdict(), m2.lastindex, m2.lastgroup, m2.span(2), m2[2])
for attempt in ("m.pos = 3", "m.extra = 1", "m.group(1, x=2)", "m.groups(1, 2)", "m.start(1, 2)", "m.start(group=1)", "m[5]",
                "m['nope']", "m.group(1.5)", "re.Match.group('x')"):
    try:
        exec(attempt)
        print(attempt, "ok")
    except Exception as e:
        print(attempt, type(e).__name__)

seen = []
out = p.sub(lambda mm: seen.append((type(mm).__name__, mm.span(), mm.group("num"), mm.pos, mm.endpos)) or mm[1].upper(),
            "ab-1 cd ef-22")
print(out, seen)
it = p.finditer("one-1 two three-3", 2, 14)
print(type(it).__name__ != "list", [(x.group(), x.span(), x.pos, x.endpos) for x in it])
try:
    p.finditer(42)
    print("finditer lazy")
except TypeError as e:
    print("TypeError at finditer", e)

s = "😀a-1 😀😀bb-22"
print([(x.span(), x.start(2), x.group(), x.regs) for x in p.finditer(s)])
b = re.search(rb"(\w)(\d)?", bytearray(b"..x9"))
print(b, b.group(1), b.groups(), b.span(2), b.string, re.search(rb"(a)(b)", b"xab").expand(rb"[\2\1]"))


class Idx:
    def __index__(self):
        return 1


print(m.group(Idx()), m.group(True), m.span(False))
