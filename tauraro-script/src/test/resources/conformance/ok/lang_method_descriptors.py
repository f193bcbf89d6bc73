# Methods of built-in types read from the type: method descriptors (str.upper), their names, calls and errors, pickling.
print(str.upper, type(str.upper).__name__, str.upper.__qualname__, str.upper.__name__)
print(list.append, dict.get.__qualname__, str.upper("a"), list.append.__objclass__)
import pickle
print(pickle.loads(pickle.dumps(str.upper))("x"))
print(repr(str.join)[:30], callable(str.upper))
for bad in (lambda: str.upper(), lambda: str.upper(5), lambda: list.append([])):
    try:
        bad()
    except TypeError as e:
        print(e)
import types
print(type(str.join) is types.MethodDescriptorType if hasattr(types, "MethodDescriptorType") else "no")
