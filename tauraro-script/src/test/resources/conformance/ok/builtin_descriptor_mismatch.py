# A built-in type's special method called unbound on another type: slot wrappers (requires a ...) and methods (doesn't apply) worded apart
for e in ["list.__lt__(1, [])", "list.__getitem__(1, 0)", "list.__len__(1)", "dict.__contains__(1, 2)", "set.__contains__(1, 2)", "int.__round__('a')", "list.__reversed__(1)", "str.__len__(1)", "list.append(1, 2)", "range.__len__(1)"]:
    try:
        eval(e)
    except TypeError as x:
        print(e, "->", x)
for e in ['list.__len__()', 'list.__lt__()', 'dict.__contains__()', 'set.__len__()', 'int.__add__("a", 1)', 'float.__neg__(1)', 'slice.__lt__(1, slice(1))', 'slice.__eq__()']:
    try:
        eval(e)
    except TypeError as x:
        print(e, "->", x)
