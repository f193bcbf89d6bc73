# slices with a step of 1 or -1 (fannkuch's perm[:k + 1] = perm[k::-1]): bounds clamped, negative
# positions, empty and reversed results, and the same slices on tuples, strings and ranges
p = list(range(9))
for k in range(-12, 12, 1):
    print(k, p[k::-1], p[:k + 1], p[k:], p[:k:-1], p[k:k + 3], p[k + 3:k:-1])
print(p[::-1], p[100::-1], p[-100::-1], p[:-100:-1], p[5:2:1], p[2:5:-1], p[None:None:-1])
import itertools
total = most = 0
for start in itertools.permutations(range(6)):
    perm = list(start)
    flips = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    total += flips
    most = max(most, flips)
print(perm, total, most)
t = tuple(range(7))
print(t[4::-1], t[-2:1:-1], t[1:-1], t[::-1])
s = "abcdefg"
print(s[4::-1], s[-2:1:-1], s[1:-1], s[::-1], s[10:-10:-1])
r = range(3, 30, 3)
print(r[4::-1], r[-2:1:-1], r[1:-1], r[::-1], list(r[6::-1]))
b = bytes(range(6))
print(b[3::-1], b[1:4], bytearray(b)[::-1])
