# Slicing of lists, strings and tuples, including slice assignment and deletion.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[1::2])
print(xs[::-1], xs[8:2:-2], xs[-1:-4:-1], xs[5:2], xs[100:], xs[-100:2])
print(xs[slice(1, 4)], xs[slice(None, None, -3)])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0])
s = "abcdefgh"
print(s[2:6], s[::-2], s[-2:], s[:100], s[3:3] == "")
ys = list(range(6))
ys[1:3] = ["a", "b", "c"]
print(ys)
ys[:2] = []
print(ys)
ys[len(ys):] = [9, 9]
print(ys)
ys[::2] = [0, 0, 0, 0]
print(ys)
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = [1, 2, 3]
zs[1:1] = [7, 8]
print(zs)
copy = zs[:]
copy.append(0)
print(zs, copy)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][1:], m[-1][::-1][0])
sl = slice(2, 8, 3)
print(sl.start, sl.stop, sl.step, list(range(10))[sl])
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    print(xs[::0])
except ValueError as e:
    print("ValueError:", e)
