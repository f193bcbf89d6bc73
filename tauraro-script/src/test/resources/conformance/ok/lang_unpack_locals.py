# Unpacking into plain locals: tuples, lists, other iterables, wrong lengths, list subclasses with their own __iter__, starred.
class L(list):
    def __iter__(self):
        return iter([7, 8])
a, b = L([1, 2]); print(a, b)
def f(seq):
    x, y, z = seq
    return x + y + z
print(f((1, 2, 3)), f([4, 5, 6]), f("abc"), f(range(3)))
for bad in [(1, 2), [1, 2, 3, 4], 5]:
    try:
        f(bad)
    except Exception as e:
        print(type(e).__name__, e)
def g(pairs):
    out = []
    for k, v in pairs:
        out.append(k * v)
    return out
print(g([(1, 2), [3, 4]]), g({"ab": 1}.items()) if False else g([("a", 3)]))
def h(t):
    a, *b, c = t
    return a, b, c
print(h((1, 2, 3, 4)), h([1, 2]))
