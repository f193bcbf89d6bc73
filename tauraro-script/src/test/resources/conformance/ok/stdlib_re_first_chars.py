# Searches of patterns whose first character is known from alternatives, groups, classes and
# optional or zero-width leading items (the search skips the places no match can start at): empty
# alternatives, look-arounds, anchors, comments, back references, IGNORECASE letters and symbols,
# scoped flags, non-ASCII text and bytes; each at every start and end position.
import re

texts = ["--Perl--Python--Tcl--", "PPPPerlPPythonP", "a5,b7,c9,--x", "k\u212a K \u017f s S", "-_-#x#X#-",
         "\u00e9a\u00e9b ab", "", "\nab\n#", "xx\U0001F600ab"]
pats = [r"Python|Perl", r"(Python|Perl)", r"(?:Python|Perl|Tcl)", r"(Python)\1", r"([0a-z][a-z0-9]*,)+",
        r"(?:[a-z][a-z0-9]*,)+", r"(a|)b", r"(a|b)?c|P", r"a?b?c?#", r"(?=P)P\w", r"(?<=-)[PT]", r"\bPerl|#x",
        r"^P|-", r"(?m)^#|b$", r"(?#note)P(?#x)e", r"(?i)K|s", r"(?i)#x", r"(?i:p)e|T", r"[#-]x", r"[^-]P",
        r"[\d_]", r"[a-c]{0}[#]", r"(?:)P", r"(a)|\1b", r"(?x) P e r l | T", r"\u00e9a|b", r"[\x00-\x7f]b",
        r"x*ab", r"(?s:.)a", r"\Aa|b\Z"]
for pat in pats:
    r = re.compile(pat)
    for t in texts:
        spans = [r.search(t, i) and r.search(t, i).span() for i in range(len(t) + 1)]
        ends = [r.search(t, 0, j) and r.search(t, 0, j).span() for j in range(len(t) + 1)]
        print(pat, repr(t), r.findall(t), r.sub("<>", t), spans, ends)
for pat in [rb"Python|Perl", rb"[a-c]x|#", rb"(?i)A|-"]:
    print(pat, re.findall(pat, b"a--Perl\xe9ax#A"), re.split(pat, b"Python-\xffA"))
