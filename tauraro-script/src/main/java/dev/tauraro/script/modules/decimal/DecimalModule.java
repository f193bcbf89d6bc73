package dev.tauraro.script.modules.decimal;

import dev.tauraro.script.modules.decimal.DecimalContext.Rounding;
import dev.tauraro.script.modules.decimal.DecimalValue.Kind;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code _decimal}: the arithmetic of {@code decimal} on {@link java.math.BigDecimal}.
 * {@code lib/decimal.py} holds the Python classes (Decimal, Context, the signals) and keeps one
 * opaque value per Decimal; every operation here takes the context's numeric settings as a tuple
 * {@code (prec, rounding, Emax, Emin, clamp)} and returns {@code (result, conditions)}, the
 * conditions as bits that the script maps to its signal classes.
 *
 * <p>Differences from CPython: exponents are limited to the range of a Java int (CPython allows
 * up to 10**18); {@code exp}, {@code ln}, {@code log10} and powers with a non-integral exponent
 * are not provided (BigDecimal has no correctly rounded transcendental functions).
 */
public final class DecimalModule {
    private DecimalModule() {
    }

    static PyException limit() {
        return Exceptions.newException(Exceptions.OVERFLOW_ERROR,
                "decimal exponent out of the range this implementation supports (a Java int)");
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_decimal", interp);
        fn(m, "parse", a -> {
            DecimalValue v = DecimalText.parse((String) a[0]);
            return v == null ? PyNone.NONE : v;
        });
        fn(m, "from_int", a -> DecimalValue.of(new BigDecimal(Ops.bigInt(a[0]))));
        fn(m, "from_float", a -> DecimalText.fromDouble((Double) PyDerived.unwrap(a[0])));
        fn(m, "from_tuple", a -> fromTuple(a[0], a[1], a[2]));
        fn(m, "str", a -> value(a[0]).toString(Ops.truthy(a[1]), Ops.truthy(a[2])));
        fn(m, "format", a -> DecimalText.format(value(a[0]), (String) a[1], Rounding.valueOf((String) a[2]),
                Ops.truthy(a[3])));
        fn(m, "kind", a -> switch (value(a[0]).kind) {
            case FINITE -> "F";
            case INF -> "I";
            case NAN -> "n";
            case SNAN -> "N";
        });
        fn(m, "signed", a -> value(a[0]).neg);
        fn(m, "is_zero", a -> value(a[0]).isZero());
        fn(m, "adjusted", a -> value(a[0]).adjusted());
        fn(m, "hash", a -> value(a[0]).hash());
        fn(m, "as_tuple", a -> asTuple(value(a[0])));
        fn(m, "to_int", a -> Ops.normalize(value(a[0]).signed().toBigInteger()));
        fn(m, "compare", a -> (long) DecimalArith.compare(value(a[0]), value(a[1])));
        fn(m, "copy_sign", a -> value(a[0]).withSign(a.length > 1 ? Ops.truthy(a[1]) : !value(a[0]).neg));
        fn(m, "apply", a -> apply((String) a[0], context(a[1]), a));
        return m;
    }

    private interface Body {
        Object call(Object[] a);
    }

    private static void fn(PyModule m, String name, Body body) {
        m.set(name, new BuiltinFunction(name, (a, k) -> body.call(a)));
    }

    static DecimalValue value(Object o) {
        return (DecimalValue) o;
    }

    private static DecimalContext context(Object o) {
        Object[] t = ((PyTuple) o).items;
        return new DecimalContext(DecimalContext.precision(Ops.index(t[0])), Rounding.valueOf((String) t[1]),
                Ops.index(t[2]), Ops.index(t[3]), Ops.truthy(t[4]));
    }

