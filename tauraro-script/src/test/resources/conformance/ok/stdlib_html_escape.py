# html: escape, unescape (named references with and without ';', the longest-prefix rule, numeric
# references with HTML5's replacements), and html.entities' tables
import hashlib
import html
import html.entities
from html.entities import codepoint2name, entitydefs, html5, name2codepoint

print(html.__all__, html.entities.__all__)
for s in ("plain", "<a href=\"x\">'&'</a>", "&amp;", "", "\u00e9<\u20ac>"):
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

cases = [
    "no references", "&amp; &lt; &gt; &quot; &apos; &nbsp;|", "&amp &lt &gt &quot", "&AMP; &Amp; &aMp;",
    "&notit; &notin; &not &noti; &notin", "&copy2024 &copysr; &copy;right", "&ThickSpace;|&NewLine;|&Tab;|",
    "&acE; &nLt; &fjlig; &bne;", "&#65;&#x42;&#X43;&#0067;&#x00000044", "&#;&#x;&#xg;&#a; & &&amp;;",
    "&unknown; &unknown &;", "&#128;&#129;&#130;&#141;&#150;&#159;&#160;", "&#0;&#13;&#x0D;&#11;&#12;&#9;&#10;",
    "&#xD800;&#xDFFF;&#x110000;&#1114111;&#99999999999999999999;", "&#xFDD0;&#xFFFE;&#x1FFFF;&#x10FFFE;",
    "&#x7F;&#127;&#31;&#1;", "&ampamp; &ltlt;", "&" + "a" * 40 + ";", "&#65&#66x &#x41g",
    "a&amp;b&lt;c", "&eacute;&Eacute;&eacute", "&lang; &rang; &LeftAngleBracket;", "&frac12;&frac12&sup2;",
]
for case in cases:
    print(repr(case), "->", ascii(html.unescape(case)))

# every named reference, alone and followed by text
every = "".join(html.unescape("&" + name) + "|" + html.unescape("&" + name + "x") for name in html5)
print(len(html5), hashlib.sha256(every.encode()).hexdigest())
print(all(html.unescape("&" + name) == text for name, text in html5.items()))

# numeric references: the decimal, hex and unterminated forms over the interesting ranges
out = []
for code in list(range(0, 0x200)) + list(range(0xD7F0, 0xE010)) + list(range(0xFDC0, 0x10002)) \
        + list(range(0x1FFF0, 0x20002)) + list(range(0x10FFF0, 0x110004)) + [10 ** 20]:
    out.append(html.unescape("&#%d;|&#x%X|&#x%x;x" % (code, code, code)))
print(len(out), hashlib.sha256("/".join(out).encode("utf-8", "surrogatepass")).hexdigest())

print(list(html5)[:12], list(html5.items())[-3:])
print(len(name2codepoint), len(codepoint2name), len(entitydefs), list(name2codepoint.items())[:4])
print(name2codepoint["lang"], html5["lang;"], entitydefs["nbsp"], codepoint2name[8364], entitydefs["amp"])
print(sorted(name for name in html5 if not name.endswith(";"))[:10])
try:
    html.escape(None)
except AttributeError as e:
    print("AttributeError:", e)
try:
    html.unescape(b"&amp;")
except TypeError as e:
    print("TypeError:", e)
