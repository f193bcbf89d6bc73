# String literals, escapes, concatenation, indexing and repr.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, len(s))
print(s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-3:])
print("tab\tsep", "new\\nline", 'quote"s', "it's")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("a\nb\t\\"))
print("""triple
quoted""")
print('''single
triple''')
print(r"raw\n\t", len(r"\n"))
print("con" "cat" 'enated')
print("\x41\u00e9\u4e2d", "\N{GREEK SMALL LETTER ALPHA}", len("\u00e9"))
print(repr("\x00\x7f"), repr("caf\u00e9"), ascii("caf\u00e9"))
print(ord("A"), chr(97), chr(0x263A), ord("\u20ac"))
print("a" < "b", "abc" == "ab" + "c", "abc" in "xxabcxx")
print(str(42), str(3.5), str(None), str(True), str([1, "a"]))
print(repr([1, "a", 'b"c']), repr({"k": "v"}), repr(("x",)))
u = "Ünïcödé"
print(u.upper(), u.lower(), len(u))
multi = ("line one "
         "line two")
print(multi)
print("x" * 0, "" * 5, -1 * "y", "ab" * 2)
for ch in "abc":
    print(ch, end="|")
print()
print("%s has %d items, %.2f%%" % ("cart", 3, 12.345))
print("%5s|%-5s|%05d|%x|%r" % ("ab", "cd", 42, 255, "q"))
