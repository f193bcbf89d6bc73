package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/** Python's {@code math}. */
public final class MathModule {
    private MathModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math", interp);
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        unary(m, "sqrt", x -> {
            if (x < 0) {
                throw Exceptions.valueError("math domain error");
            }
            return Math.sqrt(x);
        });
        unary(m, "exp", Math::exp, true);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "atan", Math::atan);
        unary(m, "fabs", Math::abs);
        unary(m, "log10", Math::log10);
        unary(m, "log2", x -> Math.log(x) / Math.log(2));
        m.set("log", new BuiltinFunction("log", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (x <= 0) {
                throw Exceptions.valueError("math domain error");
            }
            return a.length > 1 ? Math.log(x) / Math.log(Ops.toDouble(a[1])) : Math.log(x);
        }));
        m.set("floor", new BuiltinFunction("floor", (a, k) -> toInt(Math.floor(Ops.toDouble(a[0])), a[0])));
        m.set("ceil", new BuiltinFunction("ceil", (a, k) -> toInt(Math.ceil(Ops.toDouble(a[0])), a[0])));
        m.set("trunc", new BuiltinFunction("trunc", (a, k) -> toInt((double) (long) Ops.toDouble(a[0]), a[0])));
        m.set("pow", new BuiltinFunction("pow", (a, k) -> pow(Ops.toDouble(a[0]), Ops.toDouble(a[1]))));
        m.set("atan2", new BuiltinFunction("atan2", (a, k) -> Math.atan2(Ops.toDouble(a[0]), Ops.toDouble(a[1]))));
        m.set("hypot", new BuiltinFunction("hypot", (a, k) -> Math.hypot(Ops.toDouble(a[0]), Ops.toDouble(a[1]))));
        m.set("isnan", new BuiltinFunction("isnan", (a, k) -> Double.isNaN(Ops.toDouble(a[0]))));
        m.set("isinf", new BuiltinFunction("isinf", (a, k) -> Double.isInfinite(Ops.toDouble(a[0]))));
        m.set("isclose", new BuiltinFunction("isclose", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            return x == y || Math.abs(x - y) <= 1e-09 * Math.max(Math.abs(x), Math.abs(y));
        }));
        m.set("gcd", new BuiltinFunction("gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(Ops.bigInt(o));
            }
            return Ops.normalize(g);
        }));
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh);
        // plain arithmetic in CPython, not checked as the functions of math_1 are: degrees(1e308) is inf
        m.set("degrees", new BuiltinFunction("degrees", (a, k) -> Math.toDegrees(Ops.toDouble(a[0]))));
        m.set("radians", new BuiltinFunction("radians", (a, k) -> Math.toRadians(Ops.toDouble(a[0]))));
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", Math::log1p);
        m.set("isfinite", new BuiltinFunction("isfinite", (a, k) -> Double.isFinite(Ops.toDouble(a[0]))));
        m.set("copysign", new BuiltinFunction("copysign", (a, k) -> Math.copySign(Ops.toDouble(a[0]),
                Ops.toDouble(a[1]))));
        m.set("fmod", new BuiltinFunction("fmod", (a, k) -> Ops.toDouble(a[0]) % Ops.toDouble(a[1])));
        m.set("remainder", new BuiltinFunction("remainder", (a, k) -> Math.IEEEremainder(Ops.toDouble(a[0]),
                Ops.toDouble(a[1]))));
        m.set("ldexp", new BuiltinFunction("ldexp", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            BigInteger n = Ops.bigInt(a[1]);
            // exponents beyond an int only overflow or vanish; Math.scalb rounds as C's ldexp does
            int e = n.bitLength() > 31 ? (n.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : n.intValue();
            double r = Math.scalb(x, e);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw rangeError();
            }
            return r;
        }));
        m.set("frexp", new BuiltinFunction("frexp", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new dev.tauraro.script.runtime.PyTuple(new Object[] {x, 0L});
            }
            int shift = 0;
            if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal: normalise it first
                x *= 0x1p54;
                shift = 54;
            }
            int e = Math.getExponent(x) + 1;
            return new dev.tauraro.script.runtime.PyTuple(new Object[] {Math.scalb(x, -e), (long) (e - shift)});
        }));
        m.set("modf", new BuiltinFunction("modf", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new dev.tauraro.script.runtime.PyTuple(new Object[] {x - ip, ip});
        }));
        m.set("isqrt", new BuiltinFunction("isqrt", (a, k) -> {
            BigInteger n = Ops.bigInt(a[0]);
            if (n.signum() < 0) {
                throw Exceptions.valueError("isqrt() argument must be nonnegative");
            }
            return Ops.normalize(n.sqrt());
        }));
        m.set("lcm", new BuiltinFunction("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger v = Ops.bigInt(o).abs();
                if (v.signum() == 0) {
                    return 0L;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Ops.normalize(l);
        }));
        m.set("comb", new BuiltinFunction("comb", (a, k) -> {
            long n = Ops.toLong(a[0]);
            long r = Ops.toLong(a[1]);
            if (r < 0 || r > n) {
                return 0L;
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < Math.min(r, n - r); i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return Ops.normalize(c);
        }));
        m.set("perm", new BuiltinFunction("perm", (a, k) -> {
            long n = Ops.toLong(a[0]);
            long r = a.length > 1 && a[1] != dev.tauraro.script.runtime.PyNone.NONE ? Ops.toLong(a[1]) : n;
            if (r < 0 || r > n) {
                return 0L;
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i));
            }
            return Ops.normalize(c);
        }));
        m.set("prod", new BuiltinFunction("prod", (a, k) -> {
            Object acc = 1L;
            dev.tauraro.script.runtime.PyIterator it = Ops.iter(a[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                acc = Ops.mul(acc, v);
            }
            return acc;
        }));
        m.set("fsum", new BuiltinFunction("fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            dev.tauraro.script.runtime.PyIterator it = Ops.iter(a[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                s = s.add(new java.math.BigDecimal(Ops.toDouble(v)));
            }
            return s.doubleValue();
        }));
        m.set("dist", new BuiltinFunction("dist", (a, k) -> {
            java.util.List<Object> p = Ops.toList(a[0]);
            java.util.List<Object> q = Ops.toList(a[1]);
            double s = 0;
            for (int i = 0; i < p.size(); i++) {
                double d = Ops.toDouble(p.get(i)) - Ops.toDouble(q.get(i));
                s += d * d;
            }
            return Math.sqrt(s);
        }));
        m.set("factorial", new BuiltinFunction("factorial", (a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) {
                throw Exceptions.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Ops.normalize(r);
        }));
        MathFunctions.install(m); // CPython-exact integer, log, fsum, hypot and error semantics
        return m;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator op) {
        unary(m, name, op, false);
    }

    /**
     * A function of one float checked as CPython's math_1 checks it: a NaN from a number is a
     * domain error ({@code sin(inf)}), an infinity from a finite number a range error where the
     * function can overflow ({@code exp(1000)}) and a domain error otherwise ({@code log1p(-1)}).
     */
    private static void unary(PyModule m, String name, DoubleUnaryOperator op, boolean canOverflow) {
        m.set(name, new BuiltinFunction(name, (a, k) -> {
            double x = Ops.toDouble(a[0]);
            double r = op.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Exceptions.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? rangeError() : Exceptions.valueError("math domain error");
            }
            return r;
        }));
    }

    private static dev.tauraro.script.runtime.PyException rangeError() {
        return Exceptions.newException(Exceptions.OVERFLOW_ERROR, "math range error");
    }

    /** {@code math.pow} as CPython's: IEEE special cases first, then errors for what C's pow flags. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                return y > 0 ? (oddY ? x : Math.abs(x)) : y == 0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            return y > 0 && Math.abs(x) > 1 ? y : y < 0 && Math.abs(x) < 1 ? -y : 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) || Double.isInfinite(r) && x == 0) {
            throw Exceptions.valueError("math domain error"); // (-8) ** (1/3), 0.0 ** -1
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static Object toInt(double d, Object original) {
        if (Ops.type(original) == dev.tauraro.script.runtime.Types.INT) {
            return original;
        }
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        return Ops.normalize(new BigDecimal(d).setScale(0, RoundingMode.FLOOR).toBigInteger());
    }
}
