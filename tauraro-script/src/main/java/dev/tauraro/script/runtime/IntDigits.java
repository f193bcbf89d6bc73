package dev.tauraro.script.runtime;

import java.math.BigInteger;

/**
 * CPython 3.11's limit on decimal digits in int/str conversions ({@code sys.set_int_max_str_digits}):
 * {@code str(10 ** 5000)} and {@code int('1' * 5000)} raise ValueError unless the limit is raised, so
 * that text from outside cannot make the interpreter spend quadratic time. Every place an int is
 * written in decimal or read from decimal text (or any base that is not a power of two) asks here.
 *
 * <p>The limit belongs to the interpreter ({@link Interpreter#intMaxStrDigits}); the check finds the
 * running one through the thread's innermost frame. Only a {@link BigInteger} can pass the smallest
 * limit allowed (640 digits), and for those the check is one comparison, so the common cases cost
 * nothing.
 */
public final class IntDigits {
    private IntDigits() {
    }

    /** {@code sys.int_info.default_max_str_digits}: the limit of a new interpreter. */
    public static final int DEFAULT = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: the smallest limit other than 0 (none). */
    public static final int THRESHOLD = 640;
    /** No int of at most this many bits has more than {@link #THRESHOLD} digits (2^2126 < 10^640). */
    public static final int SAFE_BITS = 2126;

    /** The last limit's power of ten, 10^limit: an int has more digits than the limit when it is at least that. */
    private static volatile BigInteger[] pow = {BigInteger.valueOf(DEFAULT), BigInteger.TEN.pow(DEFAULT)};

    /** {@code str(v)} in decimal, or ValueError when it would have more digits than the limit. */
    public static String decimal(BigInteger v) {
        check(v);
        return v.toString();
    }

    /** Raises ValueError when {@code v} written in decimal would have more digits than the limit. */
    public static void check(BigInteger v) {
        if (v.bitLength() <= SAFE_BITS) {
            return;
        }
        int limit = limit();
        if (limit > 0 && v.abs().compareTo(tenTo(limit)) >= 0) {
            throw Exceptions.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /**
     * Raises ValueError when text of {@code digits} digits (sign and underscores not counted) in
     * {@code base} may not be read: only bases that are not powers of two are limited.
     */
    public static void checkParse(int digits, int base) {
        if (digits <= THRESHOLD || (base & (base - 1)) == 0) {
            return;
        }
        int limit = limit();
        if (limit > 0 && digits > limit) {
            throw Exceptions.valueError(parseMessage(limit, digits));
        }
    }

    /** The str-to-int message, which unlike the other direction names the text's length. */
    public static String parseMessage(int limit, int digits) {
        return "Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits
                + " digits; use sys.set_int_max_str_digits() to increase the limit";
    }

    /**
     * The running interpreter's limit (0: none): the innermost frame's, else that of the interpreter
     * parsing a module on this thread (a main script's literals), else {@link #DEFAULT}, as when
     * Java code prints a value it got from a script.
     */
    public static int limit() {
        CallDepth d = CallDepth.current();
        Frame top = d.top;
        if (top != null) {
            return top.module.interp.intMaxStrDigits;
        }
        return d.parsing != null ? d.parsing.intMaxStrDigits : DEFAULT;
    }

    /** {@code sys.set_int_max_str_digits}'s check: 0, or at least {@link #THRESHOLD}. */
    public static boolean valid(long limit) {
        return limit == 0 || limit >= THRESHOLD && limit <= Integer.MAX_VALUE;
    }

    private static BigInteger tenTo(int limit) {
        BigInteger[] p = pow;
        if (p[0].intValue() != limit) {
            p = new BigInteger[] {BigInteger.valueOf(limit), BigInteger.TEN.pow(limit)};
            pow = p; // interpreters with different limits may replace each other's; each pair stays whole
        }
        return p[1];
    }
}
