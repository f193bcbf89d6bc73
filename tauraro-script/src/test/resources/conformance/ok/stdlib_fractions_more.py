from fractions import Fraction as F
from decimal import Decimal
import math
for args in [(3, 4), (-6, 8), (6, -8), (0, 5), ('3/4',), (' -3/4 ',), ('1.25',), ('1e-2',), ('-.5',), ('7',), (1.5,), (0.1,), (Decimal('1.1'),), (F(1, 3), F(1, 4)), (True,), ('1_000/3',),
             ('3 /4',), ('3/-4',), ('',), ('x',), ('1/0',), (1, 0), (1.5, 2), ('1', 2), (float('inf'),), (float('nan'),), (Decimal('nan'),), (None,), ([1],), (2**100, 3**50)]:
    try: f = F(*args); print(args, repr(f), str(f))
    except Exception as e: print(args, type(e).__name__, e)
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), a ** 2, a ** -2, b ** 3, a ** F(1, 2), 2 ** a, F(4) ** F(1, 2), a ** 0.5, F(-8) ** F(1, 3) if False else '')
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 1.5, a == 0.75, a < 1, a > 0.7, a == F(6, 8), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), a + (1+1j), a == complex(0.75, 0))
for expr in ['a / 0', 'a // 0', 'a % 0', 'F(0) ** -1', 'a < "x"', 'a + "x"', 'a + Decimal(1)', 'a == Decimal("0.75")', 'a < Decimal("0.8")', 'round(F(5, 2))', 'round(F(7, 2))', 'round(F(-5, 2))',
             'round(F(1234, 100), 1)', 'round(F(1234, 100), -1)', 'math.floor(F(-7, 2))', 'math.ceil(F(-7, 2))', 'math.trunc(F(-7, 2))', 'int(F(-7, 2))', 'float(F(1, 3))', 'F(1, 3).limit_denominator(2)',
             'F("3.141592653589793").limit_denominator(1000)', 'F(1, 3).limit_denominator(0)', 'F(-22, 7).limit_denominator(5)', 'F.from_float(0.1)', 'F.from_float(2)', 'F.from_float("x")', 'F.from_decimal(Decimal("1.25"))',
             'F.from_decimal(3)', 'F.from_decimal(Decimal("inf"))', 'F.from_decimal(Decimal("nan"))', 'F.from_decimal(0.5)', 'F(3, 4).as_integer_ratio()', 'F(3, 4).numerator', 'F(6, 8).denominator', 'F(7, 2).__round__()',
             'bool(F(0))', 'F(1, 2) ** 2.0', 'pow(F(2), 3, 5)', 'F(1, 2).is_integer() if hasattr(F, "is_integer") else "n/a"', 'F(10**30, 3) / 7', 'max(F(1, 2), 0.4)', 'sorted([F(1, 2), 0.3, 1])', 'F(1, 2) == None',
             'format(F(1, 3), "")', 'format(F(1, 3), ".3f")', 'format(F(1, 3), "10")', 'format(F(1, 3), "<10")', 'format(F(-1, 3), ".2e")', 'format(F(1, 3), ".1%")', 'format(F(1, 3), "x")', 'str(F(0))', 'repr(F(-0))',
             'F(1, 3) + F(1, 6)', 'F(1, 3).conjugate()', 'F(1, 3).real', 'F(1, 3).imag', 'complex(F(1, 2))', 'F(5) % 3', '5 % F(3, 2)', '5.0 // F(3, 2)', 'divmod(7.5, F(2))', 'F(2) ** F(-1)', 'F(-2) ** F(1, 2)', 'F(-2) ** 0.5']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
class MyF(F): pass
print(repr(MyF(1, 2)), type(MyF(1, 2) + 1).__name__, repr(MyF(3, 6)))
