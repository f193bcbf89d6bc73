# The built-in exceptions' attributes as their classes hold them: BaseException's methods and
# getset descriptors, the member descriptors each type adds, and dir() of classes and instances.
print([n for n in dir(ValueError("x")) if not n.startswith("__")])
print([n for n in dir(ValueError) if not n.startswith("__")])


class CodeError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


print([n for n in dir(CodeError(3)) if not n.startswith("__")])
print(BaseException.with_traceback, BaseException.args, BaseException.__traceback__)
print(OSError.errno, type(OSError.errno).__name__, type(BaseException.args).__name__, StopIteration.value)
for E in (OSError, FileNotFoundError, StopIteration, SystemExit, ImportError, ModuleNotFoundError, NameError,
          AttributeError, SyntaxError, UnicodeDecodeError, UnicodeTranslateError, KeyError):
    print(E.__name__, sorted(set(dir(E)) - set(dir(BaseException))))
e = OSError(2, "gone", "f.txt")
print(OSError.errno.__get__(e), OSError.filename.__get__(e), BaseException.args.__get__(e), CodeError.args.__get__(CodeError(4)))
print(BaseException.add_note(e, "a note"), e.__notes__, Exception.with_traceback(e, None) is e)
try:
    BaseException.with_traceback(5, None)
except TypeError as x:
    print("TypeError", x)
print(sorted(set(dir(BaseException)) - set(dir(object))))
e = ValueError(1)
print(e.__setstate__({"a": 2}), e.a, e.__setstate__(None), BaseException.__setstate__(e, {"b": 3}), e.b)
try:
    e.__setstate__([1])
except TypeError as x:
    print("TypeError", x)
