# Searches of patterns that start with literal text (the search skips to the text's occurrences):
# prefixes ended by quantifiers, optional items, groups and look-arounds, overlapping candidates,
# escapes, VERBOSE, bytes, endpos cutting a candidate, astral characters, and int() of digit text.
import re

text = "aaab aab ab - user12 [x] - user [y] - userz - user7 [ab?c abbc ac qu qa"
for pat in [r"aab", r"ab+", r"abc?", r"ab*c", r"ab?c", r" - user(\d+) \[", r" - user(\d*) \[", r"- user\w",
            r"q(?!u)", r"q(?=u)", r"a(?:b)", r"a(b)", r"\[\w\]", r"\x61\x62", r"a\sb", r"ab{2}c", r"ab{0,1}c",
            r"ab|aa", r"(?i)AB", r"a.b", r"\d\d", r"user\b", r"ab\b", r"(?x) a a b", r"us(?#note)er"]:
    print(pat, re.findall(pat, text), [m.span() for m in re.finditer(pat, text)][:4])
p = re.compile(r"aab")
print(p.search("xaaab", 0, 4), p.search("xaaab", 0, 5), p.search("xaaab", 3), p.findall("aabaab", 1, 6))
print(re.findall(rb"ab\x00c", b"ab\x00c ab\x00\x00c ab\x00c"), re.sub(rb"- user", b"#", b"a - user b - use"))
print(re.findall(r"\U0001F389x+", "🎉 🎉x 🎉xx"), re.search(r"é🎉", "aé🎉b").span())
print(re.sub(r" - user(\d+) \[", r" - u\1x [", text), re.subn(r"aa", "-", "aaaaa"))
print(re.split(r", ", "a, b,c, d"), re.findall(r"(?m)^ab", "ab\nab\n ab"))
print([int(s) for s in ["0", "-12", "+7", "007", "123456789012345678", "1234567890123456789", " 5 ", "1_000"]])
for bad in ["", "-", "+", "1a", "--1", "12 3", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(repr(bad), e)
