# decimal: construction, arithmetic, rounding, text and formatting, compared with CPython
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_05UP, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN
import decimal

def show(label, f):
    try:
        r = f()
        print(label, repr(r) if isinstance(r, Decimal) else r)
    except Exception as e:
        print(label, type(e).__name__, e)

for text in ["0", "-0", "1.50", "1E+2", "0.000001", "0.0000001", "123.456e20", " 12 ", "nan", "-sNaN123",
             "-inf", "Infinity", "1_000.5", "\u0661\u0662", ".5", "5.", "-0.000", "12e-8", "0E+3", "abc", "1__0", "", "1e", "e5"]:
    show("parse %r" % text, lambda: Decimal(text))
show("float", lambda: Decimal(0.1))
show("neg zero float", lambda: Decimal(-0.0))
show("int", lambda: Decimal(-12345678901234567890123))
show("tuple", lambda: Decimal((1, (1, 2, 3), -2)))
show("tuple inf", lambda: Decimal((0, (), 'F')))
show("bad tuple", lambda: Decimal((2, (1,), 0)))
show("bad digits", lambda: Decimal((0, (10,), 0)))
show("bad exp", lambda: Decimal((0, (1,), 'x')))
show("short", lambda: Decimal([1]))
show("object", lambda: Decimal(object()))
show("from_float", lambda: Decimal.from_float(1.1))

