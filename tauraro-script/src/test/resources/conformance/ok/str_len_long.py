# len() of long strings counts code points, also when the same string is asked again
# (the interpreter remembers the last long string's count) and when strings alternate.
a = "\u20ac" * 300 + "\U0001F600" * 5
b = "x" * 1000
c = "\U0001F600" * 400
for s in (a, b, a, c, c, a + "z", b[:-1]):
    print(len(s), len(s))
i = 0
while i < len(c):
    i += 100
print(i, len(c[1:]), len(c * 2))
