# types.ModuleType makes real modules; sys.modules is what import looks at first.
import sys
import types

m = types.ModuleType("mymod", "A module made at run time.")
print(m.__name__, m.__doc__, repr(m), m.__package__, m.__loader__, m.__spec__)
print(sorted(m.__dict__))
print(type(m) is types.ModuleType, isinstance(sys, types.ModuleType), type(m).__name__)
m.answer = 42
m.greet = lambda who: "hello " + who
print(m.answer, m.greet("you"), "answer" in m.__dict__, hasattr(m, "missing"))
del m.answer
try:
    m.answer
except AttributeError as e:
    print(e)
print(types.ModuleType("bare").__doc__)
print(types.ModuleType(name="kw", doc="d").__doc__)

sys.modules["mymod"] = m
import mymod
print(mymod is m, mymod.greet("import"))
from mymod import greet
print(greet("from"))

# a package with a submodule, both made in code
pkg = types.ModuleType("pkg")
pkg.__path__ = []
sub = types.ModuleType("pkg.sub")
sub.value = "sub value"
pkg.sub = sub
sys.modules["pkg"] = pkg
sys.modules["pkg.sub"] = sub
import pkg.sub
from pkg.sub import value
from pkg import sub as s2
print(pkg.sub.value, value, s2 is sub)

# code run in a module's namespace
code = types.ModuleType("code")
exec("x = 3\ndef f():\n    return x * 2\n", code.__dict__)
print(code.x, code.f())

# replacing and deleting entries
fake = types.ModuleType("json")
fake.dumps = lambda o: "fake"
import json
print(json.dumps([1]))
sys.modules["json"] = fake
import json
print(json.dumps([1]))
del sys.modules["json"]
import json
print(json.dumps([1]), json is fake)

sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)

for args, kw in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("a",), {"bogus": 1})]:
    try:
        types.ModuleType(*args, **kw)
    except TypeError as e:
        print(e)
