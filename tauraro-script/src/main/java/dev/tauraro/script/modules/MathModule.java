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
        unary(m, "exp", Math::exp);
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
        m.set("pow", new BuiltinFunction("pow", (a, k) -> Math.pow(Ops.toDouble(a[0]), Ops.toDouble(a[1]))));
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
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", Math::log1p);
        m.set("isfinite", new BuiltinFunction("isfinite", (a, k) -> Double.isFinite(Ops.toDouble(a[0]))));
        m.set("copysign", new BuiltinFunction("copysign", (a, k) -> Math.copySign(Ops.toDouble(a[0]),
                Ops.toDouble(a[1]))));
        m.set("fmod", new BuiltinFunction("fmod", (a, k) -> Ops.toDouble(a[0]) % Ops.toDouble(a[1])));
        m.set("remainder", new BuiltinFunction("remainder", (a, k) -> Math.IEEEremainder(Ops.toDouble(a[0]),
                Ops.toDouble(a[1]))));
        m.set("ldexp", new BuiltinFunction("ldexp", (a, k) -> Ops.toDouble(a[0]) * Math.pow(2, Ops.toLong(a[1]))));
        m.set("frexp", new BuiltinFunction("frexp", (a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new dev.tauraro.script.runtime.PyTuple(new Object[] {x, 0L});
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.pow(2, e);
            if (Math.abs(mant) >= 1.0) {
                mant /= 2;
                e++;
            }
            return new dev.tauraro.script.runtime.PyTuple(new Object[] {mant, (long) e});
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
        m.set(name, new BuiltinFunction(name, (a, k) -> op.applyAsDouble(Ops.toDouble(a[0]))));
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
