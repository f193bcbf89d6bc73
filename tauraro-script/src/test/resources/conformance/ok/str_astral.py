# str indices count code points: characters beyond U+FFFF (emoji) are one character each in
# indexing, slicing, find/index/count spans, padding, precision, strip, comparison and order.
s = "a\U0001F600b\u20acc"
print(len(s), s[1], s[2], s[-1], s[1:3], s[::-1], list(s), s.find("b"), s.index("c"), s.rfind("\u20ac"))
print([c for c in s], "".join(reversed(s)), s.count("b", 2), s.startswith("b", 2), s.center(9, "*"), repr(s[1]))
print(ascii(s), s.upper(), sorted(s), max(s), s.split("b"), s.partition("b"), s.encode("utf-8"), s.ljust(7, "."), f"{s:>8}|")
print(s.expandtabs(), s.zfill(8), s.rindex("b"), [ord(c) for c in s], chr(0x1F600) == s[1], s[1:2] * 2, len(s[:2]))
s = "\U0001F600\U0001F601abc"
print("\uffff" < "\U0001F600", sorted(["\U0001F600", "\uff01"]), max("\uff01\U0001F600"))
print("{:.1}|{:.3}|%.2s|{:*^6}".format(s, s, s) % s, f"{s:.2}", "%-5s|" % "\U0001F600")
print(s.expandtabs(), s.title(), s.swapcase(), s.split("a", 1), s.rsplit("b"), s.replace("\U0001F601", "x", 1), s.strip("\U0001F600"))
print(s.count("", 1), s.find("", 3), s.find("a", 1, 3), s.rindex("\U0001F601"), s[5:0:-2], s[-2:], "\U0001F600" in s, s.index("c", -1))
t = "é\U0001F600"
print(list(enumerate(t)), [t[i] for i in range(len(t))], t[1:], t[:-1], str(t[1:2] == "\U0001F600"))
print(s.startswith("\U0001F601", 1), s.endswith("a", 0, 3), s.islower(), s.isupper(), s.isalpha(), "\U0001D400".isalpha())
print("abc".startswith("b", 1), "abc".endswith("b", 0, 2), "abc".startswith(("x", "c"), 2), "abc".startswith("", 4))
print("abc".endswith(("a", "bc"), -2), "abcabc".find("c", -3, -1), "abc".count("", 5), "abc".find("", 3))
for bad in (lambda: "ab".center(5, "xy"), lambda: "ab".ljust(5, 1), lambda: "ab".startswith(("a", 1)), lambda: "ab".startswith((1, "a"))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
