package dev.tauraro.script.runtime;

import java.math.BigInteger;

/**
 * Python's {@code hash()}: CPython 3.11's numeric hash (n mod 2**61-1, so equal int, float and bool hash
 * alike), its float and tuple hashes, and {@code __hash__} of user classes. Dicts and sets hash keys only
 * through here, so keys that are equal in Python land on one slot. String hashes are Java's (CPython
 * randomizes its own, so no program can depend on them).
 */
final class PyHash {
    static final long MODULUS = (1L << 61) - 1;
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PyHash() {
    }

    static long of(Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Long l) {
            return ofLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return ofDouble(o, d);
        }
        if (o instanceof BigInteger v) {
            return ofBig(v);
        }
        if (o instanceof Int128) {
            return ofBig(Ops.big(o));
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ofLong(((Number) o).longValue());
        }
        if (o instanceof PyTuple t) {
            return ofTuple(t.items);
        }
        if (o instanceof PyInstance inst) {
            Object h = inst instanceof PyDerived ? lookupBeforeBuiltin(inst.type(), "__hash__")
                    : inst.type().special(PyClass.Special.HASH);
            if (h == PyNone.NONE) {
                throw unhashable(o);
            }
            if (h instanceof PyFunction || h instanceof PyInstance || h instanceof Descriptors.StaticMethod
                    || h instanceof Descriptors.ClassMethod || h instanceof Descriptors.Property) {
                Object r = Ops.callSpecial(h, inst);
                if (!Ops.isInt(r) && !(r instanceof Boolean)) {
                    throw Exceptions.typeError("__hash__ method should return an integer");
                }
                long v = r instanceof Long l ? l : of(r);
                return v == -1 ? -2 : v;
            }
            if (inst instanceof PyDerived d) {
                if (unhashableBuiltin(d.value)) {
                    throw unhashable(o);
                }
                return of(d.value); // equal to its base value, so it must hash alike
            }
            return System.identityHashCode(o);
        }
        if (o instanceof PySet s) {
            return s.pyHash();
        }
        if (o instanceof PyRange r) {
            return r.pyHash();
        }
        if (o instanceof PyComplex c) {
            return c.pyHash();
        }
        if (unhashableBuiltin(o)) {
            throw unhashable(o);
        }
        if (o instanceof PyMemoryView m) {
            return m.pyHash();
        }
        return o.hashCode();
    }

    /**
     * A value of a built-in type whose {@code __hash__} is None: the mutable containers, and slice
     * (hashable only from 3.12; 3.11 keeps {@code d[1:2]} on a dict a TypeError, not a lookup).
     */
    static boolean unhashableBuiltin(Object o) {
        return o instanceof PyDict || o instanceof PyList || o instanceof PyByteArray || o instanceof PySet s && !s.frozen
                || o instanceof PySlice;
    }

    static PyException unhashable(Object o) {
        return Exceptions.typeError("unhashable type: '" + Ops.typeName(o) + "'");
    }

    static long ofLong(long v) {
        if (v == Long.MIN_VALUE) {
            return ofBig(BigInteger.valueOf(v));
        }
        long h = (v < 0 ? -v : v) % MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long ofBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble: the hash of the exact rational value, so 2.0 hashes as 2. */
    static long ofDouble(Object boxed, double v) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(boxed); // 3.10+: NaNs hash by identity
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        int e;
        double m;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            double s = v * 0x1p54;
            int se = Math.getExponent(s) + 1;
            m = Math.scalb(s, -se);
            e = se - 54;
        } else {
            e = Math.getExponent(v) + 1;
            m = Math.scalb(v, -e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.11's xxHash-based tuplehash. */
    static long ofTuple(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = of(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** Key equality as dicts and sets use it: identity first (so a NaN finds itself), then ==. */
    static boolean keyEq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        // str keys (attribute names, most dict keys) compare without Ops.eq, too big to inline
        return a instanceof String s && b instanceof String t ? s.equals(t) : Ops.eq(a, b);
    }

    /**
     * The method of a built-in subclass's MRO up to its built-in base: the built-in's own hash (which
     * our built-in classes do not hold in their dicts) comes before a mixin's later in the MRO, as in
     * {@code class IntEnum(int, ReprEnum)}, whose members hash as their ints, not by Enum's rule.
     */
    private static Object lookupBeforeBuiltin(PyClass type, String name) {
        for (PyClass c : type.mro) {
            if (c.isBuiltin() && c != Types.OBJECT) {
                return null;
            }
            Object v = c.getOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