a, b = Decimal("7"), Decimal("-2")
for name, f in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("a*b", lambda: a * b), ("a/b", lambda: a / b),
                ("a//b", lambda: a // b), ("a%b", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                ("-a//b", lambda: -a // b), ("a**3", lambda: a ** 3), ("b**-2", lambda: b ** -2),
                ("1/3", lambda: Decimal(1) / 3), ("1/4", lambda: Decimal(1) / Decimal(4)),
                ("1.00/2", lambda: Decimal("1.00") / 2), ("10/5", lambda: Decimal(10) / 5),
                ("4/0.5", lambda: Decimal(4) / Decimal("0.5")), ("1.30+1.20", lambda: Decimal("1.30") + Decimal("1.20")),
                ("1.3*1.20", lambda: Decimal("1.3") * Decimal("1.20")), ("2**100", lambda: Decimal(2) ** 100),
                ("1.1**50", lambda: Decimal("1.1") ** 50), ("3**-3", lambda: Decimal(3) ** -3),
                ("1.0**2", lambda: Decimal("1.0") ** 2), ("0**-1", lambda: Decimal(0) ** -1),
                ("pow3", lambda: pow(Decimal(3), 4, 5)), ("neg zero", lambda: -Decimal("0")),
                ("pos negzero", lambda: +Decimal("-0")), ("abs", lambda: abs(Decimal("-1.50"))),
                ("int+", lambda: 1 + Decimal(3)), ("rsub", lambda: 10 - Decimal("0.1")), ("rdiv", lambda: 1 / Decimal(8)),
                ("rmod", lambda: 7 % Decimal(3)), ("rpow", lambda: 2 ** Decimal(3)),
                ("big", lambda: +Decimal("12345678901234567890123456789012345")),
                ("carry", lambda: +Decimal("9999999999999999999999999999.9")),
                ("-7%2", lambda: Decimal(-7) % 2), ("inf//3", lambda: Decimal("inf") // 3),
                ("1/inf", lambda: Decimal(1) / Decimal("inf")), ("inf-inf", lambda: Decimal("inf") - Decimal("inf")),
                ("1e100//3", lambda: Decimal("1e100") // 3), ("nan+1", lambda: Decimal("nan") + 1),
                ("snan+1", lambda: Decimal("snan") + 1), ("1/0", lambda: Decimal(1) / 0), ("0/0", lambda: Decimal(0) / 0),
                ("5//0", lambda: Decimal(5) // 0), ("5%0", lambda: Decimal(5) % 0), ("divmod0", lambda: divmod(Decimal(5), 0)),
                ("0**0", lambda: Decimal(0) ** 0), ("float+", lambda: Decimal(1) + 1.5), ("str+", lambda: Decimal(1) + "x"),
                ("1e999999*10", lambda: Decimal("1e999999") * 10), ("1 + 1e-40", lambda: Decimal(1) + Decimal("1e-40")),
                ("1e50 - 1", lambda: Decimal("1e50") - 1), ("tiny", lambda: Decimal("1e-999999") / 3)]:
    show(name, f)

for x in ["2", "3", "0.001", "0.0001", "100", "1E+3", "16.0", "-0", "-4", "inf", "1e-10"]:
    show("sqrt " + x, lambda: Decimal(x).sqrt())

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for v in ["2.5", "-2.5", "3.5", "2.45", "-0.051", "0.049", "1.05", "1.15", "-7.0001"]:
    print(v, [str(Decimal(v).quantize(Decimal("0.1"), rounding=m)) for m in modes],
          [str(Decimal(v).to_integral_value(rounding=m)) for m in modes])
show("quantize int", lambda: Decimal("3.14159").quantize(1))
show("quantize big", lambda: Decimal("1e30").quantize(Decimal("0.1")))
show("quantize inf", lambda: Decimal("inf").quantize(Decimal("1")))
show("quantize float", lambda: Decimal(1).quantize(1.5))
show("to_integral 1e5", lambda: Decimal("1e5").to_integral_value())
show("to_integral_exact", lambda: Decimal("2.5").to_integral_exact())
show("normalize", lambda: [Decimal(x).normalize() for x in ["1.50", "100", "0.00", "-0E+5", "1.000e3"]])
show("remainder_near", lambda: [Decimal(7).remainder_near(x) for x in [2, 3, 4, -4]])
show("compare", lambda: [Decimal(-7).compare(2), Decimal(2).compare(2), Decimal("nan").compare(1)])
show("max/min", lambda: [Decimal(1).max(2), Decimal(1).min(2), Decimal("nan").max(3), Decimal("1.0").max(Decimal("1.00"))])
show("round", lambda: [round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-0.5")), round(Decimal("123.456"), -1)])
show("round nan", lambda: round(Decimal("nan")))
show("round inf", lambda: round(Decimal("inf")))
import math
show("floor/ceil", lambda: [math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), math.trunc(Decimal("-2.5"))])
show("int", lambda: [int(Decimal("-3.9")), int(Decimal("1e3")), float(Decimal("0.1")), float(Decimal("-nan"))])
show("int nan", lambda: int(Decimal("nan")))
show("int inf", lambda: int(Decimal("inf")))
show("float snan", lambda: float(Decimal("snan")))

# comparisons and hashing
print(Decimal(1) == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal(1) < 1.5, Decimal(2) > 1,
      Decimal("1.0") == Decimal("1"), Decimal(1) == Decimal("nan"), Decimal("nan") != 1, Decimal(1) == "1",
      Decimal("-0") == 0, sorted([Decimal("3"), Decimal("-1.5"), Decimal("0.25")]), Decimal(3) >= 3, Decimal(3) <= 2)
show("nan <", lambda: Decimal(1) < Decimal("nan"))
show("snan ==", lambda: Decimal("sNaN") == 1)
show("str <", lambda: Decimal(1) < "x")
print(hash(Decimal("0.5")) == hash(0.5), hash(Decimal(10)) == hash(10), hash(Decimal("1e2")), hash(Decimal("-1")),
      hash(Decimal("0.1")), hash(Decimal("inf")), hash(Decimal("-inf")), hash(Decimal("-0")), hash(Decimal("1.5e-3")),
      hash(Decimal(2 ** 70)) == hash(2 ** 70), len({Decimal("1.0"), Decimal(1), 1, 1.0}))
show("hash snan", lambda: hash(Decimal("snan")))
print(bool(Decimal(0)), bool(Decimal("0.00")), bool(Decimal("nan")), bool(Decimal("-1e-9")))

# text
for x in ["1E+2", "-0", "123E+3", "1.23E-8", "0E+4", "0E-7", "123456E7", "1E-7", "12.5", "NaN12", "-Infinity"]:
    print(x, str(Decimal(x)), Decimal(x).to_eng_string(), repr(Decimal(x)))
specs = [",", ".2f", ".3e", "%", ".1%", ">10", "f", "e", "g", "", "+.2f", "010.3f", ",.2f", "10", ".2", "E", "G",
         "^12.1f", "<8", "*>12,.1f", " .3g", ".0f", ".0e", "#.0f", ".10g", "012,.2f", "z.1f", "=+10.2f", ".3G", "08,"]
for v in ["1234567.891", "0.25", "1.5", "1e10", "123", "1.23e5", "-0", "-0.004", "nan", "-inf", "0.000012345", "1E+10", "100"]:
    out = []
    for spec in specs:
        try:
            out.append(format(Decimal(v), spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
show("bad spec", lambda: format(Decimal(1), "_"))
show("bad spec2", lambda: format(Decimal(1), "d"))
print("{:.3f} {:,} {!r} {}".format(Decimal("3.14159"), Decimal("1234567"), Decimal("2.50"), Decimal("7.0")))
print(f"{Decimal('19.99') * 3:.2f}")

# inspection
print(Decimal("1.20").as_tuple(), Decimal("nan").as_tuple(), Decimal("-inf").as_tuple(), Decimal("-sNaN7").as_tuple())
print(Decimal("1.5").as_integer_ratio(), Decimal("-0.125").as_integer_ratio(), Decimal("1e3").as_integer_ratio(), Decimal(0).as_integer_ratio())
show("ratio inf", lambda: Decimal("inf").as_integer_ratio())
print(Decimal(123).adjusted(), Decimal("0.001").adjusted(), Decimal("1.0").is_nan(), Decimal("nan").is_nan(),
      Decimal("snan").is_snan(), Decimal("nan").is_qnan(), Decimal("-inf").is_infinite(), Decimal(1).is_finite(),
      Decimal("-0").is_signed(), Decimal("0.0").is_zero(), Decimal("1.5").copy_negate(), Decimal("-1.5").copy_abs(),
      Decimal(3).copy_sign(Decimal(-1)), Decimal("1.0").same_quantum(Decimal("2.0")), Decimal(5).real, Decimal(5).imag)
print(type(Decimal("1") + 1).__name__, isinstance(Decimal(1), Decimal), Decimal.__module__, decimal.DecimalTuple(0, (1,), 0))

class Money(Decimal):
    pass

m = Money("2.50")
print(repr(m), type(m).__name__, type(m + 1).__name__, m * 2, Money.from_float(0.5), type(Money.from_float(0.5)).__name__)
import copy, pickle
print(copy.copy(Decimal("1.5")), copy.deepcopy(Decimal("2.5")), pickle.loads(pickle.dumps(Decimal("-3.25"))))
