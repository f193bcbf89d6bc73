import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 3, 5))
b = []
for x in [5, 1, 4, 1, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
data = [("red", 5), ("blue", 1), ("yellow", 8), ("black", 0)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
print(data[bisect.bisect_left(keys, 5)], bisect.bisect_left(data, 5, key=lambda r: r[1]))
bisect.insort(data, ("green", 3), key=lambda r: r[1])
print(data)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
