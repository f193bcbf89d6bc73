# The types of None, NotImplemented and Ellipsis: names, identity and calling them.
for v in (None, NotImplemented, ...):
    t = type(v)
    print(t.__name__, t() is v, isinstance(v, t), type(v) is t, repr(v))
print(type(NotImplemented) is type(NotImplemented), type(...) is not type(None))