    /** {@code apply(op, context, a[, b[, rounding]])}: {@code (result, conditions)}. */
    private static Object apply(String op, DecimalContext c, Object[] a) {
        int[] flags = new int[1];
        DecimalValue x = value(a[2]);
        DecimalValue y = a.length > 3 && a[3] instanceof DecimalValue v ? v : null;
        Object r = switch (op) {
            case "add" -> DecimalArith.add(c, x, y, flags);
            case "subtract" -> DecimalArith.add(c, x, DecimalArith.negate(y), flags);
            case "multiply" -> DecimalArith.multiply(c, x, y, flags);
            case "divide" -> DecimalArith.divide(c, x, y, flags);
            case "divide_int" -> divideInt(c, x, y, flags);
            case "remainder" -> remainder(c, x, y, flags);
            case "divmod" -> new PyTuple(DecimalArith.divmod(c, x, y, flags));
            case "remainder_near" -> DecimalArith.remainderNear(c, x, y, flags);
            case "power" -> {
                DecimalValue p = DecimalArith.power(c, x, y, flags);
                if (p == null) {
                    throw Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR,
                            "decimal: powers with a non-integral exponent are not supported");
                }
                yield p;
            }
            case "sqrt" -> DecimalArith.sqrt(c, x, flags);
            case "plus" -> DecimalArith.plus(c, x, x.neg, flags);
            case "minus" -> DecimalArith.plus(c, x, !x.neg, flags);
            case "abs" -> DecimalArith.plus(c, x, false, flags);
            case "normalize" -> DecimalArith.reduce(c, x, flags);
            case "quantize" -> DecimalArith.quantize(c, x, y, rounding(a, 4, c), flags);
            case "to_integral_value" -> DecimalArith.toIntegral(x, rounding(a, 3, c), false, flags);
            case "to_integral_exact" -> DecimalArith.toIntegral(x, rounding(a, 3, c), true, flags);
            case "round" -> c.finish(x.neg, x.mag, flags);
            default -> throw new IllegalArgumentException(op);
        };
        return new PyTuple(new Object[] {r, (long) flags[0]});
    }

    private static DecimalValue divideInt(DecimalContext c, DecimalValue x, DecimalValue y, int[] flags) {
        DecimalValue[] qr = DecimalArith.divmod(c, x, y, flags);
        if (x.kind == Kind.INF && y.isFinite() || y.isZero() && !x.isZero() && x.isFinite()) {
            flags[0] &= ~DecimalContext.INVALID; // only the remainder of inf // y or x // 0 is invalid
        }
        return qr[0];
    }

    private static DecimalValue remainder(DecimalContext c, DecimalValue x, DecimalValue y, int[] flags) {
        DecimalValue[] qr = DecimalArith.divmod(c, x, y, flags);
        if (y.isZero() && !x.isZero() && x.isFinite()) {
            flags[0] &= ~DecimalContext.DIV_BY_ZERO; // x % 0 is only invalid
        }
        return qr[1];
    }

    private static boolean isInt(Object u) {
        return u instanceof Boolean || Ops.type(u) == dev.tauraro.script.runtime.Types.INT;
    }

    private static Rounding rounding(Object[] a, int i, DecimalContext c) {
        return a.length > i && a[i] != PyNone.NONE ? Rounding.valueOf((String) a[i]) : c.rounding();
    }

    private static PyTuple asTuple(DecimalValue v) {
        Object exp = switch (v.kind) {
            case FINITE -> v.exp();
            case INF -> "F";
            case NAN -> "n";
            case SNAN -> "N";
        };
        Object[] digits;
        if (v.kind == Kind.INF) {
            digits = new Object[] {0L};
        } else if (v.isNan() && v.mag.signum() == 0) {
            digits = new Object[0];
        } else {
            String s = v.mag.unscaledValue().toString();
            digits = new Object[s.length()];
            for (int i = 0; i < s.length(); i++) {
                digits[i] = (long) (s.charAt(i) - '0');
            }
        }
        return new PyTuple(new Object[] {v.neg ? 1L : 0L, new PyTuple(digits), exp});
    }

    /** {@code Decimal((sign, digits, exponent))} with CPython's checks and messages. */
    private static DecimalValue fromTuple(Object sign, Object digits, Object exp) {
        Object s = PyDerived.unwrap(sign);
        if (!isInt(s) || !(Ops.index(s) == 0 || Ops.index(s) == 1)) {
            throw Exceptions.valueError("sign must be an integer with the value 0 or 1");
        }
        boolean neg = Ops.index(s) == 1;
        Object e = PyDerived.unwrap(exp);
        Kind kind = Kind.FINITE;
        if (e instanceof String str) {
            kind = switch (str) {
                case "F" -> Kind.INF;
                case "n" -> Kind.NAN;
                case "N" -> Kind.SNAN;
                default -> throw Exceptions.valueError(
                        "string argument in the third position must be 'F', 'n' or 'N'");
            };
        } else if (!isInt(e)) {
            throw Exceptions.valueError("exponent must be an integer");
        }
        StringBuilder b = new StringBuilder();
        for (Object d : ((PyTuple) digits).items) {
            Object u = PyDerived.unwrap(d);
            long n = isInt(u) ? Ops.index(u) : -1;
            if (n < 0 || n > 9) {
                throw Exceptions.valueError("coefficient must be a tuple of digits");
            }
            b.append((char) ('0' + n));
        }
        if (kind == Kind.INF) {
            return DecimalValue.inf(neg);
        }
        BigInteger coeff = b.length() == 0 ? BigInteger.ZERO : new BigInteger(b.toString());
        if (kind != Kind.FINITE) {
            return new DecimalValue(neg, kind, new BigDecimal(coeff));
        }
        long x = Ops.bigInt(e).bitLength() > 40 ? Long.MAX_VALUE : Ops.index(e);
        return DecimalValue.finite(neg, new BigDecimal(coeff, DecimalContext.scale(x)));
    }
}
