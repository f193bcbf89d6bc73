# '*<text>' patterns (what glob('*.py') asks per name) match as their regular expression does:
# the whole name, newlines included, case-sensitively; bytes patterns and mixed str/bytes calls
# behave (and fail) as the expression's.
import fnmatch

names = ["a.py", "a.PY", ".py", "py", "a.py\n", "a\n.py", "x.pyc", "", "*.py", "a.py.py", "\u00e9.py"]
for pat in ["*.py", "*", "*py", "*.PY", "*]", "*\\", "*.p+", "*a.py\n", "*(x)", "*.py*", "*?", "*[p]y", "**.py"]:
    print(repr(pat), fnmatch.filter(names, pat), [fnmatch.fnmatchcase(n, pat) for n in names])


class Name(str):
    pass


print(fnmatch.fnmatchcase(Name("b.py"), "*.py"), fnmatch.filter([Name("c.py"), Name("c.txt")], "*.py"))
print(fnmatch.fnmatchcase(b"x.py", b"*.py"), fnmatch.fnmatchcase(b"x.pyc", b"*.py"))
for name, pat in [(b"x.py", "*.py"), ("x.py", b"*.py"), (3, "*.py"), (None, "*.py")]:
    try:
        print(fnmatch.fnmatchcase(name, pat))
    except TypeError as e:
        print("TypeError", e)
