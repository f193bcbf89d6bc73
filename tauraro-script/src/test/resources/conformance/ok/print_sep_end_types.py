# print's sep and end: None, str and str subclasses are text; anything else is CPython's TypeError.
class Tag(str):
    pass


print(1, 2, sep=None, end=None)
print(1, 2, sep=Tag("<>"), end=Tag("!\n"))
for kwargs in ({"sep": 5}, {"end": 3}, {"sep": b"-"}, {"end": ["x"]}):
    try:
        print(1, 2, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
