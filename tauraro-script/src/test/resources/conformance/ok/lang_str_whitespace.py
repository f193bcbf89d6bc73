# Python's whitespace (str.isspace: 29 characters, U+0085 and the no-break spaces among them) in
# split, strip and isspace, and the narrower rule int(), float() and complex() strip numbers by.
import sys

spaces = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
print(len(spaces), [hex(c) for c in spaces])
print("".join(map(chr, spaces)).isspace(), "".isspace(), "a ".isspace())

text = "a\x85b\xa0c\u2007d\u202fe\u3000f\x1cg\u180eh i"
print(text.split())
print(text.rsplit(None, 2))
print(text.split(None, 3))
print(repr("\xa0\x85 x \u2029\x1f".strip()), repr("\xa0 x\xa0".lstrip()), repr("\xa0 x\xa0".rstrip()))
print(repr("\u200b x \u200b".strip()))  # ZERO WIDTH SPACE is no whitespace

print(int("\xa012\x85"), int("\u3000 -7\u2029"), float("\x8512.5\xa0"), complex("\xa01+2j\x85"))
for bad in ["\x1c3", "3\x1f", "\x1e1.5", "\u200b4"]:
    for conv in (int, float, complex):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, e)

import decimal
print(decimal.Decimal("\x1c1\xa0"), decimal.Decimal("\u2028 2.5 \x85"))

# what float() takes once stripped: underscores one at a time between digits, no hexadecimal or Java suffixes
for t in ["1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", ".5_5", "-0x1p3", "1.", ".e1", "1e", "+.5e-3_0", "5.e2", "1d", "2f", "1.5E+3"]:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), e)

# number text in other scripts' decimal digits, and a fill character beyond the BMP in format specs
print(int("١٢٣"), int("１２"), float("١٢.٥"), float("\u0661\u0662e1"), complex("١+٢j"), float(" ١٢ "))
print("{:𝐀^5}|{:𝐀<4}|{:𝐀=+6}|{:𝐀>3}".format("x", "y", 12, "z"), format(7, "😀>4"))
