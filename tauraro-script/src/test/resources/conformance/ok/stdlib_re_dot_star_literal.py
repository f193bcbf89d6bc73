# Patterns that begin with a greedy .* and a literal character (.*Python, .*(Python), .*P.*y):
# the match found (the last place the rest matches on the line), its groups, pos and endpos,
# lines, and the patterns that only look alike (.*?, .*+, .*P?, DOTALL, IGNORECASE, alternatives).
import re

texts = ["-----Python-----", "PythonPython", "xPyPythonyP", "abc\nxPython\nPythonz", "no match here",
         "P\nP\nPy", "", "P", "\n\nPython\n", "Py\ud800thon Python", "PPPPPPPPPPPPython", "ab\nP"]
pats = [".*Python", ".*Python.*", ".*(Python)", ".*(?:Python)", ".*P.*y.*t.*h.*o.*n.*", ".*P", ".*(P)(y)?",
        ".*P+y", ".*P(?=y)", ".*P(?!y)", ".*P\\b", ".*(?<=x)P", ".*P$", ".*P\\Z", ".*Py|x", ".*?Py", ".*+P",
        ".*P?y", "(?s).*Py", "(?i).*py", ".*(?i:p)y", ".*Py(?P<n>t)?", "(?m).*P$", ".*P(.)\\1", ".*(P)y\\1",
        "(?x) .* P y", ".*Py{2}", ".*P{0}y"]
for pat in pats:
    p = re.compile(pat)
    for s in texts:
        for args in [(), (1,), (2, 8), (0, 3)]:
            for name in ("match", "search"):
                m = getattr(p, name)(s, *args)
                if m:
                    print(pat, repr(s), args, name, m.span(), m.groups(), m.lastindex, m.lastgroup)
                else:
                    print(pat, repr(s), args, name, None)
    print(pat, p.findall("xPython\nPythonP\nPy"), bool(p.fullmatch("xPython")))
print(re.search(".*Python", "\n" * 5 + "a" * 50 + "Python").span(), re.match(".*Py", "\nPy"))
