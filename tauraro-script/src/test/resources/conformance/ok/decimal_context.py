# decimal contexts: precision, rounding, flags and traps, the signal classes, and the context
# being per thread and per asyncio task, compared with CPython
import decimal
from decimal import *

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DivisionByZero.__mro__)
print(DivisionUndefined.__mro__, FloatOperation.__mro__, Underflow.__mro__)
print(ROUND_HALF_EVEN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_CONTEXTVAR)

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e.args)

show("div0", lambda: Decimal(1) / 0)
show("0/0", lambda: Decimal(0) / 0)
show("syntax", lambda: Decimal("1.2.3"))
show("invalid sqrt", lambda: Decimal(-1).sqrt())
show("overflow", lambda: Decimal("9e999999") * 10)
show("impossible", lambda: Decimal("1e40") // 3)
print(getcontext().flags)

c = Context(prec=5, rounding=ROUND_DOWN, traps=[Inexact, Overflow, Rounded])
show("trapped inexact", lambda: c.divide(1, 3))
show("trapped overflow", lambda: c.multiply(Decimal("9e999999"), 10))
print(c)
c.clear_flags()
c.traps[Inexact] = False
c.traps[Rounded] = False
print(c.divide(1, 3), c.add(Decimal("1.23456789"), 0), c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
u = Context(traps=[Underflow, Subnormal, Inexact, Rounded])
show("underflow", lambda: u.divide(Decimal("1e-999999"), 3))
e = ExtendedContext.copy()
print(e.divide(1, 0), e.divide(0, 0), e.sqrt(-1), e.flags[DivisionByZero], e.flags[InvalidOperation])
print(e.create_decimal("1.23456789012"), e.create_decimal_from_float(0.1), e.to_sci_string(Decimal("1e-9")),
      e.to_eng_string(Decimal("1e-9")), e.power(2, 10), e.remainder(7, 3), e.divmod(7, -2), e.abs(-3), e.minus(3),
      e.quantize(Decimal("1.234"), Decimal("0.1")), e.compare(1, 2), e.max(1, 5), e.is_signed(-1), e.Etiny(), e.Etop())
show("context int only", lambda: e.add(1.5, 1))

show("bad prec", lambda: Context(prec=0))
show("bad rounding", lambda: Context(rounding="x"))
show("bad Emax", lambda: Context(Emax=-1))
show("bad Emin", lambda: Context(Emin=1))
show("bad capitals", lambda: Context(capitals=2))
show("bad clamp", lambda: Context(clamp=3))
show("prec type", lambda: setattr(getcontext(), "prec", "9"))
show("setcontext", lambda: setcontext(1))
show("signal key", lambda: getcontext().flags["x"])
show("kwarg", lambda: localcontext(prec=5, foo=1))

getcontext().clear_flags()
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, ctx.prec, getcontext() is ctx)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 7, getcontext().prec, getcontext().rounding)
with localcontext(BasicContext):
    print(Decimal(2) / 3, getcontext().prec)
print(Decimal(1) / 7, getcontext().prec)

getcontext().prec = 6
print(Decimal(2).sqrt(), Decimal(1) / 3, +Decimal("1234567.8"))
getcontext().rounding = ROUND_FLOOR
print(Decimal(2) / 3, -Decimal("0"), Decimal(1) - 1, Decimal(-1) + 1)
getcontext().capitals = 0
print(Decimal("1e20"), repr(Decimal("1e-20")), format(Decimal("1e20")))
setcontext(DefaultContext)
print(getcontext().prec, getcontext() is DefaultContext)
getcontext().traps[FloatOperation] = True
show("float ==", lambda: Decimal("0.5") == 0.5)
show("float <", lambda: Decimal("0.5") < 1.0)
show("float construct", lambda: Decimal(0.5))
show("from_float", lambda: Decimal.from_float(0.5))
setcontext(Context())

# each thread starts from DefaultContext; changes in one do not reach another
import threading
seen = {}
def worker(name, prec):
    getcontext().prec = prec
    seen[name] = str(Decimal(1) / 7)

getcontext().prec = 4
threads = [threading.Thread(target=worker, args=("t%d" % p, p)) for p in (3, 8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()), getcontext().prec)

def fresh():
    seen["fresh"] = getcontext().prec
t = threading.Thread(target=fresh)
t.start()
t.join()
print(seen["fresh"])

# asyncio tasks: localcontext inside a task stays in the task
import asyncio

async def task(prec, delay):
    with localcontext() as ctx:
        ctx.prec = prec
        await asyncio.sleep(delay)
        return str(Decimal(1) / 7), getcontext().prec

async def main():
    results = await asyncio.gather(task(3, 0.02), task(10, 0.01))
    print(results, getcontext().prec)

asyncio.run(main())
