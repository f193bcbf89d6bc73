package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} functions whose CPython semantics go beyond one libm call: integer functions
 * on big ints ({@code comb}, {@code perm}, {@code isqrt}, {@code lcm}), {@code log} of huge ints
 * and with a base, exactly rounded {@code fsum}/{@code hypot}/{@code dist}, {@code isclose} with
 * its tolerances, {@code prod(start=)}, and CPython's domain/range errors. Installed over
 * {@link MathModule}'s simpler entries by {@link #install}.
 *
 * <p>Python equivalent: {@code math}.
 *
 * <h2>Differences from CPython</h2>
 * Transcendental functions use {@link Math}, which may differ from the C library in the last
 * bit; {@code erf}, {@code erfc}, {@code gamma} and {@code lgamma} are rounded from
 * {@link MathSpecial}'s high-precision values (CPython's gamma may differ by an ulp).
 */
final class MathFunctions {
    private MathFunctions() {
    }

    private static final double LOG2 = Math.log(2.0);

    static void install(PyModule m) {
        def(m, "floor", (a, k) -> rounded(one("floor", a, k), "__floor__", RoundingMode.FLOOR));
        def(m, "ceil", (a, k) -> rounded(one("ceil", a, k), "__ceil__", RoundingMode.CEILING));
        def(m, "trunc", (a, k) -> rounded(one("trunc", a, k), "__trunc__", RoundingMode.DOWN));
        def(m, "log", (a, k) -> {
            Args args = Args.of("log", a, k);
            double num = logOf(args.required(0, "x"), Math::log);
            if (args.size() < 2) {
                return num;
            }
            double den = logOf(args.positional[1], Math::log);
            if (den == 0) {
                throw Exceptions.zeroDivision("float division by zero");
            }
            return num / den;
        });
        def(m, "log2", (a, k) -> logOf(one("log2", a, k), MathFunctions::log2));
        def(m, "log10", (a, k) -> logOf(one("log10", a, k), Math::log10));
        checked(m, "log1p", Math::log1p, true);
        checked(m, "sqrt", Math::sqrt, false);
        checked(m, "exp", Math::exp, false);
        checked(m, "expm1", Math::expm1, false);
        checked(m, "sinh", MathFunctions::sinh, false);
        checked(m, "cosh", MathFunctions::cosh, false);
        checked(m, "asin", Math::asin, false);
        checked(m, "acos", Math::acos, false);
        checked(m, "asinh", MathFunctions::asinh, false);
        checked(m, "acosh", MathFunctions::acosh, false);
        checked(m, "atanh", MathFunctions::atanh, true);
        checked(m, "cbrt", Math::cbrt, false);
        checked(m, "exp2", x -> Math.pow(2, x), false);
        def(m, "erf", (a, k) -> MathSpecial.erf(Ops.toDouble(one("erf", a, k))));
        def(m, "erfc", (a, k) -> MathSpecial.erfc(Ops.toDouble(one("erfc", a, k))));
        def(m, "gamma", (a, k) -> MathSpecial.gamma(Ops.toDouble(one("gamma", a, k))));
        def(m, "lgamma", (a, k) -> MathSpecial.lgamma(Ops.toDouble(one("lgamma", a, k))));
        def(m, "isclose", (a, k) -> {
            Args args = Args.of("isclose", a, k, "a", "b", "rel_tol", "abs_tol");
            double x = Ops.toDouble(args.required(0, "a"));
            double y = Ops.toDouble(args.required(1, "b"));
            double rel = Ops.toDouble(args.kw("rel_tol", 1e-09));
            double abs = Ops.toDouble(args.kw("abs_tol", 0.0));
            if (rel < 0.0 || abs < 0.0) {
                throw Exceptions.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        def(m, "prod", (a, k) -> {
            Args args = Args.of("prod", a, k, "start");
            Object acc = args.kw("start", 1L);
            PyIterator it = Ops.iter(args.required(0, "iterable"));
            for (Object v = it.next(); v != null; v = it.next()) {
                acc = Ops.mul(acc, v);
            }
            return acc;
        });
        def(m, "fsum", (a, k) -> fsum(one("fsum", a, k)));
        def(m, "hypot", (a, k) -> {
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Ops.toDouble(a[i]);
            }
            return norm(v);
        });
        def(m, "dist", (a, k) -> {
            Args args = Args.of("dist", a, k);
            List<Object> p = Ops.toList(args.required(0, "p"));
            List<Object> q = Ops.toList(args.required(1, "q"));
            if (p.size() != q.size()) {
                throw Exceptions.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Ops.toDouble(p.get(i)) - Ops.toDouble(q.get(i));
            }
            return norm(v);
        });
        def(m, "isqrt", (a, k) -> {
            BigInteger n = integer(one("isqrt", a, k));
            if (n.signum() < 0) {
                throw Exceptions.valueError("isqrt() argument must be nonnegative");
            }
            return Ops.normalize(n.sqrt());
        });
        def(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(integer(o));
            }
            return Ops.normalize(g);
        });
        def(m, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            boolean zero = false;
            for (Object o : a) {
                BigInteger v = integer(o).abs();
                if (v.signum() == 0) {
                    zero = true;
                } else {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return zero ? (Object) 0L : Ops.normalize(l);
        });
        def(m, "factorial", (a, k) -> factorial(integer(one("factorial", a, k))));
        def(m, "comb", (a, k) -> {
            Args args = Args.of("comb", a, k);
            BigInteger n = nonNegative(args.required(0, "n"), "n");
            BigInteger r = nonNegative(args.required(1, "k"), "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger small = r.min(n.subtract(r));
            if (n.bitLength() < 63) {
                long top = n.longValue();
                long s = small.longValue();
                return Ops.normalize(product(top - s + 1, top).divide(product(2, s)));
            }
            BigInteger c = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(small) < 0; i = i.add(BigInteger.ONE)) {
                c = c.multiply(n.subtract(i)).divide(i.add(BigInteger.ONE));
            }
            return Ops.normalize(c);
        });
        def(m, "perm", (a, k) -> {
            Args args = Args.of("perm", a, k);
            Object kObj = args.get(1, "k", PyNone.NONE);
            if (kObj == PyNone.NONE) {
                return factorial(integer(args.required(0, "n")));
            }
            BigInteger n = nonNegative(args.required(0, "n"), "n");
            BigInteger r = nonNegative(kObj, "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            if (n.bitLength() < 63) {
                return Ops.normalize(product(n.longValue() - r.longValue() + 1, n.longValue()));
            }
            BigInteger c = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(r) < 0; i = i.add(BigInteger.ONE)) {
                c = c.multiply(n.subtract(i));
            }
            return Ops.normalize(c);
        });
        def(m, "fmod", (a, k) -> {
            Args args = Args.of("fmod", a, k);
            double x = Ops.toDouble(args.required(0, "x"));
            double y = Ops.toDouble(args.required(1, "y"));
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw Exceptions.valueError("math domain error");
            }
            return r;
        });
        def(m, "remainder", (a, k) -> {
            Args args = Args.of("remainder", a, k);
            double x = Ops.toDouble(args.required(0, "x"));
            double y = Ops.toDouble(args.required(1, "y"));
            double r = Math.IEEEremainder(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw Exceptions.valueError("math domain error");
            }
            return r;
        });
        def(m, "ldexp", (a, k) -> {
            Args args = Args.of("ldexp", a, k);
            double x = Ops.toDouble(args.required(0, "x"));
            BigInteger e = integer(args.required(1, "i"));
            int exp = e.max(BigInteger.valueOf(-5000)).min(BigInteger.valueOf(5000)).intValue();
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "math range error");
            }
            return r;
        });
        def(m, "nextafter", (a, k) -> {
            Args args = Args.of("nextafter", a, k);
            return Math.nextAfter(Ops.toDouble(args.required(0, "x")), Ops.toDouble(args.required(1, "y")));
        });
        def(m, "ulp", (a, k) -> {
            double x = Math.abs(Ops.toDouble(one("ulp", a, k)));
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return x;
            }
            if (x == Double.MAX_VALUE) {
                return x - Math.nextDown(x);
            }
            return Math.nextUp(x) - x;
        });
        def(m, "modf", (a, k) -> {
            double x = Ops.toDouble(one("modf", a, k));
            if (Double.isInfinite(x)) {
                return new PyTuple(new Object[] {Math.copySign(0.0, x), x});
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new Object[] {Math.copySign(x - ip, x), ip});
        });
    }

    private static void def(PyModule m, String name, PyCallable impl) {
        m.set(name, new BuiltinFunction(name, impl));
    }

    private static Object one(String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null) {
            throw Exceptions.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /**
     * CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite
     * argument is a range error, or a domain error for poles ({@code log1p(-1)}, {@code atanh(1)}).
     */
    private static void checked(PyModule m, String name, DoubleUnaryOperator f, boolean poleIsDomainError) {
        def(m, name, (a, k) -> {
            double x = Ops.toDouble(one(name, a, k));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Exceptions.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (poleIsDomainError) {
                    throw Exceptions.valueError("math domain error");
                }
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "math range error");
            }
            return r;
        });
    }

    // The hyperbolic functions follow fdlibm's formulas, which is what the C library (and so
    // CPython) computes; java.lang.Math's versions round differently (cosh(1) differs in the last bit).

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isInfinite(ax) || Double.isNaN(ax) || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + LOG2;
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LOG2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax > 1) {
            return Double.NaN;
        }
        if (ax == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(t, x);
    }

    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(ax) || Double.isInfinite(ax)) {
            return ax;
        }
        if (ax < 0.5 * LOG2) {
            double t = Math.expm1(ax);
            double w = 1 + t;
            return ax < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) {
            return 0.5 * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return (0.5 * w) * w;
    }

    static double sinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(ax) || Double.isInfinite(ax)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ax < 709.782712893384) {
            return h * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return (h * w) * w;
    }

    /** log2 of a positive finite double: exact for powers of two, as the C library's is. */
    private static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        return Math.log(x) / LOG2;
    }

    /** CPython's loghelper: ints too large for a double are split as m * 2**e first. */
    private static double logOf(Object x, DoubleUnaryOperator f) {
        if (Ops.type(x) == Types.INT) {
            BigInteger n = Ops.bigInt(x);
            if (n.signum() <= 0) {
                throw Exceptions.valueError("math domain error");
            }
            if (Double.isInfinite(n.doubleValue())) {
                // _PyLong_Frexp: the top 62 bits plus a sticky bit round to the 53-bit mantissa correctly
                int e = n.bitLength();
                long top = n.shiftRight(e - 62).longValue();
                if (n.getLowestSetBit() < e - 62) {
                    top |= 1;
                }
                double mant = Math.scalb((double) top, -62);
                return f.applyAsDouble(mant) + f.applyAsDouble(2.0) * e;
            }
        }
        double d = Ops.toDouble(x);
        if (Double.isNaN(d)) {
            return d;
        }
        if (d <= 0) {
            throw Exceptions.valueError("math domain error");
        }
        return f.applyAsDouble(d);
    }

    /** floor/ceil/trunc: ints unchanged, floats rounded to an exact int. */
    /** math.floor/ceil/trunc: an object's own {@code __floor__}/{@code __ceil__}/{@code __trunc__} first. */
    private static Object rounded(Object x, String dunder, RoundingMode mode) {
        if (x instanceof dev.tauraro.script.runtime.PyInstance inst && !(x instanceof dev.tauraro.script.runtime.PyDerived)) {
            Object hook = Ops.lookupSpecial(inst, dunder);
            if (hook == null && dunder.equals("__trunc__")) {
                throw Exceptions.typeError("type " + inst.type().name + " doesn't define __trunc__ method");
            }
            if (hook != null) {
                return Ops.call(hook);
            }
        }
        return toInt(x, mode);
    }

    private static Object toInt(Object x, RoundingMode mode) {
        if (Ops.type(x) == Types.INT) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        return dev.tauraro.script.runtime.BuiltinRound.toInt(Ops.toDouble(x), mode);
    }

    private static BigInteger integer(Object o) {
        if (Ops.type(o) != Types.INT) {
            throw Exceptions.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return Ops.bigInt(o);
    }

    private static BigInteger nonNegative(Object o, String name) {
        BigInteger v = integer(o);
        if (v.signum() < 0) {
            throw Exceptions.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    private static Object factorial(BigInteger n) {
        if (n.signum() < 0) {
            throw Exceptions.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 31) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "factorial() argument should not exceed "
                    + Long.MAX_VALUE);
        }
        return Ops.normalize(product(2, n.longValue()));
    }

    /**
     * lo * (lo + 1) * ... * hi (1 when empty) by binary splitting, as CPython's factorial multiplies:
     * halves of similar size, so that BigInteger's Karatsuba and Toom-Cook multiplications apply,
     * and runs of small factors multiplied in a long first. One factor at a time made n - 1
     * multiplications of an ever longer number (factorial(500) took 80% of async_tree's CPU).
     */
    private static BigInteger product(long lo, long hi) {
        if (hi - lo < 32) {
            BigInteger r = BigInteger.ONE;
            long run = 1;
            for (long i = lo; i <= hi; i++) {
                if (run > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(run));
                    run = i;
                } else {
                    run *= i;
                }
            }
            return r.multiply(BigInteger.valueOf(run));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** fsum: the exact sum rounded once (BigDecimal holds every double exactly). */
    private static double fsum(Object iterable) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean sawInf = false;
        boolean sawNan = false;
        PyIterator it = Ops.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            double d = Ops.toDouble(v);
            if (Double.isNaN(d)) {
                sawNan = true;
            } else if (Double.isInfinite(d)) {
                if (sawInf && special != d) {
                    throw Exceptions.valueError("-inf + inf in fsum");
                }
                sawInf = true;
                special = d;
            } else {
                sum = sum.add(new BigDecimal(d));
            }
        }
        if (sawNan) {
            return Double.NaN;
        }
        if (sawInf) {
            return special;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "intermediate overflow in fsum");
        }
        return r;
    }

    /** The Euclidean norm, correctly rounded (what CPython's vector_norm aims for). */
    private static double norm(double[] v) {
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
        }
        if (nan) {
            return Double.NaN;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            s = s.add(b.multiply(b));
        }
        return s.sqrt(new MathContext(40)).doubleValue();
    }
}
