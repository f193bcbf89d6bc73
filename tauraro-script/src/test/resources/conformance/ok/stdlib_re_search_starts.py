# Searches whose pattern says where a match starts (a literal first character, MULTILINE ^, ^ and
# \A): every position rule of re.search/findall/finditer/sub/split with pos and endpos.
import re

text = "ab\nabc\n\nxab\nab"
for pattern, flags in [("a", 0), ("ab", 0), ("b+", 0), ("^", re.M), ("^ab", re.M), ("^a?", re.M), ("^$", re.M),
                       ("^ab", 0), (r"\Aab", 0), ("^", 0), ("x?ab", 0), ("ab|x", 0), ("(?m)^.", 0), ("A", re.I),
                       ("\n", 0), ("(a)b", 0), ("a*", 0), (r"\n^", re.M), ("é", 0)]:
    p = re.compile(pattern, flags)
    print(repr(pattern), flags, p.findall(text), [m.span() for m in p.finditer(text)])
    for pos, endpos in [(0, 99), (1, 99), (3, 99), (3, 5), (7, 8), (8, 8), (14, 14), (15, 20), (5, 3)]:
        m = p.search(text, pos, endpos)
        print("  search", pos, endpos, m and m.span(), p.findall(text, pos, endpos))
    print("  sub", repr(p.sub("<\\g<0>>", text)), p.split(text))
print(re.findall(b"^a", b"a\nab\n", re.M), re.search(b"b", b"aab").span())
print(re.findall("^x", "x\nx", re.M), re.findall("^", "\n\n", re.M), re.findall("^", ""), re.sub("^", "-", "a\nb", flags=re.M))
print(re.search("\U0001f600b", "a\U0001f600b").span(), re.findall("^.", "\U0001f600\n\U0001f601", re.M))
