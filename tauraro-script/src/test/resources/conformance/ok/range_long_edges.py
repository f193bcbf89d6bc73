# range at the edges of 64-bit integers: counts, membership, positions and iteration that step past the largest int
M = 2**63 - 1
N = -2**63
print(list(range(M - 3, M, 5)), list(range(M - 2, M + 0)), list(range(N + 3, N, -2)))
print(list(reversed(range(M - 10, M, 4))), list(reversed(range(N + 10, N, -3))))
print(len(range(N + 1, M - 1, 2**62)), list(range(N, M, 2**62)))
r = range(-M, M, 3)
print(M - 2 in r, M - 3 in r, -M in r, 0 in r, r.index(M - 2) if M - 2 in r else r.index(M - 3))
try:
    len(range(-M, M))
except OverflowError as e:
    print("OverflowError", e)
print(bool(range(-M, M)), range(-M, M)[-1], range(-M, M)[0], range(M, -M, -1)[2])
print(next(reversed(range(-M, M))), next(iter(range(M, -M, -7))))
print(list(reversed(range(10))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(sum(reversed(range(10**6))), range(10, 0, -3).index(4), range(10, 0, -3).count(7))
for i in reversed(range(M - 2, M)):
    print(i)
