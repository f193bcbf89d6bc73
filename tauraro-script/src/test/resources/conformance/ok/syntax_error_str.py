# str() of SyntaxError with its (filename, lineno, ...) details, as exec and compile raise it; __complex__
try:
    exec("1 +")
except SyntaxError as e:
    print(e)
    print(repr(e.text), e.offset, e.filename, e.args[1][:2])
try:
    compile("x = = 1", "myfile.py", "exec")
except SyntaxError as e:
    print(e)
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
print(SyntaxError("bad", ("/a/b/f.py", 3, 4, "x y")), SyntaxError("m", (None, 2, 1, "t")), SyntaxError("plain"))
class Bad:
    def __complex__(self):
        return 1
try:
    complex(Bad())
except TypeError as e:
    print(e)
