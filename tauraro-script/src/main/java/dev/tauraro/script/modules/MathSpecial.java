package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Exceptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code math.erf}, {@code erfc}, {@code gamma} and {@code lgamma}, computed in decimal with
 * 40 or more significant digits and rounded once to a double. Java has no libm-compatible
 * versions; a result rounded from a much more precise value is the correctly rounded one, which
 * is what glibc's erf/erfc give and within an ulp of CPython's own gamma/lgamma.
 *
 * <p>erf uses the all-positive series {@code erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) /
 * (1*3*...*(2n+1))}, erfc is {@code 1 - erf} with enough extra digits to survive the
 * cancellation; lgamma is Stirling's series at {@code x + N >= 30} shifted back by the
 * recurrence, with the reflection formula for negative arguments.
 */
final class MathSpecial {
    private MathSpecial() {
    }

    private static final int DIGITS = 45;
    private static final int BERNOULLI_TERMS = 22;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static double erf(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Math.abs(x) >= 6) { // erf(6) = 1 - 2e-17 already rounds to 1
            return Math.copySign(1.0, x);
        }
        MathContext mc = new MathContext(DIGITS);
        return erfDecimal(new BigDecimal(x), mc).doubleValue();
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -6) {
            return 2.0;
        }
        if (x >= 27.3) { // below the smallest subnormal
            return 0.0;
        }
        if (x >= 3) {
            return erfcFraction(new BigDecimal(x), new MathContext(DIGITS)).doubleValue();
        }
        // 1 - erf(x) cancels about x^2 / ln(10) digits when x is positive
        int extra = x > 0 ? (int) Math.ceil(x * x / Math.log(10)) : 0;
        MathContext mc = new MathContext(DIGITS + extra);
        return BigDecimal.ONE.subtract(erfDecimal(new BigDecimal(x), mc), mc).doubleValue();
    }

    /**
     * erfc(x) = exp(-x^2) / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))), evaluated
     * from the bottom; for x >= 3 four hundred levels leave an error below 1e-60.
     */
    private static BigDecimal erfcFraction(BigDecimal x, MathContext mc) {
        BigDecimal t = x;
        for (int n = 400; n >= 1; n--) {
            t = x.add(BigDecimal.valueOf(n).divide(TWO.multiply(t), mc), mc);
        }
        BigDecimal x2 = x.multiply(x, mc);
        return exp(x2.negate(), mc).divide(pi(mc).sqrt(mc).multiply(t, mc), mc);
    }

    private static BigDecimal erfDecimal(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal twoX2 = x2.multiply(TWO);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 1; n < 100_000; n++) {
            term = term.multiply(twoX2, mc).divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (n > x2.doubleValue() && term.abs().compareTo(sum.abs().multiply(eps)) < 0) {
                break;
            }
        }
        BigDecimal sqrtPi = pi(mc).sqrt(mc);
        return TWO.multiply(sum, mc).multiply(exp(x2.negate(), mc), mc).divide(sqrtPi, mc);
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || (x <= 0 && x == Math.rint(x))) {
            throw Exceptions.valueError("math domain error");
        }
        if (x > 171.7) {
            throw rangeError();
        }
        if (x < -190) { // |gamma| is far below the smallest subnormal; sign alternates
            return Math.floor(x) % 2 != 0 ? -0.0 : 0.0;
        }
        MathContext mc = new MathContext(DIGITS);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal result;
        if (x > 0) {
            result = exp(lgammaPositive(bx, mc), mc);
        } else {
            // gamma(x) = pi / (sin(pi x) gamma(1 - x))
            BigDecimal g = exp(lgammaPositive(BigDecimal.ONE.subtract(bx), mc), mc);
            result = pi(mc).divide(sinPi(bx, mc).multiply(g, mc), mc);
        }
        double d = result.doubleValue();
        if (Double.isInfinite(d)) {
            throw rangeError();
        }
        return d;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.rint(x)) {
            throw Exceptions.valueError("math domain error");
        }
        MathContext mc = new MathContext(DIGITS);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal result;
        if (x > 0) {
            result = lgammaPositive(bx, mc);
        } else {
            BigDecimal s = sinPi(bx, mc).abs();
            result = ln(pi(mc).divide(s, mc), mc).subtract(lgammaPositive(BigDecimal.ONE.subtract(bx), mc), mc);
        }
        double d = result.doubleValue();
        if (Double.isInfinite(d)) {
            throw rangeError();
        }
        return d;
    }

    private static RuntimeException rangeError() {
        return Exceptions.newException(Exceptions.OVERFLOW_ERROR, "math range error");
    }

    /** ln(gamma(x)) for x > 0: Stirling's series at z = x + shift >= 30, then undo the shift. */
    private static BigDecimal lgammaPositive(BigDecimal x, MathContext mc) {
        BigDecimal z = x;
        BigDecimal product = BigDecimal.ONE;
        while (z.compareTo(BigDecimal.valueOf(30)) < 0) {
            product = product.multiply(z, mc);
            z = z.add(BigDecimal.ONE);
        }
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal r = z.subtract(half).multiply(ln(z, mc), mc).subtract(z, mc)
                .add(ln(TWO.multiply(pi(mc), mc), mc).multiply(half), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal zPower = z;
        BigDecimal[] b = bernoulli();
        for (int k = 1; k <= BERNOULLI_TERMS; k++) {
            BigDecimal denom = BigDecimal.valueOf(2L * k * (2L * k - 1)).multiply(zPower, mc);
            r = r.add(b[k].divide(denom, mc), mc);
            zPower = zPower.multiply(z2, mc);
        }
        return product.compareTo(BigDecimal.ONE) == 0 ? r : r.subtract(ln(product, mc), mc);
    }

    private static BigDecimal[] bernoulliCache;

    /** B_2, B_4, ... B_{2 BERNOULLI_TERMS} (index k holds B_2k), from the recurrence sum C(m+1, j) B_j = 0. */
    private static synchronized BigDecimal[] bernoulli() {
        if (bernoulliCache == null) {
            MathContext mc = new MathContext(120);
            int max = 2 * BERNOULLI_TERMS;
            BigDecimal[] all = new BigDecimal[max + 1];
            all[0] = BigDecimal.ONE;
            for (int m = 1; m <= max; m++) {
                BigDecimal s = BigDecimal.ZERO;
                BigInteger c = BigInteger.ONE; // C(m+1, j)
                for (int j = 0; j < m; j++) {
                    s = s.add(new BigDecimal(c).multiply(all[j], mc), mc);
                    c = c.multiply(BigInteger.valueOf(m + 1 - j)).divide(BigInteger.valueOf(j + 1));
                }
                all[m] = s.negate().divide(BigDecimal.valueOf(m + 1), mc);
            }
            BigDecimal[] even = new BigDecimal[BERNOULLI_TERMS + 1];
            for (int k = 1; k <= BERNOULLI_TERMS; k++) {
                even[k] = all[2 * k];
            }
            bernoulliCache = even;
        }
        return bernoulliCache;
    }

    /** sin(pi x), reducing x exactly (it is a double) modulo 2 first. */
    private static BigDecimal sinPi(BigDecimal x, MathContext mc) {
        BigDecimal r = x.remainder(TWO); // in (-2, 2), exact
        BigDecimal t = pi(mc).multiply(r, mc);
        BigDecimal t2 = t.multiply(t, mc).negate();
        BigDecimal term = t;
        BigDecimal sum = t;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(t2, mc).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), mc);
            sum = sum.add(term, mc);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(mc.getPrecision() + 5)) < 0) {
                break;
            }
        }
        return sum;
    }

    /** exp(y): e^n by powering for the integer part, a Taylor series for the fraction. */
    static BigDecimal exp(BigDecimal y, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        BigDecimal n = y.setScale(0, RoundingMode.FLOOR);
        BigDecimal f = y.subtract(n);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 500; k++) {
            term = term.multiply(f, wide).divide(BigDecimal.valueOf(k), wide);
            sum = sum.add(term, wide);
            if (term.signum() == 0 || term.compareTo(BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2)) < 0) {
                break;
            }
        }
        int ni = n.intValueExact();
        if (ni == 0) {
            return sum.round(mc);
        }
        BigDecimal e = e(wide);
        BigDecimal en = ni > 0 ? e.pow(ni, wide) : BigDecimal.ONE.divide(e.pow(-ni, wide), wide);
        return sum.multiply(en, mc);
    }

    // Constants are computed at the widest precision asked so far and rounded for each use.
    private static BigDecimal eCache = BigDecimal.ZERO;
    private static BigDecimal piCache = BigDecimal.ZERO;
    private static BigDecimal ln10Cache = BigDecimal.ZERO;

    private static synchronized BigDecimal e(MathContext mc) {
        if (eCache.precision() < mc.getPrecision() + 5) {
            eCache = computeE(new MathContext(mc.getPrecision() + 10));
        }
        return eCache.round(mc);
    }

    private static synchronized BigDecimal pi(MathContext mc) {
        if (piCache.precision() < mc.getPrecision() + 5) {
            piCache = computePi(new MathContext(mc.getPrecision() + 10));
        }
        return piCache.round(mc);
    }

    private static synchronized BigDecimal ln10(MathContext mc) {
        if (ln10Cache.precision() < mc.getPrecision() + 5) {
            ln10Cache = computeLn10(new MathContext(mc.getPrecision() + 10));
        }
        return ln10Cache.round(mc);
    }

    private static BigDecimal computeE(MathContext mc) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 1000; k++) {
            term = term.divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
            if (term.compareTo(BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2)) < 0) {
                break;
            }
        }
        return sum;
    }

    /** ln(y) for y > 0: split off the power of ten, then Newton steps on exp from the double estimate. */
    static BigDecimal ln(BigDecimal y, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        int exponent = y.precision() - y.scale() - 1; // y = m * 10^exponent, 1 <= m < 10
        BigDecimal m = y.movePointLeft(exponent);
        BigDecimal z = new BigDecimal(Math.log(m.doubleValue()));
        // each step triples the correct digits (16, 48, 144, ...)
        for (int digits = 16; digits < wide.getPrecision(); digits *= 3) {
            BigDecimal ez = exp(z, wide);
            z = z.add(TWO.multiply(m.subtract(ez, wide), wide).divide(m.add(ez, wide), wide), wide);
        }
        BigDecimal ln10 = exponent == 0 ? BigDecimal.ZERO : ln10(wide);
        return z.add(ln10.multiply(BigDecimal.valueOf(exponent), wide), mc);
    }

    private static BigDecimal computeLn10(MathContext mc) {
        BigDecimal ten = BigDecimal.TEN;
        BigDecimal z = new BigDecimal(Math.log(10));
        for (int digits = 16; digits < mc.getPrecision(); digits *= 3) { // cubic convergence
            BigDecimal ez = exp(z, mc);
            z = z.add(TWO.multiply(ten.subtract(ez, mc), mc).divide(ten.add(ez, mc), mc), mc);
        }
        return z;
    }

    /** pi by Machin's formula, 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal computePi(MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        return atanInverse(5, wide).multiply(BigDecimal.valueOf(16))
                .subtract(atanInverse(239, wide).multiply(BigDecimal.valueOf(4)), mc);
    }

    private static BigDecimal atanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal power = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; k < 10_000; k++) {
            power = power.multiply(x2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k % 2 == 1) ? sum.subtract(term, mc) : sum.add(term, mc);
            if (term.compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }
}
