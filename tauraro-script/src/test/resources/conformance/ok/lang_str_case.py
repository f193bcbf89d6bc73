# Case mapping as CPython's: full mappings (ß, ligatures, ŉ), titlecase letters (ǅ, ᾈ), capital
# sigma by its place in the word, Cherokee folding to capitals, over blocks whose case data did not
# change from Unicode 13 to 16 (the JDKs') and 14 (CPython 3.11's).
blocks = [(0x0, 0x19A), (0x19C, 0x263), (0x265, 0x2AF), (0x370, 0x3FF), (0x400, 0x4FF), (0x531, 0x587),
          (0x10A0, 0x10C5), (0x13A0, 0x13F5), (0x1E00, 0x1FFF), (0x2100, 0x218B), (0x2460, 0x24FF),
          (0x2C00, 0x2C2E), (0xAB70, 0xABBF), (0xFB00, 0xFB06), (0xFF00, 0xFF64), (0x10400, 0x1044F)]
for name in ["upper", "lower", "casefold", "title", "capitalize", "swapcase"]:
    f = getattr(str, name)
    changed = [(c, f(chr(c))) for lo, hi in blocks for c in range(lo, hi + 1) if f(chr(c)) != chr(c)]
    print(name, len(changed), " ".join("%x:%s" % (c, ".".join("%x" % ord(x) for x in r)) for c, r in changed))
for s in ["ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.", "Σ", "ΑΣ'Α", "ΑΣ\u0301 Β", "straße", "ǆemal ǅ", "ŉ", "ﬁne ﬂow", "İstanbul",
          "hello wORLD", "o'neil mc-d", "ᾳ ᾲ ᾈ", "ꭰꭱ", "ǰ ΐ", "ẞ ı"]:
    print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
