# Integer arithmetic: operators, precedence, floor division and modulo signs.
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(7 / 2, -7 / 2, 6 / 3)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2)
print(~5, -~5, ~-1)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2)
print(abs(-12), abs(0), +7, -(-7))
print(0x1F, 0o17, 0b1011, 1_000_000)
print(int("42"), int("-0"), int("  7 "), int("ff", 16), int("101", 2))
print(int(3.9), int(-3.9), int(True))
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 0b1111
y &= 0b1010
y |= 0b0001
y ^= 0b0100
y <<= 2
y >>= 1
print(y)
print(True + True, True * 10, False - 1)
print(round(2.5), round(3.5), round(-2.5), round(7), round(1234, -2))
