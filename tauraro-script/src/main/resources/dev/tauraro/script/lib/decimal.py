# decimal: decimal floating point arithmetic, written from the decimal module's documentation and
# behaviour observed under CPython. The numbers and their rounding live in Java (_decimal, over
# java.math.BigDecimal); this file holds the Python classes: Decimal, Context, the signals.
# Absent: exp, ln, log10, powers with a non-integral exponent (BigDecimal has no correctly
# rounded transcendental functions), and the logical_*/rotate/shift/next_* family.
import _decimal as _d
import contextvars as _contextvars
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the signals in the order of a flags/traps mapping and of an exception's list of conditions
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped)
# the order in which a Context's repr lists them
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow)
# (condition bit of _decimal, condition class, the signal it raises), in the order of _SIGNALS
_CONDITIONS = ((256, ConversionSyntax, InvalidOperation), (512, DivisionImpossible, InvalidOperation),
               (1024, DivisionUndefined, InvalidOperation), (2, InvalidOperation, InvalidOperation),
               (4096, FloatOperation, FloatOperation), (4, DivisionByZero, DivisionByZero),
               (64, Overflow, Overflow), (128, Underflow, Underflow), (32, Subnormal, Subnormal),
               (8, Inexact, Inexact), (16, Rounded, Rounded), (1, Clamped, Clamped))
_FLOAT_OPERATION = 4096
_RAISED = {}  # conditions bits -> their (condition, signal) pairs (Context._signal)
_CONVERSION_SYNTAX = 256
_INVALID = 2
_DIVISION_BY_ZERO = 4

_SIGNAL_KEYS_MESSAGE = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                        "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")


class _SignalDict:
    """A context's flags or traps: one bool per signal, in a fixed order."""

    __slots__ = ("_on",)

    def __init__(self, on=()):
        self._on = {s: s in on for s in _SIGNALS}

    def __getitem__(self, key):
        if key not in self._on:
            raise KeyError(_SIGNAL_KEYS_MESSAGE)
        return self._on[key]

    def __setitem__(self, key, value):
        if key not in self._on:
            raise KeyError(_SIGNAL_KEYS_MESSAGE)
        self._on[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, key):
        return key in self._on

    def __iter__(self):
        return iter(self._on)

    def __len__(self):
        return len(self._on)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self._on == other
        return NotImplemented

    def keys(self):
        return self._on.keys()

    def values(self):
        return self._on.values()

    def items(self):
        return self._on.items()

    def get(self, key, default=None):
        return self._on.get(key, default)

    def copy(self):
        return dict(self._on)

    def _set(self):
        return [s for s in _REPR_ORDER if self._on[s]]

    def __repr__(self):
        return "{" + ", ".join("%r:%r" % (s, v) for s, v in self._on.items()) + "}"


def _rounding(value):
    """value if it is one of the rounding modes, else CPython's TypeError."""
    if not isinstance(value, str) or value not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
    return value


