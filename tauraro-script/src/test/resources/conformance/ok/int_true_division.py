# int / int is correctly rounded even when the operands are not exact as doubles
print(576460752303423488 / 12009599006321323, 2 ** 63 / 3, (2 ** 70 + 1) / 2 ** 69, 10 ** 20 / 3, 10 ** 400 / 10 ** 399)
print(3602879701896397 * 2 ** 60 // 3 / 2 ** 62, -(10 ** 30) / 7, 0 / -5, 1 / 2 ** 1074, (2 ** 53 + 1) / 1, 9007199254740993 / 2)
print(2.5 / 10 ** 30, 10 ** 30 / 2.5, 123456789123456789123456789 / 987654321987654321)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 30 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
