package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyComplex;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code cmath}: the complex elementary functions. Finite arguments go through the formulas of
 * Kahan's "Branch Cuts for Complex Elementary Functions" (with rescaling near overflow and
 * underflow), as CPython computes them; arguments with an infinite or NaN part take CPython's
 * observed results from {@code cmath-special-values.txt}, except where the result's signs follow
 * the finite part (computed here). {@code cos}, {@code sin}, {@code tan}, {@code asin} and
 * {@code atan} are the hyperbolic functions of {@code i*z} rotated back, as in CPython.
 *
 * <p>Differences from CPython: the real functions underneath are {@link Math}'s ({@code atan2} is
 * {@link StrictMath}'s, which agrees with the C library where Math's does not), so a result may
 * differ from CPython's in the last bit.
 */
final class CmathModule {
    private CmathModule() {
    }

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;
    private static final Map<String, String[]> SPECIAL = special();

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("cmath", interp);
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        m.set("infj", new PyComplex(0, Double.POSITIVE_INFINITY));
        m.set("nanj", new PyComplex(0, Double.NaN));
        unary(m, "exp", CmathModule::exp);
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "log10", z -> {
            PyComplex l = log(z);
            return new PyComplex(l.real() / LN10, l.imag() / LN10);
        });
        unary(m, "cosh", CmathModule::cosh);
        unary(m, "sinh", CmathModule::sinh);
        unary(m, "tanh", CmathModule::tanh);
        unary(m, "cos", z -> cosh(new PyComplex(-z.imag(), z.real())));
        unary(m, "sin", z -> {
            PyComplex s = sinh(new PyComplex(-z.imag(), z.real()));
            return new PyComplex(s.imag(), -s.real());
        });
        unary(m, "tan", z -> {
            PyComplex t = tanh(new PyComplex(-z.imag(), z.real()));
            return new PyComplex(t.imag(), -t.real());
        });
        unary(m, "acos", CmathModule::acos);
        unary(m, "acosh", CmathModule::acosh);
        unary(m, "asinh", CmathModule::asinh);
        unary(m, "atanh", CmathModule::atanh);
        unary(m, "asin", z -> {
            PyComplex s = asinh(new PyComplex(-z.imag(), z.real()));
            return new PyComplex(s.imag(), -s.real());
        });
        unary(m, "atan", z -> {
            PyComplex s = atanh(new PyComplex(-z.imag(), z.real()));
            return new PyComplex(s.imag(), -s.real());
        });
        m.set("log", new BuiltinFunction("log", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError("cmath.log() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw Exceptions.typeError("log expected at " + (a.length < 1 ? "least 1 argument" : "most 2 arguments")
                        + ", got " + a.length);
            }
            PyComplex x = log(complexArg(a[0]));
            if (a.length == 1) {
                return x;
            }
            PyComplex base = log(complexArg(a[1]));
            if (base.real() == 0 && base.imag() == 0) {
                throw domain();
            }
            return x.divide(base);
        }));
        m.set("phase", new BuiltinFunction("phase", (a, k) -> {
            PyComplex z = complexArg(one("phase", a, k));
            return StrictMath.atan2(z.imag(), z.real());
        }));
        m.set("polar", new BuiltinFunction("polar", (a, k) -> {
            PyComplex z = complexArg(one("polar", a, k));
            double r = Math.hypot(z.real(), z.imag());
            if (Double.isInfinite(r) && Double.isFinite(z.real()) && Double.isFinite(z.imag())) {
                throw range();
            }
            return new PyTuple(new Object[] {r, StrictMath.atan2(z.imag(), z.real())});
        }));
        m.set("rect", new BuiltinFunction("rect", (a, k) -> {
            Args args = Args.of("rect", a, k);
            if (args.size() != 2) {
                throw Exceptions.typeError("rect expected 2 arguments, got " + args.size());
            }
            return rect(Ops.toDouble(PyDerived.unwrap(realArg(args.positional[0]))),
                    Ops.toDouble(PyDerived.unwrap(realArg(args.positional[1]))));
        }));
        m.set("isfinite", new BuiltinFunction("isfinite", (a, k) -> {
            PyComplex z = complexArg(one("isfinite", a, k));
            return Double.isFinite(z.real()) && Double.isFinite(z.imag());
        }));
        m.set("isinf", new BuiltinFunction("isinf", (a, k) -> {
            PyComplex z = complexArg(one("isinf", a, k));
            return Double.isInfinite(z.real()) || Double.isInfinite(z.imag());
        }));
        m.set("isnan", new BuiltinFunction("isnan", (a, k) -> {
            PyComplex z = complexArg(one("isnan", a, k));
            return Double.isNaN(z.real()) || Double.isNaN(z.imag());
        }));
        m.set("isclose", new BuiltinFunction("isclose", (a, k) -> {
            Args args = Args.of("isclose", a, k, "a", "b", "rel_tol", "abs_tol");
            if (args.size() > 2) {
                throw Exceptions.typeError("isclose() takes exactly 2 positional arguments (" + args.size() + " given)");
            }
            PyComplex x = complexArg(args.required(0, "a"));
            PyComplex y = complexArg(args.required(1, "b"));
            double rel = Ops.toDouble(PyDerived.unwrap(args.kw("rel_tol", 1e-09)));
            double abs = Ops.toDouble(PyDerived.unwrap(args.kw("abs_tol", 0.0)));
            if (rel < 0.0 || abs < 0.0) {
                throw Exceptions.valueError("tolerances must be non-negative");
            }
            if (x.real() == y.real() && x.imag() == y.imag()) {
                return true;
            }
            if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag())
                    || Double.isInfinite(y.real()) || Double.isInfinite(y.imag())) {
                return false;
            }
            double diff = Math.hypot(x.real() - y.real(), x.imag() - y.imag());
            return diff <= rel * Math.hypot(y.real(), y.imag()) || diff <= rel * Math.hypot(x.real(), x.imag())
                    || diff <= abs;
        }));
        return m;
    }

    private static Object one(String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError("cmath." + name + "() takes no keyword arguments");
            }
            throw Exceptions.typeError("cmath." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    private static void unary(PyModule m, String name, UnaryOperator<PyComplex> f) {
        m.set(name, new BuiltinFunction(name, (a, k) -> f.apply(complexArg(one(name, a, k)))));
    }

    /** A number as a complex: complex, float, int, or an object with __complex__, __float__ or __index__. */
    static PyComplex complexArg(Object o) {
        Object u = PyDerived.unwrap(o);
        if (u instanceof PyComplex c) {
            return c;
        }
        if (u instanceof PyInstance && Ops.lookupSpecial(u, "__complex__") != null) {
            Object r = Ops.call(Ops.lookupSpecial(u, "__complex__"));
            if (PyDerived.unwrap(r) instanceof PyComplex c) {
                return c;
            }
            throw Exceptions.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
        }
        return new PyComplex(Ops.toDouble(PyDerived.unwrap(realArg(u))), 0);
    }

    private static Object realArg(Object u) {
        if (u instanceof PyInstance) {
            Object f = Ops.lookupSpecial(u, "__float__");
            if (f != null) {
                return Ops.call(f);
            }
            Object i = Ops.lookupSpecial(u, "__index__");
            if (i != null) {
                return Ops.call(i);
            }
        }
        return u;
    }

    private static PyException domain() {
        return Exceptions.valueError("math domain error");
    }

    private static PyException range() {
        return Exceptions.newException(Exceptions.OVERFLOW_ERROR, "math range error");
    }

    // ------------------------------------------------------------------ special values

    private static Map<String, String[]> special() {
        Map<String, String[]> t = new HashMap<>();
        try (InputStream in = CmathModule.class.getResourceAsStream("/dev/tauraro/script/modules/cmath-special-values.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split(" ");
                    t.put(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cmath-special-values.txt is part of the jar", e);
        }
        return t;
    }

    /** A float as Python's repr wrote it in the table ({@code inf}, {@code -inf}, {@code nan}, digits). */
    private static double number(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private static int category(double d) {
        if (Double.isNaN(d)) {
            return 6;
        }
        if (Double.isInfinite(d)) {
            return d < 0 ? 0 : 5;
        }
        if (d == 0) {
            return Math.copySign(1.0, d) < 0 ? 2 : 3;
        }
        return d < 0 ? 1 : 4;
    }

    /** CPython's result for {@code f} at a non-finite (x, y), or a raised error. */
    private static PyComplex special(String f, double x, double y) {
        String e = SPECIAL.get(f)[category(x) * 7 + category(y)];
        switch (e) {
            case "V":
                throw domain();
            case "O":
                throw range();
            default:
                int comma = e.indexOf(',');
                return new PyComplex(number(e.substring(0, comma)), number(e.substring(comma + 1)));
        }
    }

    private static boolean finite(PyComplex z) {
        return Double.isFinite(z.real()) && Double.isFinite(z.imag());
    }

    /** Whether x is infinite and y finite and non-zero: the cases whose signs follow cos(y) and sin(y). */
    private static boolean infiniteByFinite(double x, double y) {
        return Double.isInfinite(x) && Double.isFinite(y) && y != 0;
    }

    // ------------------------------------------------------------------ the functions

    static PyComplex sqrt(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("sqrt", x, y);
        }
        if (x == 0 && y == 0) {
            return new PyComplex(0, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // scaled up by 2**53 so that hypot keeps its precision, then back by 2**-26.5 in two steps
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? new PyComplex(s, Math.copySign(d, y)) : new PyComplex(d, Math.copySign(s, y));
    }

    static PyComplex exp(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            if (infiniteByFinite(x, y)) {
                double mag = x > 0 ? Double.POSITIVE_INFINITY : 0.0;
                return new PyComplex(Math.copySign(mag, Math.cos(y)), Math.copySign(mag, Math.sin(y)));
            }
            return special("exp", x, y);
        }
        double r;
        double i;
        if (x > LOG_LARGE) {
            double l = Math.exp(x - 1);
            r = l * Math.cos(y) * Math.E;
            i = l * Math.sin(y) * Math.E;
        } else {
            double l = Math.exp(x);
            r = l * Math.cos(y);
            i = l * Math.sin(y);
        }
        if (Double.isInfinite(r) || Double.isInfinite(i)) {
            throw range();
        }
        return new PyComplex(r, i);
    }

    static PyComplex log(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("log", x, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double r;
        if (ax > LARGE || ay > LARGE) {
            r = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                throw domain();
            }
            r = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                r = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                r = Math.log(h);
            }
        }
        return new PyComplex(r, StrictMath.atan2(y, x));
    }

    static PyComplex cosh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            if (infiniteByFinite(x, y)) {
                double inf = Double.POSITIVE_INFINITY;
                return new PyComplex(Math.copySign(inf, Math.cos(y)), Math.copySign(inf, Math.sin(y)) * Math.signum(x));
            }
            return special("cosh", x, y);
        }
        double r;
        double i;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            r = Math.cos(y) * MathFunctions.cosh(xm1) * Math.E;
            i = Math.sin(y) * MathFunctions.sinh(xm1) * Math.E;
        } else {
            r = Math.cos(y) * MathFunctions.cosh(x);
            i = Math.sin(y) * MathFunctions.sinh(x);
        }
        if (Double.isInfinite(r) || Double.isInfinite(i)) {
            throw range();
        }
        return new PyComplex(r, i);
    }

    static PyComplex sinh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            if (infiniteByFinite(x, y)) {
                double inf = Double.POSITIVE_INFINITY;
                return new PyComplex(Math.copySign(inf, Math.cos(y)) * Math.signum(x), Math.copySign(inf, Math.sin(y)));
            }
            return special("sinh", x, y);
        }
        double r;
        double i;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            r = Math.cos(y) * MathFunctions.sinh(xm1) * Math.E;
            i = Math.sin(y) * MathFunctions.cosh(xm1) * Math.E;
        } else {
            r = Math.cos(y) * MathFunctions.sinh(x);
            i = Math.sin(y) * MathFunctions.cosh(x);
        }
        if (Double.isInfinite(r) || Double.isInfinite(i)) {
            throw range();
        }
        return new PyComplex(r, i);
    }

    static PyComplex tanh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            if (infiniteByFinite(x, y)) {
                return new PyComplex(Math.copySign(1.0, x), Math.copySign(0.0, 2 * Math.sin(y) * Math.cos(y)));
            }
            return special("tanh", x, y);
        }
        if (Math.abs(x) > SQRT_LARGE) {
            return new PyComplex(Math.copySign(1.0, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double tx = Math.tanh(x);
        double ty = Math.tan(y);
        double cx = 1 / MathFunctions.cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new PyComplex(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static PyComplex asinh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("asinh", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(Math.hypot(x / 2, y / 2)) + 2 * LN2;
            double r = y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x);
            return new PyComplex(r, StrictMath.atan2(y, Math.abs(x)));
        }
        PyComplex s1 = sqrt(new PyComplex(1 + y, -x));
        PyComplex s2 = sqrt(new PyComplex(1 - y, x));
        return new PyComplex(MathFunctions.asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                StrictMath.atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    static PyComplex acos(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("acos", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double r = StrictMath.atan2(Math.abs(y), x);
            double l = Math.log(Math.hypot(x / 2, y / 2)) + 2 * LN2;
            double i = x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y);
            return new PyComplex(r, i);
        }
        PyComplex s1 = sqrt(new PyComplex(1 - x, -y));
        PyComplex s2 = sqrt(new PyComplex(1 + x, y));
        return new PyComplex(2 * StrictMath.atan2(s1.real(), s2.real()),
                MathFunctions.asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
    }

    static PyComplex acosh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("acosh", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new PyComplex(Math.log(Math.hypot(x / 2, y / 2)) + 2 * LN2, StrictMath.atan2(y, x));
        }
        PyComplex s1 = sqrt(new PyComplex(x - 1, y));
        PyComplex s2 = sqrt(new PyComplex(x + 1, y));
        return new PyComplex(MathFunctions.asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
                2 * StrictMath.atan2(s1.imag(), s2.real()));
    }

    static PyComplex atanh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!finite(z)) {
            return special("atanh", x, y);
        }
        if (x < 0) {
            PyComplex r = atanh(new PyComplex(-x, -y));
            return new PyComplex(-r.real(), -r.imag());
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(x / 2, y / 2);
            return new PyComplex(x / 4 / h / h, -Math.copySign(Math.PI / 2, -y));
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) {
                throw domain();
            }
            return new PyComplex(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))),
                    Math.copySign(StrictMath.atan2(2, -ay) / 2, y));
        }
        return new PyComplex(Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                -StrictMath.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
    }

    static PyComplex rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0) {
                return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
            }
            return special("rect", r, phi);
        }
        return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
    }
}