def _int_setting(value, low, high, message):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not low <= value <= high:
        raise ValueError(message)
    return int(value)


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    # no other attributes, as CPython's C type ('decimal.Context' object has no attribute 'foo')
    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp", "flags", "traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        template = _default_template()
        self.prec = template[0] if prec is None else prec
        self.rounding = template[1] if rounding is None else rounding
        self.Emin = template[2] if Emin is None else Emin
        self.Emax = template[3] if Emax is None else Emax
        self.capitals = template[4] if capitals is None else capitals
        self.clamp = template[5] if clamp is None else clamp
        self.flags = _signals_from(flags, ())
        self.traps = _signals_from(traps, template[6])

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = _int_setting(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        self._rounding = _rounding(value)

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        self._emin = _int_setting(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        self._emax = _int_setting(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = _int_setting(value, 0, 1, "valid values for capitals are 0 or 1")

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        self._clamp = _int_setting(value, 0, 1, "valid values for clamp are 0 or 1")

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def _params(self):
        return (self._prec, self._rounding, self._emax, self._emin, self._clamp)

    def _signal(self, conditions):
        """Records the conditions an operation raised in the flags; raises the first trapped one."""
        raised = _RAISED.get(conditions)
        if raised is None:  # the (condition, signal) pairs of these bits, in _CONDITIONS' order
            raised = _RAISED[conditions] = tuple((c, s) for bit, c, s in _CONDITIONS if conditions & bit)
        flags = self.flags._on
        traps = self.traps._on
        trapped = None
        for condition, signal in raised:
            flags[signal] = True
            if traps[signal]:
                if trapped is None:
                    trapped = [condition]
                    first = signal
                else:
                    trapped.append(condition)
        if trapped is not None and not (first is FloatOperation and conditions & _FLOAT_EQUALITY):
            raise first(trapped)

    def _run(self, op, *args):
        result, conditions = _d.apply(op, self._params(), *args)
        if conditions:
            self._signal(conditions)
        return result

    def copy(self):
        c = Context(self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp)
        c.flags._on.update(self.flags._on)
        c.traps._on.update(self.traps._on)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags._on[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps._on[s] = False

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp,
                   ", ".join(s.__name__ for s in self.flags._set()),
                   ", ".join(s.__name__ for s in self.traps._set())))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp,
                          self.flags._set(), self.traps._set()))

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        if d._v is not None and _d.kind(d._v) in "nN" and len(_d.as_tuple(d._v)[1]) > self._prec - self._clamp:
            return Decimal._from(self._signal_value(_CONVERSION_SYNTAX))
        return Decimal._from(self._run("round", d._v))

    def _signal_value(self, conditions):
        self._signal(conditions)
        return _d.parse("NaN")

    def create_decimal_from_float(self, f):
        return Decimal._from(self._run("round", Decimal.from_float(f)._v))

    def to_sci_string(self, a):
        return _d.str(_strict(a)._v, False, self._capitals)

    def to_eng_string(self, a):
        return _d.str(_strict(a)._v, True, self._capitals)

    def abs(self, a):
        return _strict(a).__abs__(context=self)

    def plus(self, a):
        return _strict(a).__pos__(context=self)

    def minus(self, a):
        return _strict(a).__neg__(context=self)

    def add(self, a, b):
        return _strict(a)._binary("add", _strict(b), self)

    def subtract(self, a, b):
        return _strict(a)._binary("subtract", _strict(b), self)

    def multiply(self, a, b):
        return _strict(a)._binary("multiply", _strict(b), self)

    def divide(self, a, b):
        return _strict(a)._binary("divide", _strict(b), self)

    def divide_int(self, a, b):
        return _strict(a)._binary("divide_int", _strict(b), self)

    def remainder(self, a, b):
        return _strict(a)._binary("remainder", _strict(b), self)

    def remainder_near(self, a, b):
        return _strict(a)._binary("remainder_near", _strict(b), self)

    def divmod(self, a, b):
        return _strict(a).__divmod__(_strict(b), context=self)

    def power(self, a, b, modulo=None):
        return _strict(a).__pow__(_strict(b), modulo, context=self)

    def sqrt(self, a):
        return _strict(a).sqrt(context=self)

    def quantize(self, a, b):
        return _strict(a).quantize(_strict(b), context=self)

    def normalize(self, a):
        return _strict(a).normalize(context=self)

    def to_integral_value(self, a):
        return _strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _strict(a).to_integral_exact(context=self)

    def compare(self, a, b):
        return _strict(a).compare(_strict(b), context=self)

    def max(self, a, b):
        return _strict(a).max(_strict(b), context=self)

    def min(self, a, b):
        return _strict(a).min(_strict(b), context=self)

    def copy_decimal(self, a):
        return Decimal._from(_strict(a)._v)

    def copy_abs(self, a):
        return _strict(a).copy_abs()

    def copy_negate(self, a):
        return _strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _strict(a).copy_sign(_strict(b))

    def is_nan(self, a):
        return _strict(a).is_nan()

    def is_qnan(self, a):
        return _strict(a).is_qnan()

    def is_snan(self, a):
        return _strict(a).is_snan()

    def is_infinite(self, a):
        return _strict(a).is_infinite()

    def is_finite(self, a):
        return _strict(a).is_finite()

    def is_zero(self, a):
        return _strict(a).is_zero()

    def is_signed(self, a):
        return _strict(a).is_signed()

    def same_quantum(self, a, b):
        return _strict(a).same_quantum(_strict(b))

    def radix(self):
        return Decimal(10)


