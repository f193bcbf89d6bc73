s = "Hello, World"
print(s.upper(), s.lower(), s[0], s[-1], s[2:5], s[::-1], s[::2], len(s))
print(s.split(", "), "a  b   c".split(), "a,b,,c".split(","), " x ".strip(), "xxhixx".strip("x"))
print(s.replace("l", "L"), s.find("World"), s.find("zzz"), s.startswith("Hell"), s.endswith("d"), s.count("l"))
print("-".join(["a", "b", "c"]), "abc" * 3, "a" in "cat", "z" not in "cat", "ab" < "b", "Ab".swapcase())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"), repr("\x00\x7f é ü 日本"))
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), repr([1, "a"]), str({"k": "v"}))
print("title case here".title(), "capitalize me".capitalize(), "42".zfill(5), "-42".zfill(5), "ab".center(6, "*"))
print("a\tb".expandtabs(4), "line1\nline2\n".splitlines(), "x=1".partition("="), "isdigit", "123".isdigit(), "abc".isalpha())
print(ord("A"), chr(97), "%s-%s" % ("a", "b"), "abc".index("c"), "hello"[1:-1], "a b c".rsplit(" ", 1))
name, n = "Ann", 3
print(f"{name} has {n} items", f"{name!r}", f"{n * 2 + 1}", f"{'nested'}", f"{{braces}}", f"{n=}", f"{[1, 2][0]}")
print("".join(reversed("abc")), sorted("banana"), list("hi"), "AbC".lower() == "abc", "x".ljust(3) + "|", "x".rjust(3))
print("multi", "args", sep="-", end="!\n")
print('''triple
quoted''', """also "this" one""", r"raw\n", "implicit" " concat")
