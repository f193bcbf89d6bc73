# Every class has __doc__ and the module that made it (type() and types.new_class), list.__hash__ and friends are None, type(None) has object's methods, and reprs show hex(id(o)).
class C: pass
c = C()
print(repr(c).endswith(hex(id(c)) + ">"), type("X", (), {}).__doc__, list.__hash__ is None, dict.__hash__, set.__hash__ is None, C.__hash__ is None)
import types
print(types.new_class("Y").__doc__)

t = type([])
print(t.__hash__)
print(list.__hash__)
x = list
print(x.__hash__)
print(getattr(list, "__hash__"))
print(type([]).__hash__)
