import re

# match / search / fullmatch and Match objects
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(2), m.start(1), m.end(1), m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.string, m.re, m.regs)
print(re.search("c", "abcdef"), re.match("c", "abcdef"), re.fullmatch("abc", "abc"), re.fullmatch("ab", "abc"))
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group("first_name"), m["last_name"], m.groupdict(), m.lastgroup, m.re.groupindex)
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.span(2), m.start(2))
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groupdict(), m.groupdict("-"))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match("(a)|b", "b").lastindex)
print(bool(re.match("", "x")), re.search("x*", "abc"))

# findall / finditer
print(re.findall(r"\bf[a-z]*", "which foot or hand fell fastest"))
print(re.findall(r"(\w+)=(\d+)", "set width=20 and height=10"))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall("x*", "axbxx"), re.findall("", "abc"), re.findall(r"\b|:+", "a::bc"))
print([m.span() for m in re.finditer(r"\w+ly\b", "He was carefully disguised but captured quickly by police.")])
print([(m.start(), m.group()) for m in re.finditer("a*", "baaac")])

# sub / subn
print(re.sub(r"def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):", r"static PyObject*\npy_\1(void)\n{", "def myfunc():"))
print(re.sub("-{1,2}", lambda m: " " if m.group(0) == "-" else "-", "pro----gram-files"))
print(re.sub(r"\sAND\s", " & ", "Baked Beans And Spam", flags=re.IGNORECASE))
print(re.sub("x*", "-", "abxd"), re.sub("a", "b", "aaa", 2), re.subn("a", "b", "aaa"), re.subn("z", "b", "aaa"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<2> at \g<w> (\g<0>)", "joe@example"))
print(re.sub("(a)(b)?", r"[\2|\1]", "ac ab"), re.sub("a", r"\n\t\\", "a"), repr(re.sub("a", r"\&", "a")))
print(re.sub("(b)", r"\1\0612", "abc"), re.sub("a", lambda m: None, "aba"))
print(re.sub("(?m)^", "> ", "one\ntwo\n"), re.sub("$", "!", "line\n"), re.sub("(?m)$", "!", "a\nb\n"))

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."), re.split(r"\b", "Words, words, words."))
print(re.split(r"\W*", "...words..."), re.split(r"(\W*)", "...words..."), re.split("x", ""), re.split("(a)|b", "1a2b3"))

# flags and inline flags
print(re.findall("^a", "a\na", re.M), re.findall("^a", "a\na"), re.findall("a.b", "a\nb", re.S), re.findall("a.b", "a\nb"))
print(re.findall("(?i)ab", "AB aB"), re.findall("(?i:a)b", "Ab AB"), re.findall("a(?-i:b)", "AB Ab", re.I))
print(re.match("(?s:.)", "\n"), re.match("(?x) a b # comment\n c", "abc"), re.match("a(?x: b c )d", "abcd"))
pat = re.compile(r"""\d +  # the integral part
                   \.    # the decimal point
                   \d *  # some fractional digits""", re.X)
print(pat.match("3.1415").group(), pat.flags, pat.groups)
print(re.match(r"[ ]a#b", " a#b", re.X), re.match(r"\ a\#", " a#", re.X))
print(re.findall(r"\w+", "héllo wörld ñ_1 ²"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"(?a)\w+", "héllo"))
print(re.findall(r"\d", "1٣x"), re.findall(r"\d", "1٣x", re.ASCII), re.findall(r"\s", " \t\x1c\u3000x"), re.findall(r"\s", " \x1c\u3000", re.A))
print(re.findall("[^\\W\\d]+", "ab12cd_"), re.findall(r"[\s\d]+", "a 1 b"), re.findall(r"[^\s]+", "a bc"))
print(re.match("é", "É", re.I), re.match("straße", "STRASSE", re.I), re.match("k", "K", re.I))
print(re.I, re.I | re.M, re.M | 2, repr(re.A | re.X), re.NOFLAG, int(re.VERBOSE), re.U == 32)
print(re.compile("a", re.I | re.X), re.compile(b"a"), re.compile("a", re.U), re.compile("a", re.A), re.compile("(?i)a"))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?x)a").flags, re.compile("(?a)a").flags)

# anchors, lookarounds, backrefs, quantifiers
print(re.findall(r"\Aab", "abab"), re.findall(r"ab\Z", "abab\n"), re.findall(r"ab$", "abab\n"), re.search(r"a$", "a\n\n"))
print(re.findall(r"(?<=-)\w+", "spam-egg x-y"), re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<!a)b", "ab cb"), re.findall(r"q(?!u)", "qu qa"))
print(re.match(r"(\w)\1", "aa"), re.match(r"(?P<c>\w)(?P=c)", "bb"), re.match(r"(a)\1{2}", "aaa"), re.search(r"(.)\1", "xaa"))
print(re.findall("a{2}", "aaaaa"), re.findall("a{2,}", "aaaaa b aa"), re.findall("a{,2}", "aaa"), re.findall("a{1,2}?", "aaa"), re.findall("a{", "a{"))
print(re.findall("x{2,3}+", "xxxx"), re.match("(?>a+)b", "aab"), re.match("a++a", "aaa"), re.findall("a*?b", "aab"), re.findall("a{x}", "a{x}"))
print(re.findall("[]a]", "]a"), re.findall("[^]a]", "]ab"), re.findall("[a-]", "a-b"), re.findall("[&&x]", "&x"), re.findall("[[]", "[a"))
print(re.findall(r"[\]\\]", "]\\x"), re.findall("[.*+]", ".x*"), re.findall(r"\x41\u0042\U00000043\101\0", "ABCA\0"), re.findall(r"\N{EM DASH}", "a—b"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"\t\n", "\t\n"), re.findall(r"\.\*", ".*"), re.findall(r"a|b|", "abc"))
print(re.findall("(?#comment)a", "a"), re.findall(r"\bis\b", "this is island is"), re.findall(r"\Bis\B", "this island"))

# pos / endpos
p = re.compile("d")
print(p.search("dog", 1), p.search("dog", 0, 1), p.match("dog", 1), re.compile("o").match("dog", 1))
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("\na", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\w+").findall("abc def ghi", 2, 9), list(m.span() for m in re.compile(r"\w").finditer("abcd", 1, 3)))
print(re.compile("").search("abc", 5), re.compile("").search("abc", -3), re.compile("").search("abc", 2, 1))
m = re.compile("b").search("abc", 1, 2)
print(m.pos, m.endpos, m)

# expand, escape, bytes, cache
m = re.search(r"(?P<n>\d+)-(\d+)", "tel 555-1234")
print(m.expand(r"\2/\1 \g<n>"), m.expand("x\\n"))
print(re.escape("a.b c-d_é#&~"), re.escape(b"a.b"), re.escape("1+1=2"))
print(re.findall(rb"\w+", b"hello world \xe9"), re.sub(b"o", b"0", b"foo"), re.match(b"(a)(b)", b"ab").groups(), re.split(rb"\s", b"a b"))
print(re.match(b"(?i)A", b"a"), re.findall(b"[\x80-\xff]", b"a\xe9\xff"))
print(re.compile("x") is re.compile("x"), re.compile("x") == re.compile("x"), re.compile("x") == re.compile("x", re.I))
re.purge()
p = re.compile("y")
print(re.compile(p) is p, re.search(p, "xyz"), type(p).__name__, type(re.match("a", "a")).__name__)
print(re.findall("😀.", "a😀b😀c"), re.search("b", "😀😀b").span(), re.sub("😀", "-", "a😀b"), re.split("b", "😀b😀"))
print(re.Pattern, re.Match, isinstance(p, re.Pattern), re.error.__name__, issubclass(re.error, Exception))
