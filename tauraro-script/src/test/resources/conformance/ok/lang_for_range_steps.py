# for loops over ranges with any step, into a plain local: items, counts, break/continue/else,
# rebinding the loop variable in the body, and steps that pass the largest or smallest int
M = 2**63 - 1
N = -2**63


def items(r):
    out = []
    for i in r:
        out.append(i)
    return out


def body_rebinds():
    seen = []
    for i in range(0, 10, 3):
        seen.append(i)
        i = 100   # the next item comes from the range, not from i
    return seen, i


def stop_early():
    found = None
    for i in range(20, 0, -4):
        if i < 10:
            found = i
            break
    else:
        found = "no break"
    total = 0
    for i in range(1, 30, 7):
        if i % 2:
            continue
        total += i
    else:
        total = -total
    return found, total


def fft_like(n):
    dual = 1
    sums = []
    while dual < n:
        s = 0
        for b in range(0, n, 2 * dual):
            s += b
        sums.append(s)
        dual *= 2
    return sums


def near_edges():
    return (items(range(M - 10, M, 3)), items(range(N + 10, N, -3)), items(range(M - 1, M - 7, -2)),
            items(range(N, N + 2**63 + 5, 2**62)), len(items(range(N, M, 2**61))))


def empty_and_single():
    return (items(range(5, 5, 2)), items(range(5, 0, 2)), items(range(0, 5, -1)), items(range(3, 4, 10)),
            items(range(3, 2, -10)), items(range(-5)), items(range(2, -3, -1)))


print(items(range(0, 10, 2)), items(range(10, 0, -3)), items(range(-7, 7, 5)), items(range(7, -8, -5)))
print(body_rebinds())
print(stop_early())
print(fft_like(32))
print(near_edges())
print(empty_and_single())
for k in range(9, -1, -4):   # at module level: a global target
    print(k, end=" ")
print(k)
