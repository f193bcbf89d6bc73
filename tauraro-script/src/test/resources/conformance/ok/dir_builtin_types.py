# dir() of built-in classes and their values lists their methods and special methods
checks = {
    int: ["__add__", "__and__", "__abs__", "bit_length", "to_bytes", "__index__", "__bool__", "upper", "append"],
    float: ["__add__", "__and__", "is_integer", "hex", "__truediv__", "__index__", "bit_length"],
    str: ["upper", "join", "split", "__len__", "__getitem__", "__contains__", "__add__", "append", "__setitem__"],
    list: ["append", "sort", "__len__", "__setitem__", "__iter__", "upper", "keys"],
    dict: ["keys", "items", "get", "__getitem__", "__len__", "append", "fromkeys"],
    tuple: ["index", "count", "__getitem__", "append", "__setitem__"],
    set: ["add", "union", "__or__", "__len__", "append"],
    bytes: ["decode", "hex", "translate", "maketrans", "fromhex", "__getitem__", "append", "encode"],
    object: ["__eq__", "__repr__", "__str__", "__hash__", "append", "__len__"],
}
for t, names in checks.items():
    print(t.__name__, [n in dir(t) for n in names], dir(t) == sorted(dir(t)))
print([n in dir(5) for n in ["__add__", "bit_length"]], "join" in dir(""), "append" in dir([]))
print(dir(3) == dir(int), dir("x") == dir(str), dir({}) == dir(dict))
