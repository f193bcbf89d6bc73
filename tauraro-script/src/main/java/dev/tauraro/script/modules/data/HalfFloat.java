package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.Exceptions;

/**
 * IEEE 754 binary16, the {@code 'e'} code of {@code struct}: rounding half to even as CPython's
 * {@code PyFloat_Pack2}, OverflowError past the largest finite half (65504 rounds up from 65520).
 * (Java's own {@code Float.floatToFloat16} arrives in JDK 20; this project targets 17.)
 */
final class HalfFloat {
    private HalfFloat() {
    }

    static long fromDouble(double d) {
        long sign = (Double.doubleToRawLongBits(d) >>> 63) << 15;
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int exp = Math.getExponent(a); // a = m * 2^exp, 1 <= m < 2
        if (exp < -14) {
            // subnormal: units of 2^-24
            double units = a * 0x1p24;
            // rounding up to 0x400 gives the smallest normal's bit pattern, which is right
            return sign | (long) Math.rint(units);
        }
        double mant = a / Math.scalb(1.0, exp) - 1; // 0 <= mant < 1
        long m = (long) Math.rint(mant * 1024); // half to even
        int e = exp;
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "float too large to pack with e format");
        }
        return sign | ((long) (e + 15) << 10) | m;
    }

    static double toDouble(int h) {
        int sign = (h >>> 15) & 1;
        int e = (h >>> 10) & 0x1f;
        int m = h & 0x3ff;
        double v;
        if (e == 0) {
            v = m * 0x1p-24;
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb(1.0 + m / 1024.0, e - 15);
        }
        return sign == 1 ? -v : v;
    }
}
