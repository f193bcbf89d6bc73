# Arbitrary-precision integers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(30))
print(fact(52))
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
big = 123456789012345678901234567890
print(big * big)
print(big + 1, big - big, big // 1000000007)
print(big > 2 ** 96, big < 2 ** 97)
print(divmod(big, 97))
print(pow(2, 200, 10 ** 9 + 7))
print(abs(-big), -big)
print(int("99999999999999999999999999") + 1)
print(2 ** 62 * 4, 9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print((2 ** 70) >> 60, 1 << 80, (2 ** 80) & 0xFFFF, (2 ** 80) | 1)
print(str(3 ** 50), len(str(7 ** 77)))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(sum(range(10 ** 6)))
print(hex(2 ** 70), oct(255), bin(10))
print(float(2 ** 60), 2 ** 60 == float(2 ** 60))
print(max(2 ** 65, 3 ** 41), min(-(2 ** 65), -(3 ** 41)))
