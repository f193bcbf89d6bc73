# Match methods called at a call site (direct calls of a NativeMethods value): results, argument errors, unbound and bound use.
import re
m = re.match(r"(a)(b)?", "ac")
print(m.group(1), m.group(1, 2), m.groups(), m.groups(default="-"), m.span(1), m.start(), m.end(2), m[1])
for f in (lambda: m.group(5), lambda: m.group(x=1), lambda: m.nosuch(), lambda: m.span(1, 2), lambda: m.groups(1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = m.group
print(g(0), re.Match.group(m, 1))
print(re.sub(r"(\d+)", lambda mm: mm.group(1) * 2 + mm.expand(r"<\1>"), "a1b22"))
