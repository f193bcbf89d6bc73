# fractions: exact rational numbers, written from the fractions documentation and the language
# reference's rules for hashing numbers (so that hash(Fraction(1, 2)) == hash(0.5)).
import math
import sys as _sys

__all__ = ["Fraction"]

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of '3/4', '-1.5', '2e-3', ' 7 ' ...; None if it is not one."""
    s = text.strip().replace("_", "") if "__" not in text else None
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (num.isdigit() and den.isdigit() and num.isascii() and den.isascii()):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for e in ("e", "E"):
        if e in s:
            mantissa, _, exp_text = s.partition(e)
            body = exp_text[1:] if exp_text[:1] in "+-" else exp_text
            if not body.isdigit() or not body.isascii():
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition(".")
    if (whole and not (whole.isdigit() and whole.isascii())) or (frac and not (frac.isdigit() and frac.isascii())):
        return None
    if not whole and not frac:
        return None
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _inexact(fraction, other):
    """The float or complex an operation of fraction with a float or complex other falls back to
    (CPython's _operator_fallbacks), else None."""
    if isinstance(other, float):
        return float(fraction)
    if isinstance(other, complex):
        return complex(fraction)
    return None


class Fraction:
    """numerator/denominator in lowest terms, the sign on the numerator."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                if math.isinf(numerator):
                    raise OverflowError("cannot convert Infinity to integer ratio")
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
            elif hasattr(numerator, "as_integer_ratio"):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec,
                                                                                  type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    # the numbers.Complex part of a rational: itself, no imaginary part
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # arithmetic: with an int or a Fraction the result is a Fraction; with a float, a float

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator + f._numerator * a._denominator,
                            a._denominator * f._denominator)
        x = _inexact(a, b)
        if x is not None:
            return x + b
        return NotImplemented

    def __radd__(b, a):
        f = b._operands(a)
        if f is not None:
            return f + b
        x = _inexact(b, a)
        if x is not None:
            return a + x
        return NotImplemented

    def __sub__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator - f._numerator * a._denominator,
                            a._denominator * f._denominator)
        x = _inexact(a, b)
        if x is not None:
            return x - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._operands(a)
        if f is not None:
            return f - b
        x = _inexact(b, a)
        if x is not None:
            return a - x
        return NotImplemented

    def __mul__(a, b):
        f = a._operands(b)
        if f is not None:
            return Fraction(a._numerator * f._numerator, a._denominator * f._denominator)
        x = _inexact(a, b)
        if x is not None:
            return x * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._operands(a)
        if f is not None:
            return f * b
        x = _inexact(b, a)
        if x is not None:
            return a * x
        return NotImplemented

    def __truediv__(a, b):
        f = a._operands(b)
        if f is not None:
            if f._numerator == 0:
                # CPython divides out gcd(a's numerator, 0) first: the message shows only a's sign
                raise ZeroDivisionError("Fraction(%s, 0)" % ((a._numerator > 0) - (a._numerator < 0)))
            return Fraction(a._numerator * f._denominator, a._denominator * f._numerator)
        x = _inexact(a, b)
        if x is not None:
            return x / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._operands(a)
        if f is not None:
            return f / b
        x = _inexact(b, a)
        if x is not None:
            return a / x
        return NotImplemented

    def __floordiv__(a, b):
        f = a._operands(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        x = _inexact(a, b)
        if x is not None:
            return x // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = b._operands(a)
        if f is not None:
            return f // b
        x = _inexact(b, a)
        if x is not None:
            return a // x
        return NotImplemented

    def __mod__(a, b):
        f = a._operands(b)
        if f is not None:
            den = a._denominator * f._denominator
            return Fraction((a._numerator * f._denominator) % (f._numerator * a._denominator), den)
        x = _inexact(a, b)
        if x is not None:
            return x % b
        return NotImplemented

    def __rmod__(b, a):
        f = b._operands(a)
        if f is not None:
            return f % b
        x = _inexact(b, a)
        if x is not None:
            return a % x
        return NotImplemented

    def __divmod__(a, b):
        f = a._operands(b)
        if f is not None:
            return (a // f, a % f)
        x = _inexact(a, b)
        if x is not None:
            return divmod(x, b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = b._operands(a)
        if f is not None:
            return divmod(f, b)
        x = _inexact(b, a)
        if x is not None:
            return divmod(a, x)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        if isinstance(b, complex):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1  # half to even
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # the language reference's rule for rationals, so equal ints, floats and fractions hash alike
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = abs(self._numerator) % _HASH_MODULUS * dinv % _HASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, (int, Fraction)):
            f = Fraction(b)
            return op(a._numerator * f._denominator, f._numerator * a._denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, Fraction(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))


Fraction.__module__ = "fractions"

# numbers registers Fraction as a Rational when both are imported (see numbers' docstring)
if "numbers" in _sys.modules:
    _sys.modules["numbers"]._register_loaded()
