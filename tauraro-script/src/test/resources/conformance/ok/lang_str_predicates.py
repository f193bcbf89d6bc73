# str's character predicates over blocks whose characters kept their properties from Unicode 13 to
# 16 (the JDKs' data) and 14 (CPython 3.11's): digits that are not decimal (superscripts, circled),
# numeric ideographs, cased letters and what is not cased, titlecase, printable, identifiers.
blocks = [(0x0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x531, 0x587), (0xE00, 0xE7F), (0x1369, 0x137C),
          (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2070, 0x209C), (0x2100, 0x218B), (0x2460, 0x24FF),
          (0x2776, 0x2793), (0x3000, 0x303F), (0x3040, 0x309F), (0x4E00, 0x4E9F), (0x5341, 0x5345),
          (0xE000, 0xE00F), (0xFB00, 0xFB06), (0xFC5E, 0xFC63), (0xFDF0, 0xFDFB), (0xFE70, 0xFE7F),
          (0xFF00, 0xFF64), (0xFF66, 0xFFEF), (0x10A40, 0x10A48), (0x1F100, 0x1F10C), (0x1D400, 0x1D44F)]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isupper", "islower", "istitle",
         "isspace", "isprintable", "isidentifier"]
for name in names:
    test = getattr(str, name)
    hits = [c for lo, hi in blocks for c in range(lo, hi + 1) if test(chr(c))]
    print(name, len(hits), " ".join("%x" % c for c in hits))
# identifiers continue with what they cannot start with, and the NFKC exclusions do neither
print([("a" + chr(c)).isidentifier() for c in (0x30, 0xE33, 0xFF9E, 0x37A, 0x309B, 0xFE70, 0x200B, 0xAD)])
print([chr(c).isidentifier() for c in (0x5F, 0xE33, 0xFF9E, 0x37A, 0x2118, 0x212E, 0x1885)])
# strings mixing cased and uncased characters, titlecase and non-BMP letters
for s in ["中", "中A", "中a", "ǅ", "ǅa", "Ǆ", "ǆ", "ª", "ʰ", "Ⅻ", "ⅻ", "ABC中1", "abc中1", "𝐀", "𝐚", "𝐀𝐚", "Hello World", "Hello world", "ǅungla", "", " "]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isnumeric(), s.isdigit(), s.isprintable())
print("½²³¹①⑩一万".isnumeric(), "²③".isdigit(), "²③".isdecimal(), "٣٤".isdecimal(), "\xad".isprintable(), "\u2028".isprintable())