_FLOAT_EQUALITY = 1 << 20  # passed with _FLOAT_OPERATION by == and !=, which record but never raise


def _signals_from(spec, default):
    # CPython's context_settraps_list/_dict: a list names the signals that are on; a dict must map
    # every signal (and nothing else) to on or off; anything else is no signal dict
    if spec is None:
        return _SignalDict(default)
    if isinstance(spec, list):
        for s in spec:
            if s not in _SIGNALS:
                raise KeyError(_SIGNAL_KEYS_MESSAGE)
        return _SignalDict(spec)
    if isinstance(spec, _SignalDict):
        spec = dict(spec.items())
    if not isinstance(spec, dict):
        raise TypeError("argument must be a signal dict")
    if len(spec) != len(_SIGNALS) or any(s not in spec for s in _SIGNALS):
        raise KeyError("invalid signal dict")
    return _SignalDict([s for s in _SIGNALS if spec[s]])


def _default_template():
    try:
        c = DefaultContext
    except NameError:
        return (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, (InvalidOperation, DivisionByZero, Overflow))
    return (c._prec, c._rounding, c._emin, c._emax, c._capitals, c._clamp,
            tuple(s for s in _SIGNALS if c.traps._on[s]))


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = _contextvars.ContextVar("decimal_context")


def getcontext():
    """The current context of this thread or asyncio task (a fresh copy of DefaultContext at first)."""
    try:
        return _current.get()
    except LookupError:
        c = Context()
        _current.set(c)
        return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class _ContextManager:
    def __init__(self, new):
        self._new = new

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


