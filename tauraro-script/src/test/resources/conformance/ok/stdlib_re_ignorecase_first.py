# IGNORECASE searches whose first character is an ASCII letter or a class holding letters: a
# match may start with the letter's other case or with a character beyond ASCII that folds to it
# (the Kelvin sign to k, the long s to s, dotless and dotted i), which the search's first-character
# skip must not pass over; and \b, \B, \w, \s under IGNORECASE test characters as they are
# (U+0345 uppercases to a Greek letter but is no word character). Each at every start position.
import re

texts = ["xx\u212aelvin KELVIN kelvin", "\u017ftop STOP s-t", "\u0131\u0130 iI", "a\u0345b \u0345 x",
         "ucpyv=1; UCPYV = 2;xucpyv=3", "\u00df SS ss \u1e9e", "--Q--q--", "", "\u03c3\u03c2\u03a3 s"]
pats = [r"k", r"kel", r"[k-m]e", r"[a-c]|s", r"s|t", r"\bucpyv\s*=\s*([^;]*)", r"\bk", r"i|#", r"[hi]",
        r"\B\w", r"\w+", r"\s+\w", r"x\b", r"(?:q|z)-", r"(?-i:k)E",
        r"\u03c3", r"(?:^|\s+)stop(?:\s+|$)"]
for flags in (re.I, re.I | re.ASCII):
    for pat in pats:
        r = re.compile(pat, flags)
        for t in texts:
            spans = [r.search(t, i) and r.search(t, i).span() for i in range(len(t) + 1)]
            print(flags, pat, ascii(t), r.findall(t), ascii(r.sub("<>", t)), spans)
for pat in [rb"k|s", rb"\bab", rb"[x-z]q"]:
    r = re.compile(pat, re.I)
    print(pat, r.findall(b"K\xd7k S\xdf AB ab xQ Yq"), r.split(b"zq\xffAB"))
