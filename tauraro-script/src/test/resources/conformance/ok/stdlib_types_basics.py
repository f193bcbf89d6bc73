import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace(), vars(ns))
del ns.a
print(ns, types.SimpleNamespace())


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("q", 0), type(mp).__name__)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
d = {"x": 1}
live = types.MappingProxyType(d)
d["y"] = 2
print(live, dict(live))


def f():
    pass


def g():
    yield


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(None, types.NoneType), types.FunctionType.__name__, types.ModuleType.__name__)
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, C().x, types.resolve_bases((int,)), types.prepare_class("D", (int,))[0])
