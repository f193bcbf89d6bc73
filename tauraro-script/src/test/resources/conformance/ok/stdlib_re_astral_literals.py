# Characters beyond U+FFFF in patterns: in look-behinds (whose width counts code points), in
# classes and ranges, negated, case-insensitive (Deseret letters have cases), next to BMP text.
import re

s = "a\U0001F600P\U0001F601Q\U0001F600\U0001F600R b\U00010400c\U00010428d"
pats = ["(?<=\U0001F600)P", "(?<!\U0001F600)P", "(?<=\U0001F600)", "(?<=[\U0001F600-\U0001F64F])[A-Z]",
        "(?<=[^a])[A-Z]", "(?<=\U0001F600\U0001F600)R", "(?<=a\U0001F600)P", "(?<=\U0001F600)\U0001F600",
        "[\U0001F600-\U0001F601]+", "[^\U0001F600]+", "[a-\U0001F600]+", "[\U0001F601P]", "\U0001F600|Q",
        "(?i)\U00010400", "(?i)[\U00010400]", "(?i)[\U00010400-\U00010401]c", "\U00010428d",
        "(?<=\U00010400)c", ".\U0001F600", "\U0001F600.", "\\U0001F600{2}", "(?:\U0001F600){2}R"]
for pat in pats:
    p = re.compile(pat)
    m = p.search(s)
    print(ascii(pat), m and (m.span(), ascii(m.group())), ascii(p.findall(s)), ascii(p.sub("#", s)),
          [ascii(x) for x in p.split(s)][:4])
    print(ascii(pat), bool(p.match(s, 2)), bool(p.fullmatch("\U0001F600")), p.search(s, 3) and p.search(s, 3).span())
