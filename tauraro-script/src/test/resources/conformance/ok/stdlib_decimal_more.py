from decimal import *
import math
from fractions import Fraction
import decimal
D = Decimal
vals = ['0', '-0', '1.50', '-1.5e-10', '1E+5', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN', 'sNaN5', '0E-7', '123456789012345678901234567890.5', '1e999999', '.5', '5.', '  7  ', '1_000.5']
for v in vals:
    try:
        d = D(v)
        print(repr(v), repr(d), str(d), d.is_nan(), d.is_signed(), d.is_zero() if not d.is_nan() else '-', d.adjusted(), d.as_tuple())
    except Exception as e: print(repr(v), type(e).__name__, e)
for v in ['abc', '1e', '', '1..2', '--1', '0x10']:
    try: print(D(v))
    except Exception as e: print(repr(v), type(e).__name__, e)
print(D(0.1), D(-0.0), D(float('inf')), D(float('nan')), D(10**30), D((0, (1, 2, 3), -2)), D((1, (4,), 2)), D((0, (), 'F')))
for bad in [(0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), [0, [1], 0], 1+2j, None]:
    try: print(D(bad))
    except Exception as e: print(type(e).__name__, e)
a, b = D('1.1'), D('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(-a), a ** 2, divmod(D(7), D(-2)), D(-7) // 2, D(-7) % 2, D(7).sqrt())
print(a + 1, 1 + a, a * 2, 2 - a, a == D('1.10'), a < 2, a == 1.1, D('1.5') == 1.5, a > 1.0, hash(D('1.5')) == hash(1.5), hash(D(3)) == hash(3))
for expr in ['a + 1.5', 'a < "x"', 'D(1) / 0', 'D(0) / 0', 'D(1) // 0', 'D(1) % 0', 'D("nan") < 1', 'D("snan") == 1', 'D("nan") == 1', 'D("inf") - D("inf")', 'D(-1).sqrt()',
             'D(0) ** 0', 'D(0) ** -1', 'int(D("nan"))', 'int(D("inf"))', 'int(D("-1.9"))', 'float(D("snan"))', 'float(D("-nan"))',
             'round(D("2.5"))', 'round(D("3.5"))', 'round(D("1.2345"), 2)', 'round(D("1.2355"), -1)', 'round(D("inf"))', 'round(D("nan"), 1)', 'math.floor(D("-1.5"))', 'math.ceil(D("1.2"))',
             'D("1.23456").quantize(D("0.01"))', 'D("1.235").quantize(D("0.01"), rounding=ROUND_HALF_UP)', 'D("1.225").quantize(D("0.01"), ROUND_HALF_EVEN)', 'D("1e10").quantize(D("0.1"), context=Context(prec=5))',
             'D("inf").quantize(D("1"))', 'D("1.5").quantize(D("inf"))', 'D("123.456").quantize(D("1e1"))', 'D("-0.5").quantize(D("1"))', 'D(1).quantize(D(1), rounding="bad")',
             'D("1.2300").normalize()', 'D("0.00").normalize()', 'D("1e5").normalize()', 'D("120").to_integral_value()', 'D("1.5").to_integral_value(ROUND_DOWN)', 'D("2.5").to_integral_exact()',
             'D("1.23").as_integer_ratio()', 'D("inf").as_integer_ratio()', 'D("1.10").compare(D("1.1"))', 'D("nan").compare(1)', 'D(1).max(D("nan"))', 'D(-2).copy_abs()', 'D(2).copy_negate()', 'D(1).copy_sign(D(-3))',
             'D("12.345").scaleb(2)', 'D("1.2e3").to_eng_string()', 'D("1.2e-7").to_eng_string()', 'D(7).fma(2, 3)', 'D(10).remainder_near(3)', 'D(11).remainder_near(3)',
             'D("1.5").number_class()', 'D("-0").number_class()', 'D("snan").number_class()', 'D("1e-999999").number_class()', 'D("0.1") + D("0.2")', 'sum([D("0.1")] * 3)', 'D("1") / D("7")',
             'D(2).sqrt()', 'D("1.000").logb()', 'D(5).is_normal()', 'D(5).is_finite()', 'D(1).same_quantum(D("1.0"))', 'D("3.14159").__format__(".2f")', 'D(10).radix()', 'D("0.5").canonical()',
             'D("-1").sqrt()', 'D("1") < D("snan")', 'D("1") == D("snan")', 'sorted([D(3), D("1.5"), 2])', 'max(D(1), 1.5)', 'D(5) ** 3', 'D("1.1") ** -2', 'D(2) ** 1000',
             'pow(D(3), 4, 5)', 'D(3).__round__()', 'complex(D(1))', 'D(1).__complex__()', 'D("1e-3").__trunc__()', 'D.from_float(0.25)', 'D.from_float(1)', 'D.from_float("x")',
             'Context().create_decimal("1.234567890123456789012345678901")', 'Context(prec=3).create_decimal_from_float(0.1)', 'getcontext().prec', 'Context(prec=0)', 'Context(rounding="x")',
             'Context(prec=5, Emax=10).create_decimal("1e20")', 'localcontext().__enter__().prec', 'ExtendedContext.divide(D(1), D(0))', 'BasicContext.prec', 'Context(prec=2).add(D("1.55"), 0)',
             'D(1).__bool__()', 'bool(D(0))', 'bool(D("nan"))', 'D("-0") == 0', 'D(3).conjugate()', 'D(3).real', 'D(3).imag', 'D(1) + Fraction(1, 2)', 'D(1) < Fraction(3, 2)', 'D(1) == Fraction(1)']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
import math
from fractions import Fraction
for spec in ['', '.3', '.3f', '10.2f', '<10', '^10.1f', '+', ' ', ',', '_', ',.2f', 'e', '.2e', 'E', 'g', '.2g', 'G', '%', '.1%', '012.3f', '0=10', 'n', '#.0f', 'z.1f', '.0f', 'x']:
    for v in ['1234.5678', '-0.0001', '0', 'inf', 'nan', '1e20', '-1.5e-8']:
        try: print(repr(spec), v, repr(format(D(v), spec)))
        except Exception as e: print(repr(spec), v, type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, +D('1.234567'), ctx.prec, repr(ctx)[:60])
    ctx.traps[Inexact] = True
    try: D(1) / D(3)
    except Exception as e: print(type(e).__name__, e, isinstance(e, ArithmeticError))
with localcontext(prec=3, rounding=ROUND_UP) as c2:
    print(D(1) / D(3), c2.rounding)
print(getcontext().prec, getcontext().rounding, repr(getcontext().flags)[:30])
c = Context(prec=4, traps=[DivisionByZero], flags=[])
print(c.prec, c.traps[DivisionByZero], c.traps[Overflow], c.divide(D(10), D(3)), c.flags[Inexact], c.flags[Rounded])
try: c.divide(D(1), D(0))
except DivisionByZero as e: print('DBZ', type(e).__mro__[1:3], e)
try: D(1) / D(0)
except Exception as e: print(type(e).__name__, repr(e), e.args)
try: D('x')
except Exception as e: print(type(e).__name__, repr(e))
print(repr(DecimalException), DivisionByZero.__mro__, InvalidOperation.__mro__, FloatOperation.__mro__)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_CONTEXTVAR)
for x in ['1.5', '-0', '0', 'inf', '-inf', 'nan', 'snan', '1e-999999', '-1e-1000000', '9e999999']:
    d = D(x)
    print(x, d.number_class(), d.is_normal(), d.is_subnormal())
    for meth, args in [('logb', ()), ('scaleb', (3,)), ('scaleb', (-2,)), ('fma', (2, 1)), ('fma', (D('inf'), 1))]:
        try: print('  ', meth, args, repr(getattr(d, meth)(*args)))
        except Exception as e: print('  ', meth, args, type(e).__name__, e)
c = Context(prec=3, traps=[])
print(D('1.2345').fma(D(10), D('0.0001'), c), D(0).logb(c), c.flags[DivisionByZero], D(5).scaleb(D('1.5'), c), c.flags[InvalidOperation], D('123.45').scaleb(2, c))
for r in ['ROUND_UP', 'bad', 5, None]:
    try: print(r, D('1.25').quantize(D('0.1'), rounding=r), D('2.5').to_integral_value(rounding=r), D('2.5').to_integral_exact(r))
    except Exception as e: print(r, type(e).__name__, str(e)[:40])
try: localcontext().__enter__().rounding = 'x'
except Exception as e: print(type(e).__name__, str(e)[:30])
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D('inf') > Fraction(10**20), D('nan') == Fraction(1), D('-1.5') >= Fraction(-3, 2), D(1) == 1+0j, D(1) != 1+1j, D(2) <= Fraction(7, 3))
try: D(1) < 1j
except Exception as e: print(type(e).__name__, e)
