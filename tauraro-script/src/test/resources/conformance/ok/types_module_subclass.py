# Subclasses of types.ModuleType: construction, methods and class attributes, __getattr__, sys.modules, __class__ assignment.
import sys, types
class M(types.ModuleType):
    """A module with extras."""
    flag = 1
    def hello(self):
        return "hello from " + self.__name__
    def __getattr__(self, name):
        if name == "lazy":
            return 42
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
m = M("mymod")
print(type(m), type(m).__name__, isinstance(m, types.ModuleType), m.__name__, m.__doc__)
print(repr(m))
m.x = 5
print(m.x, m.flag, m.hello(), m.lazy)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
sys.modules["mymod"] = m
import mymod
print(mymod is m, mymod.x)
from mymod import x, lazy
print(x, lazy)
m2 = M("other", "the doc")
print(m2.__doc__, m2.__dict__["__name__"], sorted(k for k in vars(m2)))
class Init(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
i = Init("withinit", 7)
print(i.__name__, i.extra)
# replacing a module's class, as lazy-loading libraries do
mod = types.ModuleType("swapped")
mod.__class__ = M
print(type(mod).__name__, mod.hello())
print(isinstance(sys.modules[__name__], types.ModuleType))

# a property on the class reads and writes through the module
class WithProp(types.ModuleType):
    @property
    def shout(self):
        return self.__name__.upper()
    @property
    def level(self):
        return self._level
    @level.setter
    def level(self, v):
        self._level = v * 2
w = WithProp("quiet")
w.level = 4
print(w.shout, w.level, w._level, "level" in vars(w))
# PEP 562 module __getattr__ runs before the class's
def mod_getattr(name):
    if name == "dyn":
        return "from module"
    raise AttributeError(name)
m.__getattr__ = mod_getattr
print(m.dyn, m.lazy)
print(type(m).__mro__[1:], issubclass(M, types.ModuleType))
try:
    m.__class__ = int
except TypeError as e:
    print("TypeError:", e)
mod.__class__ = types.ModuleType
print(type(mod), hasattr(mod, "hello"))
