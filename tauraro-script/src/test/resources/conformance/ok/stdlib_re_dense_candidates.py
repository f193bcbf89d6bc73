# Searches whose candidate places are close together (many failing tries at a first character
# or a literal start), and patterns whose literal start is a group's text: the match found, its
# groups and positions must be CPython's whatever shortcut the search takes.
import re

def show(p, s, *args):
    m = p.search(s, *args)
    print(repr(p.pattern), len(s), args, None if m is None else (m.span(), m.group(0)[:12], m.groups()))

dense = "P" * 60 + "Perl" + "P" * 60
for pat in ["Python|Perl", "Perl|Python|Tcl", "(Python|Perl)", "P(?:y|e)r?l", "(?<=P)erl", "(?<=PP)P(?!P)",
            "Pe", "P+e", "P(?=e)", "P\\b", "\\bP", "[PQ]e", "(?:P|Q)e"]:
    p = re.compile(pat)
    show(p, dense)
    show(p, dense, 10)
    show(p, dense, 10, 62)
    show(p, dense, 61, 70)
    show(p, dense, 70)
    print(len(p.findall(dense)), p.split(dense)[:3], p.subn("-", dense)[1])
    print([m.span() for m in p.finditer(dense)][:5])

# a candidate character repeated with other characters between
for s in ["PxPyPzPwPvPuPtPsPrPqPpPo" * 3 + "Perl", "P" * 30, "", "P", "xP" * 40 + "Pe", "Pe" + "P" * 40]:
    for pat in ["Perl", "Pe|Px", "P[ex]", "(Pe|Px)(r?)", "P.*l", "Pe?", "P*", "x*"]:
        p = re.compile(pat)
        print(pat, repr(s[:8]), len(s), p.search(s) and p.search(s).span(), len(p.findall(s)), p.sub("#", s)[:20])

# surrogate pairs among the candidates
s = "P\U0001F600" * 20 + "Perl" + "\U0001F600P" * 20
for pat in ["Perl", "Pe|Px", "P(?=\U0001F600)", ".P", "P."]:
    p = re.compile(pat)
    m = p.search(s)
    print(pat, m and m.span(), len(p.findall(s)), p.sub("#", s).count("#"))

# a literal start that is a group's text
for pat in ["(Python)\\1", "(?:Python)\\b", "(ab)+c", "(ab)?c", "(ab)*c", "a(bc)?d", "a(bc)*d", "a(bc){2}d",
            "(ab){0}x", "(ab)(cd)e", "(ab)(c|d)", "ab|(cd)", "(?i)(ab)", "(?i:ab)c", "(Ab)", "x(?i:y)(ab)",
            "(?x)(ab) c", "(?P<n>ab)c", "(a1)(b2)", "(a)(b)(a)\\3", "((ab))c", "(ab)c(?<=abc)"]:
    p = re.compile(pat)
    for s in ["PythonPython", "xxPythonPythonPython", "Python Python", "abc", "ababc", "xabcd", "xad",
              "abcbcd", "abcbcbcd", "x", "abcde", "abd", "cd", "AB", "ABc", "Ab", "ab", "xYab", "xyab",
              "a1b2", "abaa", "aba", "P" * 30 + "PythonPython"]:
        m = p.search(s)
        if m:
            print(pat, s[:12], m.span(), m.groups(), m.lastindex)
    print(pat, [m.span() for m in p.finditer("ab abc ababc abcbcd PythonPythonx abab")])
