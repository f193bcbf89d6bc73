# match() and fullmatch() of patterns holding a literal every match contains, at a fixed or
# bounded distance from the start or anywhere after it: a text without the literal where the
# match could hold it fails at once, one with it is matched, at every pos and endpos
# (fnmatch's patterns, such as '*.py', are matched this way over each name).
import re
import fnmatch

texts = ["abc", "xxabc", "abcabc", "a-bc", "ab", "xabcx", "1.py", "1.txt", ".py.txt", "a.pyc", "",
         "xxxxxxxxxxabc", "ab\ncd", "\u00e9abc", "\U0001F600abc"]
pats = [r"abc", r"x*abc", r"x?abc", r"a.bc", r"a.{1,3}c", r".*\.py", r"(?s:.*\.py)\Z", r"(?:ab)?c", r"[ax]bc",
        r"(a)bc|x", r"(?<=x)abc", r"abc(?=x)", r"ab$", r"(?m)^cd", r"x{2,4}abc", r"\w*abc\b", r"(?i)ABC"]
for pat in pats:
    r = re.compile(pat)
    for t in texts:
        m = [r.match(t, i) and r.match(t, i).span() for i in range(len(t) + 1)]
        f = [r.fullmatch(t, i, j) and r.fullmatch(t, i, j).span()
             for i in range(len(t) + 1) for j in range(i, len(t) + 1)]
        e = [r.match(t, 0, j) and r.match(t, 0, j).span() for j in range(len(t) + 1)]
        print(pat, ascii(t), m, f, e)
names = [str(i) + ext for i in range(8) for ext in (".py", ".txt", ".tar.gz", "", ".PY", ".pyc")]
for pat in ["*.py", "*.tar.*", "?.py", "[0-3]*", "*", "1*.t?t", "*.[pt]y"]:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
print([re.match(rb"x*ab", b) for b in (b"xxab", b"xxa", b"ab")])
