# A context at MAX_PREC (CPython's decimal benchmarks set it for exact integer arithmetic): exact
# results stay exact, one that would need rounding at that precision raises MemoryError.
import decimal
c = decimal.getcontext(); c.prec = decimal.MAX_PREC; c.Emax = decimal.MAX_EMAX; c.Emin = decimal.MIN_EMIN
print(decimal.Decimal(10)**30 * decimal.Decimal(7))
for f in (lambda: decimal.Decimal(1) / 3, lambda: decimal.Decimal(2).sqrt(), lambda: decimal.Decimal(4).sqrt(), lambda: decimal.Decimal(2) ** -2, lambda: decimal.Decimal(3) ** -1, lambda: decimal.Decimal(7) // 2, lambda: decimal.Decimal(7) % 2, lambda: decimal.Decimal('1.5') + decimal.Decimal('1e-30'), lambda: +decimal.Decimal('1.23456789'), lambda: decimal.Decimal(10).quantize(decimal.Decimal('0.001')), lambda: decimal.Decimal(1) / 4, lambda: decimal.Decimal('1.00') / decimal.Decimal('0.2')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)
f = factorial(decimal.Decimal(3000), 0)
print(len(str(f)), str(f)[:30], f == __import__('math').factorial(3000))
c.prec = 28
print(decimal.Decimal(1) / 3)
