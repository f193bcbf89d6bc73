# Assignment forms: chained, tuple, starred, augmented on names, attributes and subscripts.
a = b = c = 0
b += 1
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
p = q = []
p.append(1)
print(q, p is q)
(m, n), [o, r] = "ab", (3, 4)
print(m, n, o, r)
head, *tail = 1, 2, 3
print(head, tail)


class Box:
    pass


box = Box()
box.v = 10
box.v += 5
box.v *= 2
box.items = [1, 2, 3]
box.items[0] += 100
box.items += [4]
print(box.v, box.items)
d = {"n": 1, "lst": []}
d["n"] += 1
d["n"] **= 3
d["lst"] += ["x"]
d["new"] = d.get("new", 0) + 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
grid[0][0] -= 1
i = 0
grid[i][i + 1], grid[i + 1][i] = 5, 6
print(grid)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
xs = [0, 1, 2]
i = 0
i, xs[i] = 2, 99
print(i, xs)
box.a, box.b = box.b, box.a = 1, 2
print(box.a, box.b)
count = 0


def bump():
    global count
    count += 1
    return count


arr = [0, 0, 0]
arr[bump()] += 10
print(arr, count)
n = 10
n //= 3
n <<= 2
n %= 5
print(n)
