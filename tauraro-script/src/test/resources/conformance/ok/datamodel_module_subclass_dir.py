# dir() of a module: its class's __dir__ when a ModuleType subclass defines one, else the module's
# own __dir__ function (PEP 562), else its namespace
import types


class Listed(types.ModuleType):
    def __dir__(self):
        return ["zeta", "alpha"] + list(self.__dict__)


m = Listed("listed")
m.beta = 1
print(dir(m))

plain = types.ModuleType("plain")
plain.gamma = 2
print(dir(plain))
plain.__dir__ = lambda: ["only", "these"]
print(dir(plain))


class Both(types.ModuleType):
    def __dir__(self):
        return ["from_class"]


both = Both("both")
both.__dir__ = lambda: ["from_module"]
print(dir(both))

import collections
print([n for n in dir(collections) if not n.startswith("_")])
