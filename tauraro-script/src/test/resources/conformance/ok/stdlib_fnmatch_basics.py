import fnmatch

names = ["a.py", "b.txt", "setup.py", ".hidden", "dir/x.py", "README", "data1.csv", "data22.csv", "x[1].py"]
for pat in ["*.py", "*", "?.py", "data?.csv", "data*.csv", "[a-c]*", "[!a-c]*", "*[0-9].csv", "x[[]1].py",
            "*/*", "README", "readme", "a*b*c", "[]x]", "[!]]"]:
    print(pat, fnmatch.filter(names, pat), [fnmatch.fnmatch(n, pat) for n in names[:3]])
print(fnmatch.fnmatchcase("ABC", "abc"), fnmatch.fnmatch("ABC", "abc"), fnmatch.fnmatchcase("aXbYc", "a*b*c"))
for p in ["*.py", "a*b*c", "?x[!a-c]", "[]x]", "[!]]", "a**b", "[a", "x\\y*", "*a*", "***", "a[b-a]c", "[a-]",
          "[!]", "[\\]", "[&]", "[^x]", "a.b+c"]:
    print(repr(p), fnmatch.translate(p))
print(fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("abc", "a[^x]c"), fnmatch.fnmatch("a^c", "a[^x]c"))
print(fnmatch.fnmatchcase(b"x.py", b"*.py"))
