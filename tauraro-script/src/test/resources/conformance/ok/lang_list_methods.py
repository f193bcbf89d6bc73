# list methods.
xs = [3, 1, 4, 1, 5]
xs.append(9)
xs.extend([2, 6])
xs.insert(0, 0)
xs.insert(100, 7)
xs.insert(-1, 8)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(2), xs)
xs.remove(1)
print(xs, xs.index(5), xs.count(1), xs.count(42))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
c = xs.copy()
c.clear()
print(c, len(xs))
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 in [1, 2, 3])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
try:
    xs.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), len([]))
