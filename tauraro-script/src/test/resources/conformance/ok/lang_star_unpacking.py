# Star-unpacking in calls and displays.
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)


args = [1, 2, 3, 4]
kw = {"x": 1, "y": 2}
print(f(*args))
print(f(*args, **kw))
print(f(0, *[1], **{"c": 5}))
print(f(*"ab"))
print(f(*range(2), *range(2, 5), z=9, **{"w": 8}))
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3])
print(*[1, 2, 3], sep="-")
first, *others = [*"hello"]
print(first, others)
a, *b, c = range(2, 7)
print(a, b, c)
[x, y], *z = [[1, 2], 3, 4]
print(x, y, z)


def keywords(**kwargs):
    return sorted(kwargs.items())


print(keywords(**{"b": 1}, a=2))
print(max(*[3, 9, 2]), min(*"zya"))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
print([*zip(*zip(*matrix))])
try:
    f(1, 2, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
