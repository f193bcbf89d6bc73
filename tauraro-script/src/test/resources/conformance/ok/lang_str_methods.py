# str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = "Hello, World"
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hELLO wORLD".capitalize())
print(t.startswith("Hell"), t.endswith("ld"), t.startswith(("x", "H")), t.find("o"), t.rfind("o"))
print(t.find("zz"), t.index("W"), t.count("l"), t.count(""), t.replace("l", "L"), t.replace("l", "", 1))
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "a-b-c".rsplit("-", 1))
print("line1\nline2\r\nline3".splitlines(), "".split(","), " ".join(["x", "y", "z"]))
print(t.partition(", "), t.rpartition("o"), t.partition("#"))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Ab".isupper(), "ab".islower())
print("Title Case".istitle(), "".isdigit(), "12.5".isdecimal(), "x".isidentifier())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("a\tb".expandtabs(4), "%d%%" % 50, "tab".encode("utf-8"))
print("Hello"[::-1], "ab" * 3, "a" in "cat", "-".join("abc"), ",".join([]))
print("hello world".removeprefix("hello "), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(set(words))[:3], words.count("the"))
print("{:<8}|{:^8}|{:>8}".format("left", "mid", "right"))
print("casefold ß".casefold(), "ǅ".lower(), "straße".upper())
print(str.join("+", ["1", "2"]), "a,b".split(",", maxsplit=0), "x".join(""))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate({ord("l"): None}))
print("%-6s|%6.2f|%+d|%c" % ("ab", 3.14159, 5, 65))
print("one two".title(), "don't stop".title(), "MiXeD".lower().capitalize())
