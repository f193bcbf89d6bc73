# getattr, setattr, hasattr, delattr, type, isinstance, issubclass, callable, id-free identity.
class Config:
    debug = False

    def __init__(self):
        self.level = 1

    def method(self):
        return "m"


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", None))
print(getattr(c, "method")(), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "zzz"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(type(c) is Config, type(c).__name__, type(Config).__name__, type(type).__name__)
print(isinstance(c, Config), isinstance(Config, type), isinstance(3, (int, str)))
print(issubclass(Config, object), issubclass(type(c), Config))
print(callable(c), callable(c.method), callable(Config))
fields = ["a", "b", "c"]
obj = Config()
for i, f in enumerate(fields):
    setattr(obj, f, i * 10)
print([getattr(obj, f) for f in fields])
print(sorted(k for k in vars(obj)))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
dyn = Dyn()
print(Dyn.__name__, dyn.x, dyn.hello(), isinstance(dyn, Dyn))


class WithGetattr:
    def __getattr__(self, name):
        return f"computed {name}"


w = WithGetattr()
w.real = "real"
print(w.real, w.virtual, getattr(w, "other"), hasattr(w, "anything"))
print(type(len), type(print).__name__, type(Config.method).__name__, type(c.method).__name__)
print(isinstance(None, type(None)), isinstance([], list), isinstance({}, dict))
