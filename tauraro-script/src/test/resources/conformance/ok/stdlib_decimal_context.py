from decimal import *
c = Context(prec=6, rounding=ROUND_HALF_UP, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[], traps=[])
print(repr(c))
for m, args in [('add', (1, 2)), ('subtract', ('1.5', 1)), ('multiply', (Decimal('1.23456789'), 2)), ('divide', (1, 3)), ('divide_int', (7, 2)), ('remainder', (7, 2)), ('divmod', (7, 2)),
                ('power', (2, 10)), ('power', (2, 100)), ('sqrt', (2,)), ('abs', (-3,)), ('plus', (Decimal('1.2345678'),)), ('minus', (1,)), ('compare', (1, 2)), ('max', (1, 2)), ('min', (1, 2)),
                ('quantize', (Decimal('1.23456'), Decimal('0.01'))), ('to_sci_string', (Decimal('1e100'),)), ('to_eng_string', (Decimal('1e5'),)), ('normalize', (Decimal('1.500'),)),
                ('create_decimal', ('1e200',)), ('create_decimal', ('1e-200',)), ('create_decimal', ('0.1234567',)), ('add', (1.5, 1)), ('add', ('1', 1)), ('is_zero', (0,)), ('copy_abs', (-1,)),
                ('Etiny', ()), ('Etop', ()), ('radix', ()), ('is_signed', (Decimal('-0'),)), ('same_quantum', (Decimal('1.0'), Decimal('2.0')))]:
    try: print(m, args, repr(getattr(c, m)(*args)))
    except Exception as e: print(m, args, type(e).__name__, e)
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c2 = c.copy(); c2.prec = 2; print(c.prec, c2.prec, c2.flags == c.flags)
c.clear_flags(); print(sorted(k.__name__ for k, v in c.flags.items() if v))
for bad in [dict(prec=-1), dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=2), dict(flags={'x': 1}), dict(traps=[5])]:
    try: Context(**bad); print(bad, 'ok')
    except Exception as e: print(bad, type(e).__name__, e)
try: c.prec = 'x'
except Exception as e: print(type(e).__name__, e)
try: c.foo = 1
except Exception as e: print(type(e).__name__, e)
print(Decimal('1.000000000000000000000000000001') + 0, Decimal(1) / Decimal(3) * 3, Decimal('9' * 30) + 1, Decimal('1e-30') * Decimal('1e-30'))
print(Decimal(2) ** -1, Decimal('-8') ** 3, Decimal('0.1') ** 50, Decimal(10) ** 28, Decimal(10) ** 29, Decimal('1.5') ** 2)
for s in ['1.5', '-2.5', '0.5', '-0.5', '1.25', '123.456', '1e3', '-1e-3']:
    d = Decimal(s)
    print(s, [str(d.quantize(Decimal('0.1'), rounding=r)) for r in [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]],
          [str(d.to_integral_value(rounding=r)) for r in [ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_05UP]])
from decimal import *
for f in [{'x':1}, {InvalidOperation: 1}, [5], {InvalidOperation:1, 'y':2}, 5, ['x'], {Inexact: 0, Rounded: 1, Clamped:0, InvalidOperation:0, FloatOperation:0, DivisionByZero:0, Overflow:0, Underflow:0, Subnormal:0}]:
    for kw in ['flags','traps']:
        try: c = Context(**{kw: f}); print(kw, 'ok', sorted(k.__name__ for k,v in getattr(c, kw).items() if v))
        except Exception as e: print(kw, f, type(e).__name__, e)