_LOCAL_SETTINGS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context) current for a block."""
    new = (getcontext() if ctx is None else ctx).copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_SETTINGS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in ("flags", "traps"):
            value = _signals_from(value, ())
        setattr(new, name, value)
    return _ContextManager(new)


def _strict(x):
    """x as a Decimal for a Context method: Decimals and ints only."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal._from(_d.from_int(x))
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _operand(x):
    """x as a Decimal for an arithmetic operator, or NotImplemented."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal._from(_d.from_int(x))
    return NotImplemented


def _value_of(value, context):
    if isinstance(value, str):
        v = _d.parse(value)
        if v is None:
            return (context or getcontext())._signal_value(_CONVERSION_SYNTAX)
        return v
    if isinstance(value, Decimal):
        return value._v
    if isinstance(value, int):
        return _d.from_int(value)
    if isinstance(value, float):
        (context or getcontext())._signal(_FLOAT_OPERATION)
        return _d.from_float(value)
    if isinstance(value, (tuple, list)):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        digits = value[1]
        if not isinstance(digits, (tuple, list)):
            raise ValueError("coefficient must be a tuple of digits")
        return _d.from_tuple(value[0], tuple(digits), value[2])
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


def _order(a, b, context):
    """-1, 0 or 1 for an ordering comparison; None (after signalling) when a NaN is involved."""
    c = _d.compare(a._v, b._v)
    if c == 2:
        (context or getcontext())._signal(_INVALID)
        return None
    return c


_new = object.__new__


class Decimal:
    """A decimal floating point number: Decimal('3.14'), Decimal(7), Decimal(0.5), Decimal((0, (1, 4), -1))."""

    __slots__ = ("_v",)

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._v = _value_of(value, context)
        return self

    @classmethod
    def _from(cls, v):
        self = object.__new__(Decimal)
        self._v = v
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            v = _d.from_int(f)
        elif isinstance(f, float):
            v = _d.from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return cls._from(v) if cls is Decimal else cls(Decimal._from(v))

    # ---------------------------------------------------------------- text

    def __str__(self):
        return _d.str(self._v, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _d.str(self._v, True, (context or getcontext())._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _d.str(self._v, False, getcontext()._capitals)

    def __format__(self, spec, override=None):
        c = getcontext()
        return _d.format(self._v, spec, c._rounding, c._capitals)

    # ---------------------------------------------------------------- inspection

    def as_tuple(self):
        sign, digits, exp = _d.as_tuple(self._v)
        return DecimalTuple(sign, digits, exp)

    def as_integer_ratio(self):
        kind = _d.kind(self._v)
        if kind == "I":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if kind != "F":
            raise ValueError("cannot convert NaN to integer ratio")
        sign, digits, exp = _d.as_tuple(self._v)
        n = int("".join(map(str, digits)))
        if exp >= 0:
            n, d = n * 10 ** exp, 1
        else:
            d = 10 ** -exp
            while n % 10 == 0 and d > 1 and n:
                n //= 10
                d //= 10
            g = _gcd(n, d)
            n, d = n // g, d // g
        return (-n if sign else n, d)

    def adjusted(self):
        return _d.adjusted(self._v) if _d.kind(self._v) == "F" else 0

    def is_nan(self):
        return _d.kind(self._v) in "nN"

    def is_qnan(self):
        return _d.kind(self._v) == "n"

    def is_snan(self):
        return _d.kind(self._v) == "N"

    def is_infinite(self):
        return _d.kind(self._v) == "I"

    def is_finite(self):
        return _d.kind(self._v) == "F"

    def is_zero(self):
        return _d.is_zero(self._v)

    def is_signed(self):
        return _d.signed(self._v)

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def same_quantum(self, other, context=None):
        other = _strict(other)
        a, b = self.as_tuple().exponent, other.as_tuple().exponent
        if isinstance(a, str) or isinstance(b, str):
            return (a in "nN") == (b in "nN") and (a == "F") == (b == "F")
        return a == b

    def copy_abs(self):
        return Decimal._from(_d.copy_sign(self._v, False))

    def copy_negate(self):
        return Decimal._from(_d.copy_sign(self._v))

    def copy_sign(self, other, context=None):
        return Decimal._from(_d.copy_sign(self._v, _strict(other).is_signed()))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---------------------------------------------------------------- arithmetic

    def _binary(self, op, other, context):
        # Context._run and Decimal._from inlined: every arithmetic operator comes through here
        c = context or getcontext()
        result, conditions = _d.apply(op, c._params(), self._v, other._v)
        if conditions:
            c._signal(conditions)
        d = _new(Decimal)
        d._v = result
        return d

    def __add__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("add", other, context)

    def __radd__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("add", self, context)

    def __sub__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("subtract", other, context)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("subtract", self, context)

    def __mul__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("multiply", other, context)

    def __rmul__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("multiply", self, context)

    def __truediv__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("divide", other, context)

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("divide", self, context)

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("divide_int", other, context)

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("divide_int", self, context)

    def __mod__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else self._binary("remainder", other, context)

    def __rmod__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other._binary("remainder", self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        q, r = (context or getcontext())._run("divmod", self._v, other._v)
        return (Decimal._from(q), Decimal._from(r))

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is None:
            return self._binary("power", other, context)
        modulo = _operand(modulo)
        if modulo is NotImplemented:
            return modulo
        return self._modular_power(other, modulo, context or getcontext())

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        return other if other is NotImplemented else other.__pow__(self, modulo, context)

    def _modular_power(self, exponent, modulo, context):
        # the specification's three-argument power: all integers, exact
        if not all(x.is_finite() and x == x.to_integral_value() for x in (self, exponent, modulo)) \
                or exponent < 0 or not modulo or (not self and not exponent):
            context._signal(_INVALID)
            return Decimal("NaN")
        m = abs(int(modulo))
        if len(str(m)) > context.prec:
            context._signal(_INVALID)
            return Decimal("NaN")
        r = pow(abs(int(self)), int(exponent), m)
        negative = self.is_signed() and int(exponent) % 2 == 1
        return Decimal(-r if negative else r)

    def __neg__(self, context=None):
        return Decimal._from((context or getcontext())._run("minus", self._v))

    def __pos__(self, context=None):
        return Decimal._from((context or getcontext())._run("plus", self._v))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return Decimal._from((context or getcontext())._run("abs", self._v))

    def sqrt(self, context=None):
        return Decimal._from((context or getcontext())._run("sqrt", self._v))

    def normalize(self, context=None):
        return Decimal._from((context or getcontext())._run("normalize", self._v))

    def quantize(self, exp, rounding=None, context=None):
        exp = _strict(exp)
        rounding = rounding if rounding is None else _rounding(rounding)
        return Decimal._from((context or getcontext())._run("quantize", self._v, exp._v, rounding))

    def to_integral_value(self, rounding=None, context=None):
        rounding = rounding if rounding is None else _rounding(rounding)
        return Decimal._from((context or getcontext())._run("to_integral_value", self._v, rounding))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        rounding = rounding if rounding is None else _rounding(rounding)
        return Decimal._from((context or getcontext())._run("to_integral_exact", self._v, rounding))

    def remainder_near(self, other, context=None):
        return self._binary("remainder_near", _strict(other), context)

    def fma(self, other, third, context=None):
        """self * other + third, with the product exact and one rounding at the end."""
        other = _strict(other)
        third = _strict(third)
        if self.is_finite() and other.is_finite():
            a, b = self.as_tuple(), other.as_tuple()
            product = Decimal((a.sign ^ b.sign, tuple(map(int, str(
                int("".join(map(str, a.digits))) * int("".join(map(str, b.digits)))))), a.exponent + b.exponent))
        else:
            product = self._binary("multiply", other, context)   # an infinity or NaN: exact
        return product._binary("add", third, context)

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() < (context or getcontext()).Emin

    def number_class(self, context=None):
        """'+Normal', '-Subnormal', '+Zero', '-Infinity', 'NaN', 'sNaN', ... as the specification."""
        if self.is_snan():
            return "sNaN"
        if self.is_nan():
            return "NaN"
        sign = "-" if self.is_signed() else "+"
        if self.is_infinite():
            return sign + "Infinity"
        if self.is_zero():
            return sign + "Zero"
        return sign + ("Subnormal" if self.is_subnormal(context) else "Normal")

    def logb(self, context=None):
        """The adjusted exponent as a Decimal; -Infinity (DivisionByZero) for a zero."""
        context = context or getcontext()
        if self.is_nan():
            return Decimal._from(context._run("plus", self._v))   # the quiet NaN; sNaN signals
        if self.is_infinite():
            return Decimal("Infinity")
        if self.is_zero():
            context._signal(_DIVISION_BY_ZERO)
            return Decimal("-Infinity")
        return Decimal._from(context._run("round", Decimal(self.adjusted())._v))

    def scaleb(self, other, context=None):
        """self with other (an integral Decimal) added to its exponent, rounded to the context."""
        other = _strict(other)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self._binary("add", other, context)   # the NaN, as every operation on NaNs
        limit = 2 * (context.Emax + context.prec)
        if other.as_tuple().exponent != 0 or not -limit <= int(other) <= limit:
            return Decimal._from(context._signal_value(_INVALID))
        if self.is_infinite():
            return Decimal(self)
        sign, digits, exponent = self.as_tuple()
        return Decimal._from(context._run("round", Decimal((sign, digits, exponent + int(other)))._v))

    def compare(self, other, context=None):
        other = _strict(other)
        c = _d.compare(self._v, other._v)
        if c == 2:
            if self.is_snan() or other.is_snan():
                (context or getcontext())._signal(_INVALID)
            return Decimal._from(_d.copy_sign((self if self.is_nan() and not other.is_snan() else other)._v, False)) \
                if not self.is_snan() and not other.is_snan() else Decimal("NaN")
        return Decimal(c)

    def max(self, other, context=None):
        return self._pick(_strict(other), context, 1)

    def min(self, other, context=None):
        return self._pick(_strict(other), context, -1)

    def _pick(self, other, context, want):
        context = context or getcontext()
        if self.is_snan() or other.is_snan():
            return self._binary("add", other, context)  # the quiet NaN, with InvalidOperation
        if self.is_nan() != other.is_nan():
            chosen = other if self.is_nan() else self
        elif self.is_nan():
            chosen = self
        else:
            c = _d.compare(self._v, other._v)
            if c == 0:
                # equal values: the sign, then the exponent decide (the larger exponent for max of positives)
                c = _tie_order(self, other)
            chosen = self if c == want or c == 0 else other
        return Decimal._from(context._run("plus", chosen._v)) if not chosen.is_nan() else chosen

    # ---------------------------------------------------------------- comparisons

    def _compare_with(self, other, context, equality):
        """(self, other) as Decimals for a comparison, or (self, NotImplemented), as CPython's
        _convert_for_comparison: floats compare exactly, a Fraction as self * its denominator
        against its numerator, a complex with no imaginary part (for ==) as its real part."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, Decimal._from(_d.from_int(other))
        from fractions import Fraction
        if isinstance(other, Fraction):
            if self.is_finite():
                sign, digits, exponent = self.as_tuple()
                scaled = int("".join(map(str, digits))) * other.denominator
                self = Decimal((sign, tuple(map(int, str(scaled))), exponent))
            return self, Decimal(other.numerator)
        if equality and isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            (context or getcontext())._signal(_FLOAT_OPERATION | (_FLOAT_EQUALITY if equality else 0))
            return self, Decimal._from(_d.from_float(other))
        return self, NotImplemented

    # Each comparison first tries two Decimals without a NaN, the common case: _d.compare answers
    # 2 when a NaN is involved, which the general path below handles (signals included).

    def __eq__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c == 0
        self, other = self._compare_with(other, context, True)
        if other is NotImplemented:
            return other
        if self.is_snan() or other.is_snan():
            (context or getcontext())._signal(_INVALID)
            return False
        return _d.compare(self._v, other._v) == 0

    def __ne__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c != 0
        eq = self.__eq__(other, context)
        return eq if eq is NotImplemented else not eq

    def __lt__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c < 0
        self, other = self._compare_with(other, context, False)
        if other is NotImplemented:
            return other
        c = _order(self, other, context)
        return c is not None and c < 0

    def __le__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c <= 0
        self, other = self._compare_with(other, context, False)
        if other is NotImplemented:
            return other
        c = _order(self, other, context)
        return c is not None and c <= 0

    def __gt__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c > 0
        self, other = self._compare_with(other, context, False)
        if other is NotImplemented:
            return other
        c = _order(self, other, context)
        return c is not None and c > 0

    def __ge__(self, other, context=None):
        if type(other) is Decimal:
            c = _d.compare(self._v, other._v)
            if c != 2:
                return c >= 0
        self, other = self._compare_with(other, context, False)
        if other is NotImplemented:
            return other
        c = _order(self, other, context)
        return c is not None and c >= 0

    def __hash__(self):
        kind = _d.kind(self._v)
        if kind == "N":
            raise TypeError("Cannot hash a signaling NaN value")
        if kind == "n":
            return object.__hash__(self)
        return _d.hash(self._v)

    # ---------------------------------------------------------------- conversions

    def __bool__(self):
        return not _d.is_zero(self._v)

    def _integral_check(self):
        kind = _d.kind(self._v)
        if kind in "nN":
            raise ValueError("cannot convert NaN to integer")
        if kind == "I":
            raise OverflowError("cannot convert Infinity to integer")

    def __int__(self):
        self._integral_check()
        return _d.to_int(self._v)

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        kind = _d.kind(self._v)
        if kind == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if kind == "n":
            return float("-nan") if self.is_signed() else float("nan")
        return float(_d.str(self._v, False, True))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            self._integral_check()
            return _d.to_int(getcontext()._run("to_integral_value", self._v, ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(Decimal._from(_d.from_tuple(0, (1,), -n)))

    def __floor__(self):
        self._integral_check()
        return _d.to_int(getcontext()._run("to_integral_value", self._v, ROUND_FLOOR))

    def __ceil__(self):
        self._integral_check()
        return _d.to_int(getcontext()._run("to_integral_value", self._v, ROUND_CEILING))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()


def _tie_order(a, b):
    """For equal values: -1 if a sorts first in the specification's total order, 1 if after, 0 if the same."""
    sa, sb = a.is_signed(), b.is_signed()
    if sa != sb:
        return -1 if sa else 1
    ea, eb = a.as_tuple().exponent, b.as_tuple().exponent
    if ea == eb:
        return 0
    smaller_first = -1 if ea < eb else 1
    return -smaller_first if sa else smaller_first


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# numbers registers Decimal as a Number when both are imported (see numbers' docstring)
if "numbers" in _sys.modules:
    _sys.modules["numbers"]._register_loaded()
