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
