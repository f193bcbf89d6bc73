package dev.tauraro.script.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The operations of the object model: arithmetic, comparison, truth, repr/str, attributes,
 * subscripts, iteration and calls, with CPython's semantics and error messages. Stateless.
 *
 * <p>Values: int is {@link Long} (or {@link BigInteger} once it does not fit), float is
 * {@link Double}, str is {@link String}, bool is {@link Boolean}, None is {@link PyNone#NONE}.
 */
public final class Ops {
    private Ops() {
    }

    public static final Object[] NO_ARGS = new Object[0];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // ================================================================ types

    /** {@code a is b}. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        // small ints and interned-like values behave as identical, as CPython's caches make them
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean || a instanceof String && ((String) a).isEmpty()) {
            return a.equals(b);
        }
        return false;
    }

    /** {@code id(o)}. */
    public static Long id(Object o) {
        return ObjectIds.of(o);
    }

    public static PyClass type(Object o) {
        if (o instanceof PyInstance i) {
            return i.type();
        }
        if (o instanceof Long || o instanceof BigInteger || o instanceof Int128) {
            return Types.INT;
        }
        if (o instanceof String) {
            return Types.STR;
        }
        if (o instanceof Double) {
            return Types.FLOAT;
        }
        if (o instanceof Boolean) {
            return Types.BOOL;
        }
        if (o == PyNone.NONE) {
            return Types.NONETYPE;
        }
        if (o == PyNone.NOT_IMPLEMENTED) {
            return Types.NOT_IMPLEMENTED_TYPE;
        }
        if (o == PyNone.ELLIPSIS) {
            return Types.ELLIPSIS_TYPE;
        }
        if (o instanceof PyList) {
            return Types.LIST;
        }
        if (o instanceof PyTuple) {
            return Types.TUPLE;
        }
        if (o instanceof PyDict) {
            return o instanceof MappingProxy ? Types.MAPPINGPROXY : Types.DICT;
        }
        if (o instanceof PySet s) {
            return s.frozen ? Types.FROZENSET : Types.SET;
        }
        if (o instanceof PyFunction) {
            return Types.FUNCTION;
        }
        if (o instanceof BuiltinFunction f) {
            return f.objclass() != null ? Types.METHOD_DESCRIPTOR : Types.BUILTIN_FUNCTION;
        }
        if (o instanceof BoundMethod) {
            return Types.METHOD;
        }
        if (o instanceof PyClass c) {
            return c.metaclass();
        }
        return otherType(o);
    }

    /**
     * The rarer types, apart so that {@link #type} stays small enough for HotSpot to inline at hot
     * call sites (its bytecode must stay under FreqInlineSize, 325 bytes).
     */
    private static PyClass otherType(Object o) {
        if (o instanceof NativeValue n) {
            return n.type(); // before PyIterator: a file object is its own iterator but keeps its type
        }
        if (o instanceof PyRange) {
            return Types.RANGE;
        }
        if (o instanceof PySlice) {
            return Types.SLICE;
        }
        if (o instanceof PyBytes) {
            return Types.BYTES;
        }
        if (o instanceof PyByteArray) {
            return Types.BYTEARRAY;
        }
        if (o instanceof PyModule m) {
            return m.type();
        }
        if (o instanceof PyGenerator) {
            return Types.GENERATOR;
        }
        if (o instanceof PyCoroutine) {
            return Types.COROUTINE;
        }
        if (o instanceof PyAsyncGenerator) {
            return Types.ASYNC_GENERATOR;
        }
        if (o instanceof PyTraceback) {
            return Types.TRACEBACK;
        }
        if (o instanceof PyTraceback.Code || o instanceof FrameView) {
            return Types.FRAME;
        }
        if (o instanceof PyIterator it) {
            return it.type();
        }
        if (o instanceof Descriptors.Property) {
            return Types.PROPERTY;
        }
        if (o instanceof Descriptors.ClassMethod) {
            return Types.CLASSMETHOD;
        }
        if (o instanceof Descriptors.StaticMethod) {
            return Types.STATICMETHOD;
        }
        if (o instanceof Slots.Member) {
            return Types.MEMBER_DESCRIPTOR;
        }
        if (o instanceof TupleGetter) {
            return Types.TUPLEGETTER;
        }
        if (o instanceof GetSetDescriptor g) {
            return g.member ? Types.MEMBER_DESCRIPTOR : Types.GETSET_DESCRIPTOR;
        }
        if (o instanceof DictView v) {
            return v.type();
        }
        PyClass j = JavaObjects.typeOf(o);
        return j != null ? j : Types.JAVA_OBJECT;
    }

    public static String typeName(Object o) {
        return type(o).typeName;
    }

    public static boolean isInstance(Object o, PyClass cls) {
        if (cls == Types.INT && o instanceof Boolean) {
            return true;
        }
        return type(o).isSubclassOf(cls);
    }

    // ================================================================ truth and numbers

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInstance inst) { // early: instances of script classes are tested often (if node:)
            PyClass t = inst.type();
            Object m = t.special(PyClass.Special.BOOL);
            if (m != null) {
                Object r = callSpecial(m, inst);
                if (!(r instanceof Boolean b)) {
                    throw Exceptions.typeError("__bool__ should return bool, returned " + typeName(r));
                }
                return b;
            }
            m = t.special(PyClass.Special.LEN);
            if (m != null) {
                long n = toLong(callSpecial(m, inst));
                if (n < 0) {
                    throw Exceptions.valueError("__len__() should return >= 0");
                }
                return n != 0;
            }
            return !(inst instanceof PyDerived d) || truthy(d.value);
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof BigInteger || o instanceof Int128) {
            return true;
        }
        if (o instanceof PyRange r) {
            return !r.isEmpty();
        }
        if (o instanceof PyClass c && c.customMetaclass() != null) {
            Object m = metaSpecial(c, "__bool__");
            if (m != null) {
                Object r = call(m, c);
                if (!(r instanceof Boolean b)) {
                    throw Exceptions.typeError("__bool__ should return bool, returned " + typeName(r));
                }
                return b;
            }
            m = metaSpecial(c, "__len__");
            return m == null || toLong(call(m, c)) != 0;
        }
        if (o instanceof PyBytes b) {
            return b.bytes().length > 0;
        }
        if (o instanceof PyByteArray b) {
            return b.size() > 0;
        }
        if (o instanceof PyMemoryView m) {
            return m.length() > 0;
        }
        if (o instanceof DictView v) {
            return v.size() > 0;
        }
        if (o instanceof PyComplex c) {
            return !c.isZero();
        }
        return true;
    }

    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    /** Any Python int as a BigInteger. */
    public static BigInteger bigInt(Object o) {
        o = PyDerived.unwrap(o);
        if (!isInt(o)) {
            throw Exceptions.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        return big(o);
    }

    static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (o instanceof Int128 i) {
            return i.toBigInteger();
        }
        return (BigInteger) o;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Int128;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof BigInteger || o instanceof Boolean
                || o instanceof Int128;
    }

    public static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Int128) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        if (o instanceof BigInteger b) {
            if (b.bitLength() >= 64) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR,
                        "Python int too large to convert to C ssize_t");
            }
            return b.longValue();
        }
        if (o instanceof PyDerived d && isInt(d.value)) {
            return toLong(d.value);
        }
        if (o instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            Object r = callSpecial(inst.type().lookup("__index__"), inst);
            if (!isInt(r)) {
                throw Exceptions.typeError("__index__ returned non-int (type " + typeName(r) + ")");
            }
            return toLong(r);
        }
        throw Exceptions.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static long index(Object o) {
        return toLong(o);
    }

    /**
     * {@code operator.index(o)}: the int {@code o} stands for, of any size (an int, a bool, an int
     * subclass's value, what {@code __index__} returns), as a Long or a BigInteger.
     */
    public static Object indexInt(Object o) {
        if (o instanceof Long) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof BigInteger || o instanceof Int128) {
            return normalize(big(o));
        }
        if (o instanceof PyDerived d && isInt(d.value)) {
            return indexInt(d.value);
        }
        if (o instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            Object r = callSpecial(inst.type().lookup("__index__"), inst);
            if (!isInt(r) && !(r instanceof PyDerived d && isInt(d.value))) {
                throw Exceptions.typeError("__index__ returned non-int (type " + typeName(r) + ")");
            }
            return indexInt(r);
        }
        throw Exceptions.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Int128 i) {
            return i.doubleValue();
        }
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "int too large to convert to float");
            }
            return d;
        }
        if (o instanceof PyDerived dv && isNumber(dv.value) && dv.type().lookup("__float__") == null) {
            return toDouble(dv.value);
        }
        if (o instanceof PyInstance inst) {
            // CPython's PyFloat_AsDouble: __float__, else __index__ (math.sqrt(Fraction(1, 4)))
            Object m = lookupSpecial(inst, "__float__");
            if (m != null) {
                Object r = call(m);
                if (!(r instanceof Double d)) {
                    throw Exceptions.typeError(typeName(o) + ".__float__ returned non-float (type " + typeName(r) + ")");
                }
                return d;
            }
            if (lookupSpecial(inst, "__index__") != null) {
                return toDouble(call(lookupSpecial(inst, "__index__")));
            }
        }
        throw Exceptions.typeError("must be real number, not " + typeName(o));
    }

    // ================================================================ arithmetic

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return Int128.add(x, y);
            }
            return r;
        }
        if (a instanceof Int128 x) {
            if (b instanceof Long y) {
                return x.add(y);
            }
            if (b instanceof Int128 y) {
                return x.add(y);
            }
        } else if (b instanceof Int128 y && a instanceof Long x) {
            return y.add(x);
        }
        if (a instanceof String s && b instanceof String t) {
            return s.concat(t);
        }
        if (a instanceof Double || b instanceof Double) {
            if (isNumber(a) && isNumber(b)) {
                return toDouble(a) + toDouble(b);
            }
        } else if (isInt(a) && isInt(b)) {
            return normalize(big(a).add(big(b)));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            PyList r = new PyList(x.size() + y.size());
            r.addAll(x);
            r.addAll(y);
            return r;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            Object[] r = new Object[x.items.length + y.items.length];
            System.arraycopy(x.items, 0, r, 0, x.items.length);
            System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
            return new PyTuple(r);
        }
        if ((a instanceof PyBytes || a instanceof PyByteArray) && Buffers.isBytesLike(b)) {
            // the left operand's type wins: bytearray + bytes is a bytearray, bytes + bytearray bytes
            byte[] x = Buffers.bytesOrNull(a);
            byte[] y = Buffers.bytesOrNull(b);
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return a instanceof PyBytes ? new PyBytes(r) : new PyByteArray(r);
        }
        return binaryDunder(a, b, PyClass.Special.ADD, PyClass.Special.RADD, "+");
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return Ops.normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            }
            return r;
        }
        if (a instanceof Double || b instanceof Double) {
            if (isNumber(a) && isNumber(b)) {
                return toDouble(a) - toDouble(b);
            }
        } else if (isInt(a) && isInt(b)) {
            return normalize(big(a).subtract(big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.difference(y);
        }
        return binaryDunder(a, b, PyClass.Special.SUB, PyClass.Special.RSUB, "-");
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return Int128.mul(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            if (isNumber(a) && isNumber(b)) {
                return toDouble(a) * toDouble(b);
            }
        } else if (isInt(a) && isInt(b)) {
            return normalize(big(a).multiply(big(b)));
        }
        if (isInt(b) && (a instanceof String || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes)) {
            return repeat(a, repeatCount(b));
        }
        if (isInt(a) && (b instanceof String || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes)) {
            return repeat(b, repeatCount(a));
        }
        if (a instanceof PyByteArray && isInt(b) || isInt(a) && b instanceof PyByteArray) {
            PyByteArray x = a instanceof PyByteArray y ? y : (PyByteArray) b;
            return new PyByteArray(x.toArray()).inplaceRepeat(repeatCount(a == x ? b : a));
        }
        return binaryDunder(a, b, PyClass.Special.MUL, PyClass.Special.RMUL, "*");
    }

    /** A repeat count: CPython's index-sized integer (its OverflowError beyond 64 bits). */
    private static long repeatCount(Object n) {
        if (n instanceof Long l) {
            return l;
        }
        BigInteger v = big(n);
        if (v.bitLength() > 63) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return v.longValue();
    }

    /** The built-in sequences that {@code *} repeats. */
    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    private static Object repeat(Object seq, long n) {
        long len = seq instanceof String s ? s.length() : seq instanceof PyBytes b ? b.bytes().length
                : ((List<?>) seq).size();
        if (n <= 0 || len == 0) {
            n = 0;
        } else if (Math.multiplyHigh(n, len) != 0 || n * len < 0) {
            // beyond CPython's ssize_t: str and bytes say so, lists and tuples fail to allocate
            if (seq instanceof String || seq instanceof PyBytes) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, seq instanceof String
                        ? "repeated string is too long" : "repeated bytes are too long");
            }
            throw Exceptions.newException(Exceptions.MEMORY_ERROR);
        } else if (n * len > Integer.MAX_VALUE - 8) {
            throw Exceptions.newException(Exceptions.MEMORY_ERROR); // more than a Java array holds
        }
        int times = (int) n;
        if (seq instanceof String s) {
            return s.repeat(times);
        }
        if (seq instanceof PyList l) {
            PyList r = new PyList(l.size() * times);
            for (int i = 0; i < times; i++) {
                r.addAll(l);
            }
            return r;
        }
        if (seq instanceof PyBytes b) {
            byte[] r = new byte[b.bytes().length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(b.bytes(), 0, r, i * b.bytes().length, b.bytes().length);
            }
            return new PyBytes(r);
        }
        PyTuple t = (PyTuple) seq;
        Object[] r = new Object[t.items.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(t.items, 0, r, i * t.items.length, t.items.length);
        }
        return new PyTuple(r);
    }

    public static Object truediv(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isInt(a) && isInt(b)) {
                // before any conversion to double: an int operand may be too large for one
                if (b instanceof Long l ? l == 0 : b instanceof Boolean f ? !f : big(b).signum() == 0) {
                    throw Exceptions.zeroDivision("division by zero");
                }
                return intTrueDiv(a, b);
            }
            double y = toDouble(b);
            if (y == 0) {
                throw Exceptions.zeroDivision("float division by zero");
            }
            return toDouble(a) / y;
        }
        return binaryDunder(a, b, PyClass.Special.TRUEDIV, PyClass.Special.RTRUEDIV, "/");
    }

    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /**
     * int / int correctly rounded, as CPython's long_true_divide: operands beyond 2**53 are not
     * exact as doubles, so the quotient is taken in integers with at least 55 bits and the
     * remainder folded into the last bit (a sticky bit), which the one rounding to double honours.
     */
    private static double intTrueDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) <= EXACT_IN_DOUBLE && Math.abs(y) <= EXACT_IN_DOUBLE) {
            return (double) x / (double) y;
        }
        BigInteger n = big(a);
        BigInteger d = big(b);
        boolean negative = (n.signum() < 0) != (d.signum() < 0); // 0 / -5 is -0.0, as CPython's
        n = n.abs();
        d = d.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - (n.bitLength() - d.bitLength());
        BigInteger num = shift > 0 ? n.shiftLeft(shift) : n;
        BigInteger den = shift < 0 ? d.shiftLeft(-shift) : d;
        BigInteger[] qr = num.divideAndRemainder(den);
        long q = qr[0].longValueExact(); // 55 or 56 bits
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        double r = Math.scalb((double) q, -shift);
        if (Double.isInfinite(r)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    public static Object floordiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw Exceptions.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            if (isNumber(a) && isNumber(b)) {
                double y = toDouble(b);
                if (y == 0) {
                    throw Exceptions.zeroDivision("float floor division by zero");
                }
                return floatFloorDiv(toDouble(a), y);
            }
        } else if (isInt(a) && isInt(b)) {
            BigInteger y = big(b);
            if (y.signum() == 0) {
                throw Exceptions.zeroDivision("integer division or modulo by zero");
            }
            BigInteger x = big(a);
            if (x.signum() * y.signum() >= 0) {
                return normalize(x.divide(y)); // same signs: truncation is the floor, no remainder needed
            }
            BigInteger[] qr = x.divideAndRemainder(y);
            BigInteger q = qr[0];
            if (qr[1].signum() != 0) {
                q = q.subtract(BigInteger.ONE);
            }
            return normalize(q);
        }
        return binaryDunder(a, b, PyClass.Special.FLOORDIV, PyClass.Special.RFLOORDIV, "//");
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw Exceptions.zeroDivision("integer modulo by zero");
            }
            return Math.floorMod(x, y);
        }
        if (a instanceof String s) {
            return Format.percent(s, b);
        }
        if (a instanceof PyBytes f) {
            return Format.percent(f, b);
        }
        if (a instanceof PyByteArray f) {
            return new PyByteArray(Format.percent(new PyBytes(f.toArray()), b).bytes());
        }
        if (a instanceof Double || b instanceof Double) {
            if (isNumber(a) && isNumber(b)) {
                double x = toDouble(a);
                double y = toDouble(b);
                if (y == 0) {
                    throw Exceptions.zeroDivision("float modulo");
                }
                return floatMod(x, y);
            }
        } else if (isInt(a) && isInt(b)) {
            BigInteger y = big(b);
            if (y.signum() == 0) {
                throw Exceptions.zeroDivision("integer modulo by zero");
            }
            BigInteger m = big(a).mod(y.abs());
            if (y.signum() < 0 && m.signum() != 0) {
                m = m.add(y);
            }
            return normalize(m);
        }
        return binaryDunder(a, b, PyClass.Special.MOD, PyClass.Special.RMOD, "%");
    }

    /**
     * {@code x % y} for floats (y not zero), CPython's float_rem: the sign of y, and a zero
     * remainder signed as y ({@code -0.0 % 5} is 0.0, {@code 0.0 % -5} is -0.0).
     */
    static double floatMod(double x, double y) {
        double mod = x % y; // C's fmod
        if (mod != 0) {
            return (y < 0) != (mod < 0) ? mod + y : mod;
        }
        return Math.copySign(0.0, y);
    }

    /**
     * {@code x // y} for floats (y not zero), CPython's _float_div_mod: the quotient of x less its
     * remainder, floored, so that {@code 1 // -inf} is -1.0 and a zero quotient keeps x / y's sign.
     */
    static double floatFloorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, x / y);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    public static Object pow(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y >= 0) {
            Object r = longPow(x, y);
            if (r != null) {
                return r;
            }
        }
        if (isInt(a) && isInt(b) && !(a instanceof Double)) {
            BigInteger base = big(a);
            BigInteger e = big(b);
            if (e.signum() < 0) {
                double x = toDouble(a);
                if (x == 0) {
                    throw Exceptions.zeroDivision("0.0 cannot be raised to a negative power");
                }
                return Math.pow(x, toDouble(b));
            }
            if (a instanceof Long x && e.bitLength() < 31) {
                int n = e.intValue();
                if (x == 2 && n < 63) {
                    return 1L << n;
                }
            }
            if (e.bitLength() > 31) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "exponent too large");
            }
            return normalize(base.pow(e.intValue()));
        }
        if (isNumber(a) && isNumber(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            // CPython's float_pow where C's pow and Java's differ: 1 ** nan and (-1) ** inf are 1
            if (x == 1 || x == -1 && Double.isInfinite(y)) {
                return 1.0;
            }
            if (x == 0 && y < 0 && !Double.isInfinite(y)) { // 0.0 ** -inf is inf
                throw Exceptions.zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0 && !Double.isInfinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
                return PyComplex.binary("**", a, b); // a negative base to a fractional power is complex
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
            }
            return r;
        }
        return binaryDunder(a, b, PyClass.Special.POW, PyClass.Special.RPOW, "** or pow()");
    }

    /** {@code x ** n} by squaring while it fits in a long; null once it would not. */
    private static Object longPow(long x, long n) {
        long result = 1;
        long base = x;
        try {
            while (true) {
                if ((n & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                n >>= 1;
                if (n == 0) {
                    return result;
                }
                base = Math.multiplyExact(base, base);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    public static Object lshift(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y >= 0 && y < 63) {
            long r = x << y;
            if (r >> y == x) { // no bit (nor the sign) shifted out
                return r;
            }
        }
        if (isInt(a) && isInt(b)) {
            BigInteger count = big(b);
            if (count.signum() < 0) {
                throw Exceptions.valueError("negative shift count");
            }
            if (count.bitLength() > 31) { // the result would not fit in memory (Java: nor in an int count)
                if (big(a).signum() == 0) {
                    return 0L;
                }
                throw Exceptions.newException(Exceptions.MEMORY_ERROR);
            }
            return normalize(big(a).shiftLeft(count.intValue()));
        }
        return binaryDunder(a, b, PyClass.Special.LSHIFT, PyClass.Special.RLSHIFT, "<<");
    }

    public static Object rshift(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y >= 0) {
            return x >> Math.min(y, 63); // an arithmetic shift floors, as Python's
        }
        if (isInt(a) && isInt(b)) {
            BigInteger count = big(b);
            if (count.signum() < 0) {
                throw Exceptions.valueError("negative shift count");
            }
            return normalize(big(a).shiftRight(count.bitLength() > 31 ? Integer.MAX_VALUE : count.intValue()));
        }
        return binaryDunder(a, b, PyClass.Special.RSHIFT, PyClass.Special.RRSHIFT, ">>");
    }

    public static Object bitand(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        if (isInt(a) && isInt(b)) {
            return normalize(big(a).and(big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.intersection(y);
        }
        return binaryDunder(a, b, PyClass.Special.AND, PyClass.Special.RAND, "&");
    }

    public static Object bitor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        if (isInt(a) && isInt(b)) {
            return normalize(big(a).or(big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.union(y);
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = new PyDict();
            r.putAll(x);
            r.putAll(y);
            return r;
        }
        if ((a instanceof PyClass || b instanceof PyClass) && !(a instanceof PyInstance) && !(b instanceof PyInstance)) {
            return GenericAliases.typeOr(a, b); // int | None (a script object's own __or__/__ror__ is asked below)
        }
        return binaryDunder(a, b, PyClass.Special.OR, PyClass.Special.ROR, "|");
    }

    public static Object bitxor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        if (isInt(a) && isInt(b)) {
            return normalize(big(a).xor(big(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.symmetricDifference(y);
        }
        return binaryDunder(a, b, PyClass.Special.XOR, PyClass.Special.RXOR, "^");
    }

    public static Object binary(String op, Object a, Object b) {
        return switch (op) {
            case "+" -> add(a, b);
            case "-" -> sub(a, b);
            case "*" -> mul(a, b);
            case "/" -> truediv(a, b);
            case "//" -> floordiv(a, b);
            case "%" -> mod(a, b);
            case "**" -> pow(a, b);
            case "<<" -> lshift(a, b);
            case ">>" -> rshift(a, b);
            case "&" -> bitand(a, b);
            case "|" -> bitor(a, b);
            case "^" -> bitxor(a, b);
            case "@" -> binaryDunder(a, b, PyClass.Special.MATMUL, PyClass.Special.RMATMUL, "@");
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** In-place operator: lists extend in place; everything else falls back to the binary op. */
    public static Object inplace(String op, Object a, Object b) {
        if (op.equals("+") && a instanceof PyList l) {
            l.addAll(toList(b));
            return l;
        }
        if (op.equals("*") && a instanceof PyList l && isInt(PyDerived.unwrap(b))) {
            // in place, as CPython's list_inplace_repeat: every other name for the list sees it
            PyList r = (PyList) repeat(l, repeatCount(b));
            l.clear();
            l.addAll(r);
            return l;
        }
        if (a instanceof PyByteArray x && (op.equals("+") || op.equals("*") && isInt(b))) {
            return op.equals("+") ? x.inplaceAdd(b) : x.inplaceRepeat(repeatCount(b));
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet t && op.length() == 1) {
            // a set mutates in place (a frozenset rebinds), which also keeps CPython's table layout
            switch (op.charAt(0)) {
                case '|' -> s.update(t);
                case '&' -> s.intersectionUpdate(t);
                case '-' -> s.differenceUpdate(t);
                case '^' -> s.symmetricDifferenceUpdate(t);
                default -> {
                    return binary(op, a, b);
                }
            }
            return s;
        }
        if (op.equals("|") && a instanceof PyDict d && !(a instanceof MappingProxy)) {
            // dict.__ior__ is update(): a mapping or an iterable of pairs
            d.putAll(b instanceof PyDict e ? e : (PyDict) Conversions.toDict(new Object[] {b}, null));
            return d;
        }
        if (a instanceof PyInstance inst) {
            Object m = inst.type().lookup(inplaceName(op));
            if (m != null) {
                Object r = callSpecial(m, a, b);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (inst instanceof PyDerived d) {
                return derivedInplace(op, d, b);
            }
        }
        try {
            return binary(op, a, b);
        } catch (PyException e) {
            throw augmentedError(e, op);
        }
    }

    /**
     * CPython names the augmented operator when neither side supports it ({@code x += None}:
     * "unsupported operand type(s) for +=: ..."); other errors of the operation pass unchanged.
     */
    public static PyException augmentedError(PyException e, String op) {
        // the binary operator's message for ** also names pow(), which the augmented one does not
        String prefix = "unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op) + ":";
        if (e.value.type() == Exceptions.TYPE_ERROR) {
            String msg = str(e.value);
            if (msg.startsWith(prefix)) {
                return Exceptions.typeError("unsupported operand type(s) for " + op + "=:"
                        + msg.substring(prefix.length()));
            }
        }
        return e;
    }

    /** {@code d op= b} on a built-in subclass instance without the in-place dunder (apart, to keep inplace small). */
    private static Object derivedInplace(String op, PyDerived d, Object b) {
        if (d.value instanceof PyList || d.value instanceof PySet s && !s.frozen || d.value instanceof PyDict
                || d.value instanceof PyByteArray) {
            Object r = inplace(op, d.value, PyDerived.unwrap(b));
            return r == d.value ? d : r; // mutated in place: the name keeps the subclass instance
        }
        return binary(op, d, b);
    }

    private static String inplaceName(String op) {
        return switch (op) {
            case "+" -> "__iadd__";
            case "-" -> "__isub__";
            case "*" -> "__imul__";
            case "@" -> "__imatmul__";
            case "/" -> "__itruediv__";
            case "//" -> "__ifloordiv__";
            case "%" -> "__imod__";
            case "**" -> "__ipow__";
            case "<<" -> "__ilshift__";
            case ">>" -> "__irshift__";
            case "&" -> "__iand__";
            case "^" -> "__ixor__";
            case "|" -> "__ior__";
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code pow(base, exp, mod)} of ints, as CPython's (a negative exponent takes the modular inverse). */
    public static Object modPow(Object base, Object exp, Object mod) {
        Object b = PyDerived.unwrap(base);
        Object e = PyDerived.unwrap(exp);
        Object m = PyDerived.unwrap(mod);
        if (!(b instanceof Long || b instanceof BigInteger || b instanceof Boolean
                || b instanceof Int128) || !isInstance(e, Types.INT)
                || !isInstance(m, Types.INT)) {
            throw Exceptions.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger modulus = bigInt(m);
        if (modulus.signum() == 0) {
            throw Exceptions.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger abs = modulus.abs();
        BigInteger x = bigInt(b);
        BigInteger n = bigInt(e);
        if (n.signum() < 0) {
            if (!x.gcd(abs).equals(BigInteger.ONE) && !abs.equals(BigInteger.ONE)) {
                throw Exceptions.valueError("base is not invertible for the given modulus");
            }
        }
        BigInteger r = abs.equals(BigInteger.ONE) ? BigInteger.ZERO : x.modPow(n, abs);
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.add(modulus);
        }
        return normalize(r);
    }

    /** {@code divmod(x, y)} of built-in numbers (int subclasses' values included): their floor quotient and remainder. */
    public static PyTuple divmodNumbers(Object x, Object y) {
        if ((PyDerived.unwrap(x) instanceof Double || PyDerived.unwrap(y) instanceof Double) && toDouble(y) == 0) {
            throw Exceptions.zeroDivision("float divmod()");
        }
        return new PyTuple(new Object[] {floordiv(x, y), mod(x, y)});
    }

    /** {@code divmod(a, b)} where an operand is a script instance: its {@code __divmod__} or {@code __rdivmod__}. */
    public static Object divmodDunder(Object a, Object b) {
        return binaryDunder(a, b, PyClass.Special.DIVMOD, PyClass.Special.RDIVMOD, "divmod()");
    }

    private static Object binaryDunder(Object a, Object b, PyClass.Special name, PyClass.Special rname,
                                       String sym) {
        if (a instanceof DictView) {
            Object r = DictView.binary(sym, a, b); // a view's set operators take any iterable: no reflected call
            if (r != null) {
                return r;
            }
        }
        // As CPython's slot functions: a right operand of a proper subclass that overrides the
        // reflected method goes first.
        boolean reflectedFirst = b instanceof PyInstance rb && a instanceof PyInstance la && la.type() != rb.type()
                && rb.type().isSubclassOf(la.type()) && rb.type().special(rname) != null
                && rb.type().special(rname) != la.type().special(rname);
        if (reflectedFirst) {
            Object r = callSpecial(((PyInstance) b).type().special(rname), b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInstance ia) {
            Object m = ia.type().special(name); // remembered per class version: no walk of the MRO's dicts
            if (m != null) {
                Object r = callSpecial(m, a, b);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (b instanceof DictView) {
            Object r = DictView.binary(sym, a, b);
            if (r != null) {
                return r;
            }
        }
        if (b instanceof PyInstance ib && type(a) != ib.type() && !reflectedFirst) {
            Object m = ib.type().special(rname);
            if (m != null) {
                Object r = callSpecial(m, b, a);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            Object r = PyComplex.binary(sym, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyDerived || b instanceof PyDerived) {
            Object ua = PyDerived.unwrap(a);
            Object ub = PyDerived.unwrap(b);
            try {
                return binary(sym, ua, ub); // the built-in base's operator
            } catch (PyException e) {
                throw withOperandNames(e, ua, ub, a, b);
            }
        }
        if (sym.equals("+") && (a instanceof String || b instanceof String)) {
            String other = a instanceof String ? typeName(b) : typeName(a);
            if (a instanceof String) {
                throw Exceptions.typeError("can only concatenate str (not \"" + other + "\") to str");
            }
        }
        if (sym.equals("+") && a instanceof PyList) {
            throw Exceptions.typeError("can only concatenate list (not \"" + typeName(b) + "\") to list");
        }
        if (sym.equals("+") && (a instanceof PyBytes || a instanceof PyByteArray)) {
            throw Exceptions.typeError("can't concat " + typeName(b) + " to " + typeName(a));
        }
        if (sym.equals("*") && (isSequence(a) || isSequence(b))) {
            throw Exceptions.typeError("can't multiply sequence by non-int of type '"
                    + typeName(isSequence(a) ? b : a) + "'");
        }
        throw Exceptions.typeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    public static Object neg(Object a) {
        if (a instanceof Long x) {
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean || a instanceof BigInteger || a instanceof Int128) {
            return normalize(big(a).negate());
        }
        return unaryDunder(a, PyClass.Special.NEG, "-");
    }

    public static Object pos(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (isNumber(a)) {
            return a;
        }
        return unaryDunder(a, PyClass.Special.POS, "+");
    }

    public static Object invert(Object a) {
        if (isInt(a)) {
            return normalize(big(a).not());
        }
        return unaryDunder(a, PyClass.Special.INVERT, "~");
    }

    private static Object unaryDunder(Object a, PyClass.Special name, String sym) {
        if (a instanceof PyComplex c) {
            if (!sym.equals("~")) {
                return sym.equals("-") ? new PyComplex(-c.real(), -c.imag()) : c;
            }
        }
        if (a instanceof PyInstance ia) {
            Object m = ia.type().special(name); // remembered per class version: no walk of the MRO's dicts
            if (m != null) {
                return callSpecial(m, a);
            }
            if (ia instanceof PyDerived d) {
                return switch (sym) {
                    case "-" -> neg(d.value);
                    case "+" -> pos(d.value);
                    default -> invert(d.value);
                };
            }
        }
        throw Exceptions.typeError("bad operand type for unary " + sym + ": '" + typeName(a) + "'");
    }

    // ================================================================ comparison

    /**
     * CPython's PyObject_RichCompareBool(a, b, Py_EQ), how containers compare items ({@code in},
     * {@code index}, {@code count}, {@code remove}, sequence and dict equality): the same object
     * equals itself before any {@code ==} is asked, so a NaN in a list is found and a list holding
     * it equals itself.
     */
    public static boolean sameOrEq(Object a, Object b) {
        return a == b || eq(a, b);
    }

    /**
     * {@link #sameOrEq} of two containers' items; a nested list, tuple or dict counts one level of
     * CPython's recursion {@code " in comparison"} ({@link CallDepth#nest}).
     */
    private static boolean itemEq(Object a, Object b) {
        if (a == b || !(a instanceof List<?> || a instanceof PyDict)) {
            return sameOrEq(a, b);
        }
        CallDepth calls = CallDepth.nest(" in comparison");
        try {
            return eq(a, b);
        } finally {
            calls.exit(1);
        }
    }

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String s) {
            if (b instanceof String) {
                return s.equals(b);
            }
            if (!(b instanceof PyInstance)) {
                return false;
            }
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && b instanceof Double y) {
                return x.doubleValue() == y.doubleValue();
            }
            if (a instanceof Double || b instanceof Double) {
                double d = toDouble(a instanceof Double ? a : b);
                return !Double.isNaN(d) && compareIntFloat(a instanceof Double ? b : a, d) == 0;
            }
            return big(a).equals(big(b));
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = richDunder(a, b, PyClass.Special.EQ, PyClass.Special.EQ);
            if (r != null) {
                return truthy(r);
            }
            if (b instanceof PyInstance) {
                return (a instanceof PyDerived || b instanceof PyDerived) && eq(PyDerived.unwrap(a), PyDerived.unwrap(b));
            }
        }
        if (a instanceof PyDerived d) {
            return eq(d.value, b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if ((a instanceof PyTuple) != (b instanceof PyTuple) || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!itemEq(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyInstance) {
            return false; // identity was checked first
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<Object, Object> e : x.entrySet()) {
                Object v = y.get(e.getKey());
                if (v == null || !itemEq(e.getValue(), v)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof DictView || b instanceof DictView) {
            return DictView.eq(a, b);
        }
        if (b instanceof PyComplex c) {
            return c.equals(a); // 1.0 == 1+0j
        }
        if (a instanceof PyMemoryView || b instanceof PyMemoryView) {
            return PyMemoryView.eq(a, b);
        }
        if ((a instanceof PyByteArray || b instanceof PyByteArray) && Buffers.isBytesLike(a) && Buffers.isBytesLike(b)) {
            return java.util.Arrays.equals(Buffers.bytesOrNull(a), Buffers.bytesOrNull(b));
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return eq(x.items(), y.items()); // slice(1, 2) == slice(1.0, 2), which the record's equals denies
        }
        return a.equals(b);
    }

    /**
     * The {@code ==} operator: a class's {@code __eq__} result is returned as it is (a list, an
     * array-like mask, ...), as CPython does; {@link #eq} is the truth of it with the identity
     * shortcut that containers use.
     */
    public static Object richEq(Object a, Object b) {
        return equality(a, b, false);
    }

    /**
     * The {@code !=} operator: {@code __ne__}'s result as it is; a class without {@code __ne__}
     * inverts the truth of its {@code __eq__} (unless that returns NotImplemented), as
     * {@code object.__ne__} does.
     */
    public static Object richNe(Object a, Object b) {
        return equality(a, b, true);
    }

    private static Object equality(Object a, Object b, boolean ne) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            PyClass.Special name = ne ? PyClass.Special.NE : PyClass.Special.EQ;
            Object r = richDunder(a, b, name, name);
            if (r != null) {
                return r;
            }
            if (a instanceof PyDerived || b instanceof PyDerived) {
                return ne != eq(PyDerived.unwrap(a), PyDerived.unwrap(b));
            }
            return ne != (a == b); // neither side decides: identity, as object's methods
        }
        return ne != eq(a, b);
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double x) {
            return b instanceof Double y ? compareFloats(x, y) : -compareIntFloat(b, x);
        }
        if (b instanceof Double y) {
            return compareIntFloat(a, y);
        }
        return big(a).compareTo(big(b));
    }

    /** -0.0 equals 0.0, as in Python; NaN orders above everything (callers that need Python's NaN rule test it first). */
    private static int compareFloats(double x, double y) {
        return x == y ? 0 : Double.compare(x, y);
    }

    /**
     * An int against a float, exactly, as CPython: the int is never rounded to a float (2**53 + 1
     * is above 2.0**53) and may be beyond the float range (10**400 > 1e308 is True).
     */
    private static int compareIntFloat(Object i, double d) {
        if (i instanceof Long l && Math.abs(l) <= EXACT_IN_DOUBLE || i instanceof Boolean || Double.isNaN(d)) {
            return compareFloats(toDouble(i), d);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        return new java.math.BigDecimal(big(i)).compareTo(new java.math.BigDecimal(d));
    }

    /** Three-way comparison for {@code <}-style operators; op is the symbol for errors. */
    public static int compare(Object a, Object b, String op) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return CodePoints.compare(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                Object xi = x.get(i);
                Object yi = y.get(i);
                if (!sameOrEq(xi, yi)) {
                    if (xi instanceof PyInstance || yi instanceof PyInstance) {
                        // CPython compares the first differing items with the operator itself, so
                        // a class defining only __lt__ still orders tuples and lists with <
                        boolean r = truthy(switch (op) {
                            case "<" -> lt(xi, yi);
                            case "<=" -> le(xi, yi);
                            case ">" -> gt(xi, yi);
                            default -> ge(xi, yi);
                        });
                        return op.charAt(0) == '<' ? (r ? -1 : 1) : (r ? 1 : -1);
                    }
                    // the items' own comparison: a NaN makes it false, sets compare as subsets
                    return compareFloatSafe(xi, yi, op);
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return compareOther(a, b, op);
    }

    /**
     * e, or, when it is the TypeError naming the types of the unwrapped operands ua and ub ("... 'list'
     * and 'int'"), the same naming a's and b's: a built-in subclass falls back to its base's operator,
     * but CPython's message names the subclass.
     */
    private static PyException withOperandNames(PyException e, Object ua, Object ub, Object a, Object b) {
        String tail = "'" + typeName(ua) + "' and '" + typeName(ub) + "'";
        String msg = e.value.type() == Exceptions.TYPE_ERROR ? str(e.value) : "";
        if (!msg.endsWith(tail)) {
            return e;
        }
        return Exceptions.typeError(msg.substring(0, msg.length() - tail.length()) + "'" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    private static int compareOther(Object a, Object b, String op) {
        if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
            return java.util.Arrays.compareUnsigned(Buffers.bytesOrNull(a), Buffers.bytesOrNull(b));
        }
        if (a instanceof PyDerived || b instanceof PyDerived) {
            Object ua = PyDerived.unwrap(a);
            Object ub = PyDerived.unwrap(b);
            try {
                return compareFloatSafe(ua, ub, op);
            } catch (PyException e) {
                throw withOperandNames(e, ua, ub, a, b);
            }
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return compare(x.items(), y.items(), op);
        }
        if (a instanceof DictView || b instanceof DictView) {
            Boolean r = DictView.compare(a, b, op);
            if (r != null) { // as for sets: the result maps back through the operator's sign test
                return op.charAt(0) == '<' ? (r ? -1 : 1) : (r ? 1 : -1);
            }
        }
        throw Exceptions.typeError("'" + op + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    public static Object lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        Object r = richDunder(a, b, PyClass.Special.LT, PyClass.Special.GT);
        return r != null ? r : (Object) (compareFloatSafe(a, b, "<") < 0);
    }

    public static Object le(Object a, Object b) {
        Object r = richDunder(a, b, PyClass.Special.LE, PyClass.Special.GE);
        return r != null ? r : (Object) (compareFloatSafe(a, b, "<=") <= 0);
    }

    public static Object gt(Object a, Object b) {
        Object r = richDunder(a, b, PyClass.Special.GT, PyClass.Special.LT);
        return r != null ? r : (Object) (compareFloatSafe(a, b, ">") > 0);
    }

    public static Object ge(Object a, Object b) {
        Object r = richDunder(a, b, PyClass.Special.GE, PyClass.Special.LE);
        return r != null ? r : (Object) (compareFloatSafe(a, b, ">=") >= 0);
    }

    /** NaN compares false with everything. */
    private static int compareFloatSafe(Object a, Object b, String op) {
        if ((a instanceof Double x && x.isNaN()) || (b instanceof Double y && y.isNaN())) {
            return op.startsWith("<") ? 1 : -1;
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            // sizes first, then one lookup per item of the side that must be contained: O(len) of
            // that side only, as CPython's set_issubset
            return switch (op) {
                case "<" -> x.size() < y.size() && x.isSubsetOf(y) ? -1 : 1;
                case "<=" -> x.size() <= y.size() && x.isSubsetOf(y) ? -1 : 1;
                case ">" -> x.size() > y.size() && y.isSubsetOf(x) ? 1 : -1;
                default -> x.size() >= y.size() && y.isSubsetOf(x) ? 1 : -1;
            };
        }
        return compare(a, b, op);
    }

    /**
     * Whether a comparison tries the right operand's reflected method first: CPython does when the
     * right operand's type is a proper subclass of the left's (and has the method).
     */
    private static boolean reflectedFirst(Object a, Object b, PyClass.Special reflected) {
        return b instanceof PyInstance ib && a instanceof PyInstance ia && ia.type() != ib.type()
                && ib.type().isSubclassOf(ia.type()) && hasSide(ib.type(), reflected);
    }

    private static boolean hasSide(PyClass t, PyClass.Special name) {
        return t.special(name) != null || name == PyClass.Special.NE && t.special(PyClass.Special.EQ) != null;
    }

    /** The result of the first side that implements the comparison, or null when neither does. */
    private static Object richDunder(Object a, Object b, PyClass.Special name, PyClass.Special reflected) {
        boolean first = reflectedFirst(a, b, reflected);
        if (first) {
            Object r = side(b, a, reflected);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyInstance) {
            Object r = side(a, b, name);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof PyInstance && !first) {
            Object r = side(b, a, reflected);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /** self's comparison method applied to other, or null when its class has none. */
    private static Object side(Object self, Object other, PyClass.Special name) {
        PyClass t = ((PyInstance) self).type();
        Object m = t.special(name);
        if (m != null) {
            return callSpecial(m, self, other);
        }
        if (name == PyClass.Special.NE) { // object.__ne__ inverts __eq__ unless it is NotImplemented
            Object eq = t.special(PyClass.Special.EQ);
            if (eq != null) {
                Object r = callSpecial(eq, self, other);
                return r == PyNone.NOT_IMPLEMENTED ? r : (Object) !truthy(r);
            }
        }
        return null;
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(PyDerived.unwrap(item) instanceof String t)) {
                throw Exceptions.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return StrSearch.indexOf(s, t, 0, s.length()) >= 0;
        }
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PyBytes || container instanceof PyByteArray) {
            return BytesMethods.contains(Buffers.bytesOrNull(container), item);
        }
        if (container instanceof PyMemoryView m) {
            for (Object x : m.toList()) {
                if (sameOrEq(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof DictView v) {
            return v.contains(item);
        }
        if (container instanceof PyList l) {
            // by position, the size read at every step, as CPython's list_contains: an __eq__ that
            // grows or shrinks the list moves the search along (an iterator would fail instead)
            for (int i = 0; i < l.size(); i++) {
                if (sameOrEq(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object o : t.items) {
                if (sameOrEq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof List<?> l) {
            for (Object o : l) {
                if (sameOrEq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r && isInt(item)) { // exact ints by arithmetic, as CPython
            return item instanceof Long n ? r.contains(n) : r.contains(big(item));
        }
        Object metaContains = metaSpecial(container, "__contains__");
        if (metaContains != null) {
            return truthy(call(metaContains, container, item));
        }
        if (container instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.CONTAINS);
            if (m != null) {
                return truthy(callSpecial(m, inst, item));
            }
            if (inst instanceof PyDerived d && inst.type().special(PyClass.Special.ITER) == null) {
                return contains(d.value, item);
            }
        }
        PyIterator it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.value.type().isSubclassOf(Exceptions.TYPE_ERROR)) {
                // CPython's wording for `in` (_PySequence_IterSearch replaces iter()'s TypeError)
                throw Exceptions.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
            throw e;
        }
        for (Object o = it.next(); o != null; o = it.next()) {
            if (sameOrEq(o, item)) {
                return true;
            }
        }
        return false;
    }


    /** Python's {@code hash()} for numbers (n mod 2**61-1, equal for equal int and float); else Java's. */
    public static long pyHash(Object o) {
        return PyHash.of(o);
    }

    public static int hash(Object o) {
        if (o instanceof Long l) {
            return Long.hashCode(l);
        }
        return o.hashCode();
    }

    // ================================================================ repr and str

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof MappingProxy p) { // mappingproxy's str is its mapping's
            return str(p.shown != null ? p.shown : p.snapshot());
        }
        if (o instanceof PyBaseException e) {
            Object m = e.type().lookup("__str__");
            if (m != null) {
                return checkString(callSpecial(m, e), "__str__");
            }
            return ExceptionMembers.str(e);
        }
        if (o instanceof PyClass c && c.customMetaclass() != null) {
            Object m = metaSpecial(c, "__str__");
            if (m != null) {
                return checkString(call(m, c), "__str__");
            }
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().lookup("__str__");
            if (m != null) {
                return checkString(callSpecial(m, inst), "__str__");
            }
            if (inst instanceof PyDerived d && (d.value instanceof String || inst.type().lookup("__repr__") == null)
                    && !(d.value instanceof PyByteArray || d.value instanceof PySet)) {
                return str(d.value); // str has its own __str__; the other bases print their repr
            }
        }
        return repr(o);
    }

    private static String checkString(Object r, String what) {
        if (!(r instanceof String s)) {
            throw Exceptions.typeError(what + " returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    /** {@code ascii(o)}: the repr with every non-ASCII character escaped as \\x, \\u or \\U. */
    public static String ascii(Object o) {
        String r = repr(o);
        if (StrMethods.isAscii(r)) {
            return r;
        }
        StringBuilder sb = new StringBuilder(r.length() + 16);
        r.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                String hex = Integer.toHexString(c);
                int width = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
                sb.append(c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U").append("0".repeat(width - hex.length()))
                        .append(hex);
            }
        });
        return sb.toString();
    }

    public static String repr(Object o) {
        if (o instanceof String s) {
            return reprString(s);
        }
        if (o instanceof MappingProxy p) {
            return "mappingproxy(" + repr(p.shown != null ? p.shown : p.snapshot()) + ")";
        }
        if (o instanceof Long || o instanceof Int128) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return IntDigits.decimal(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        StringBuilder sb = new StringBuilder();
        reprInto(sb, o, REPR_RUNNING.get());
        return sb.toString();
    }

    /**
     * The containers whose repr is being made on this thread, as CPython's Py_ReprEnter: shared by
     * nested repr() calls, so a container reached again through an object's own __repr__ (a
     * UserDict holding itself: repr(self.data)) shows as {...} too. Each container leaves it when
     * its repr is done, so the map is empty between top-level calls.
     */
    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPR_RUNNING =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static void reprInto(StringBuilder sb, Object o, java.util.IdentityHashMap<Object, Boolean> seen) {
        if (o instanceof DictView v) {
            // CPython's dictview_repr: the type name around the list of the view's items, "..." when nested in itself
            if (seen.containsKey(o)) {
                sb.append("...");
                return;
            }
            seen.put(o, true);
            try {
                sb.append(v.type().name).append('(');
                reprInto(sb, toList(v), seen);
                sb.append(')');
            } finally {
                seen.remove(o);
            }
            return;
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple) {
            if (seen.containsKey(o)) {
                sb.append(o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)");
                return;
            }
            CallDepth calls = CallDepth.nest(" while getting the repr of an object");
            seen.put(o, true);
            try {
                if (o instanceof PyList l) {
                    sb.append('[');
                    for (int i = 0; i < l.size(); i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        reprInto(sb, l.get(i), seen);
                    }
                    sb.append(']');
                } else if (o instanceof PyTuple t) {
                    sb.append('(');
                    for (int i = 0; i < t.items.length; i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        reprInto(sb, t.items[i], seen);
                    }
                    sb.append(t.items.length == 1 ? ",)" : ")");
                } else if (o instanceof PyDict d) {
                    sb.append('{');
                    boolean first = true;
                    for (Map.Entry<Object, Object> e : d.entrySet()) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        reprInto(sb, e.getKey(), seen);
                        sb.append(": ");
                        reprInto(sb, e.getValue(), seen);
                    }
                    sb.append('}');
                } else {
                    PySet s = (PySet) o;
                    if (s.isEmpty()) {
                        sb.append(s.frozen ? "frozenset()" : "set()");
                        return;
                    }
                    sb.append(s.frozen ? "frozenset({" : "{");
                    boolean first = true;
                    for (Object e : s) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        reprInto(sb, e, seen);
                    }
                    sb.append(s.frozen ? "})" : "}");
                }
            } finally {
                seen.remove(o);
                calls.exit(1);
            }
            return;
        }
        sb.append(reprOther(o));
    }

    private static String reprOther(Object o) {
        Object metaRepr = metaSpecial(o, "__repr__");
        if (metaRepr != null) {
            return checkString(call(metaRepr, o), "__repr__");
        }
        if (o instanceof String || o instanceof Long || o instanceof Double || o instanceof Boolean
                || o instanceof BigInteger || o instanceof Int128) {
            return repr(o);
        }
        if (o instanceof PyBaseException e) {
            Object m = e.type().lookup("__repr__");
            if (m != null) {
                return checkString(callSpecial(m, e), "__repr__");
            }
            String args = e.args.size() == 1 ? repr(e.args.get(0)) : repr(e.args);
            if (e.args.size() != 1) {
                args = args.substring(1, args.length() - 1);
                if (e.args.size() == 0) {
                    args = "";
                }
            }
            return e.type().name + "(" + args + ")";
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().lookup("__repr__");
            if (m instanceof PyFunction fn) {
                CallDepth depth = CallDepth.current();
                depth.enter(fn.module.interp.recursionLimit, " while getting the repr of an object", 2);
                try {
                    return checkString(fn.call1(inst), "__repr__");
                } finally {
                    depth.exit(2);
                }
            }
            if (m != null) {
                return checkString(callSpecial(m, inst), "__repr__");
            }
            if (inst instanceof PyDerived d) {
                // bytearray, set and frozenset subclasses show their own name, as CPython's reprs
                // of those types do: B(b'..'), S({1}), S() (list, dict, ... subclasses do not)
                String name = inst.type().name;
                if (d.value instanceof PyByteArray b) {
                    return b.repr(name);
                }
                if (d.value instanceof PySet set) {
                    String items = set.isEmpty() ? "" : repr(set);
                    return name + "(" + (set.frozen && !set.isEmpty()
                            ? items.substring("frozenset(".length(), items.length() - 1) : items) + ")";
                }
                return repr(d.value);
            }
            return defaultRepr(inst);
        }
        if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            return repr(o);
        }
        String shown = JavaObjects.repr(o);
        return shown != null ? shown : String.valueOf(o);
    }

    /**
     * The hexadecimal {@code id()} of an object, as reprs show it after {@code 0x}: CPython's reprs
     * print the address that {@code id()} returns, so {@code hex(id(o))} is in {@code repr(o)} here too.
     */
    public static String hexId(Object o) {
        return Long.toHexString(ObjectIds.of(o));
    }

    /** {@code object.__repr__}: {@code <module.Qual.Name object at 0x...>}, {@code <Name object at 0x...>} in builtins. */
    static String defaultRepr(Object o) {
        PyClass t = type(o);
        return "<" + (t.module.equals("builtins") ? t.typeName : t.module + "." + t.qualname) + " object at 0x"
                + hexId(o) + ">";
    }

    public static String reprString(String s) {
        boolean single = s.indexOf('\'') >= 0;
        boolean dbl = s.indexOf('"') >= 0;
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = s.codePointAt(i++);
                if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            } else if (c >= 0x80 && (Character.isSurrogate(c) || !isPrintable(c))) {
                // a lone surrogate (from surrogateescape, say) is never printable
                sb.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.PRIVATE_USE || t == Character.SURROGATE
                || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    // ================================================================ attributes

    public static Object getAttr(Object o, String name) {
        if (o instanceof PyInstance inst) {
            return Attributes.get(inst, name);
        }
        Object v = getAttrOrNull(o, name);
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    /** The type's name as attribute errors give it: a C type's tp_name carries its module ('_io.TextIOWrapper' object). */
    private static String objectTypeName(Object o) {
        return o instanceof NativeValue n && !"builtins".equals(n.type().module) ? n.type().module + "." + n.type().name
                : typeName(o); // '_io.TextIOWrapper' object, but 'complex' object
    }

    /**
     * A module's {@code __getattr__} (PEP 562) called for {@code name}. The AttributeError it raises
     * without a name and object gets them, as CPython's {@code PyObject_GetAttr} adds them (so the
     * traceback can say "Did you mean"); one that has either is left as it is.
     */
    static Object moduleGetattr(Object hook, PyModule m, String name) {
        try {
            return call(hook, name);
        } catch (PyException e) {
            PyBaseException v = e.value;
            if (v.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)
                    && (v.members == null || !v.members.containsKey("obj") && noName(v.members.get("name")))) {
                v.member("name", name);
                v.member("obj", m);
            }
            throw e;
        }
    }

    private static boolean noName(Object name) {
        return name == null || name == PyNone.NONE;
    }

    /** The AttributeError of a failed lookup, with {@code name} and {@code obj} set as CPython's (for "Did you mean"). */
    public static PyException noAttribute(Object o, String name) {
        String msg;
        if (o instanceof PyModule m) {
            // named by its __name__ global, as CPython's module_getattro (none left: "module has no ...")
            msg = m.get("__name__") instanceof String n ? "module '" + n + "' has no attribute '" + name + "'"
                    : "module has no attribute '" + name + "'";
        } else if (o instanceof PyClass c) {
            msg = "type object '" + c.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + objectTypeName(o) + "' object has no attribute '" + name + "'";
        }
        PyBaseException e = new PyBaseException(Exceptions.ATTRIBUTE_ERROR, msg);
        e.member("name", name);
        e.member("obj", o);
        return e.toThrowable();
    }

    /**
     * {@code getattr(o, name, default)}'s lookup: null when the attribute is missing, an
     * AttributeError raised on the way (by a property's getter, a {@code __getattr__}) included, as
     * CPython's getattr then returns the default.
     */
    public static Object getAttrOrMissing(Object o, String name) {
        try {
            return getAttrOrNull(o, name);
        } catch (PyException e) {
            if (e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** Attribute lookup; null when missing. */
    public static Object getAttrOrNull(Object o, String name) {
        if (o instanceof PyInstance inst) {
            return Attributes.getOrNull(inst, name);
        }
        if (o instanceof PyModule m) {
            if (m.subclassed()) {
                return ModuleSubclass.get(m, name);
            }
            Object v = m.get(name);
            if (v == null && name.equals("__dict__")) {
                return m.dict();
            }
            if (v == null && (name.equals("__spec__") || name.equals("__loader__"))) {
                // made when first read (importlib.util), which then sets both on the module
                call(m.interp.importModule("importlib.util").get("_set_spec"), m);
                v = m.get(name);
            }
            Object hook = v == null ? m.get("__getattr__") : null;
            return hook == null ? v : moduleGetattr(hook, m, name);   // PEP 562: the module's own __getattr__
        }
        if (o instanceof SuperProxy sp) {
            return sp.attr(name);
        }
        if (o instanceof PyClass c) {
            if (name.equals("__annotations__") && !c.isBuiltin()) {
                return ownAnnotations(c);
            }
            Object v = c.lookup(name);
            if (v != null) {
                return Attributes.bind(v, null, c);
            }
            PyClass meta = c.customMetaclass();
            // every class inherits object's __new__ and __init__, which CPython finds in the class's
            // MRO before the metaclass's own (C.__new__(C) under ABCMeta is object.__new__); object's
            // are not in the dicts here, so a metaclass defining them must not answer for the class
            if (meta != null && !name.equals("__new__") && !name.equals("__init__")) {
                Object mv = metaclassAttr(c, meta, name);
                if (mv != null) {
                    return mv;
                }
            }
            Object r = switch (name) {
                case "__name__" -> c.name;
                case "__qualname__" -> c.qualname;
                case "__module__" -> c.module;
                case "__class__" -> c.metaclass();
                case "mro" -> Metaclasses.TypeMethod.MRO.bound(c);
                case "__subclasses__" -> Metaclasses.TypeMethod.SUBCLASSES.bound(c);
                case "__instancecheck__" -> Metaclasses.TypeMethod.INSTANCECHECK.bound(c);
                case "__subclasscheck__" -> Metaclasses.TypeMethod.SUBCLASSCHECK.bound(c);
                case "__subclasshook__" -> new BuiltinFunction("__subclasshook__", (a, k) -> PyNone.NOT_IMPLEMENTED);
                case "__init_subclass__" -> Metaclasses.objectInitSubclass(c); // object's, bound to the class
                case "__mro__" -> new PyTuple(c.mro.clone());
                case "__dict__" -> c.namespaceProxy();
                case "__bases__" -> new PyTuple(c.bases.clone());
                // function.__call__(f, ...) calls f; other classes give type.__call__ bound to them: construct
                case "__call__" -> c == Types.FUNCTION || c == Types.BUILTIN_FUNCTION || c == Types.METHOD
                        ? new BuiltinFunction("__call__", (a, k) -> {
                            if (a.length == 0 || !isInstance(a[0], c)) {
                                throw Exceptions.typeError("descriptor '__call__' of '" + c.name
                                        + "' object needs an argument");
                            }
                            return callKw(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
                        })
                        : BuiltinMethods.callWrapper(c);
                default -> BuiltinMethods.classAttr(c, name);
            };
            Object hook = r == null && meta != null ? meta.lookup("__getattr__") : null;
            // a metaclass's __getattr__ answers a miss on its classes, as an instance's class's does
            // (Attributes.getOrNull): its AttributeError is the answer
            return hook == null ? r : call(hook, c, name);
        }
        if (o instanceof PyFunction f) {
            return switch (name) {
                case "__name__" -> f.name;
                case "__qualname__" -> f.qualname;
                case "__module__" -> f.moduleName != null ? f.moduleName : f.module.name;
                case "__annotations__" -> {
                    if (f.annotations == null) {
                        f.annotations = new PyDict();
                    }
                    yield f.annotations;
                }
                case "__doc__" -> f.doc != null ? f.doc : f.code.doc == null ? PyNone.NONE : f.code.doc;
                case "__get__" -> new BuiltinFunction("__get__", (a, k) -> a.length == 0 || a[0] == PyNone.NONE ? f
                        : new BoundMethod(a[0], f));
                case "__dict__" -> {
                    if (f.dict == null) {
                        f.dict = new PyDict();
                    }
                    yield f.dict;
                }
                case "__code__" -> new CodeObject(f.code);
                case "__globals__" -> f.module.dict();
                case "__class__" -> type(f);
                case "__call__" -> BuiltinMethods.callWrapper(f);
                case "__defaults__" -> f.defaults == null || f.defaults.length == 0 ? PyNone.NONE
                        : new PyTuple(f.defaults.clone());
                case "__kwdefaults__" -> {
                    if (f.kwDefaults == null || f.kwDefaults.isEmpty()) {
                        yield PyNone.NONE;
                    }
                    PyDict d = new PyDict();   // in parameter order
                    int kwStart = f.code.argCount + (f.code.hasVarArgs ? 1 : 0);
                    for (int i = 0; i < f.code.kwOnlyCount; i++) {
                        String n = f.code.paramNames[kwStart + i];
                        if (f.kwDefaults.containsKey(n)) {
                            d.put(n, f.kwDefaults.get(n));
                        }
                    }
                    yield d;
                }
                default -> f.dict == null ? null : f.dict.get(name);
            };
        }
        return BuiltinMethods.attr(o, name);
    }

    /**
     * {@code cls.__annotations__} of a script class, as CPython 3.10+'s {@code type} gives it: the
     * class's own, never a base's found in the MRO (a write to it changed the base's), and an empty
     * dict made on first read and kept in the class's dict when it has none.
     */
    private static Object ownAnnotations(PyClass c) {
        Object own = c.getOwn("__annotations__");
        if (own == null) {
            own = new PyDict();
            c.setAttr("__annotations__", own);
        }
        return own;
    }

    /**
     * The special method {@code name} that a class object gets from its metaclass, when the class has
     * a script metaclass defining it (CPython looks special methods up on the type, and a class's type
     * is its metaclass); null for anything else, so plain objects and classes pay one type test.
     */
    public static Object metaSpecial(Object o, String name) {
        if (!(o instanceof PyClass c)) {
            return null;
        }
        PyClass meta = c.customMetaclass();
        if (meta == null) {
            return null;
        }
        for (PyClass m : meta.mro) {
            if (m.isBuiltin()) {
                return null; // type's own behaviour is the built-in path
            }
            Object v = m.getOwn(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** An attribute a class gets from its (non-{@code type}) metaclass: methods bind to the class. */
    private static Object metaclassAttr(PyClass c, PyClass meta, String name) {
        for (PyClass m : meta.mro) {
            if (m.isBuiltin()) {
                return null; // type's own members are the class-attribute defaults below
            }
            Object v = m.getOwn(name);
            if (v instanceof Descriptors.Property p) {
                return call(p.getter, c);
            }
            if (v instanceof Descriptors.ClassMethod cm) {
                return new BoundMethod(meta, cm.function());
            }
            if (v != null) {
                return Attributes.bind(v, c, meta);
            }
        }
        return null;
    }

    /**
     * Attributes an instance has outside its dict and its class: exception fields, {@code __class__},
     * {@code __dict__}; null if none.
     */
    static Object instanceSpecial(PyInstance inst, PyClass t, String name) {
        if (inst instanceof PyBaseException e) {
            Object v = ExceptionMembers.get(e, name);
            if (v != null) {
                return v;
            }
        }
        if (name.equals("__class__")) {
            return t;
        }
        if (name.equals("__dict__")) {
            return inst.hasDict() ? inst.namespace() : null;
        }
        return null;
    }

    /** Stores the exception fields that live outside the dict; false for any other name. */
    static boolean setInstanceSpecial(PyInstance inst, String name, Object value) {
        return inst instanceof PyBaseException e && ExceptionMembers.set(e, name, value);
    }

    public static void setAttr(Object o, String name, Object value) {
        if (o instanceof PyInstance inst) {
            Attributes.set(inst, name, value);
            return;
        }
        if (o instanceof PyClass c) {
            Object m = metaSpecial(c, "__setattr__");
            if (m != null) {
                call(m, c, name, value);
                return;
            }
            c.setAttr(name, value);
            return;
        }
        if (o instanceof PyModule m) {
            if (m.subclassed()) {
                if (ModuleSubclass.set(m, name, value)) {
                    return; // a descriptor of the class, or __class__
                }
            } else if (name.equals("__class__")) {
                m.setClass(value);
                return;
            }
            m.set(name, value);
            if (m.interp.isBuiltinsModule(m)) {
                m.interp.builtins().put(name, value);   // builtins.X = v changes what every script sees
            }
            return;
        }
        if (o instanceof PyFunction f) {
            switch (name) {
                case "__name__", "__qualname__" -> {
                    if (!(value instanceof String text)) {
                        throw Exceptions.typeError(name + " must be set to a string object");
                    }
                    if (name.equals("__name__")) {
                        f.name = text;
                    } else {
                        f.qualname = text;   // also what its call errors name, as in CPython
                    }
                    return;
                }
                case "__doc__" -> {
                    f.doc = value;
                    return;
                }
                case "__defaults__" -> {
                    if (value != PyNone.NONE && !(value instanceof PyTuple)) {
                        throw Exceptions.typeError("__defaults__ must be set to a tuple object");
                    }
                    f.defaults = value == PyNone.NONE ? null : ((PyTuple) value).toArray(new Object[0]);
                    return;
                }
                case "__kwdefaults__" -> {
                    if (value != PyNone.NONE && !(value instanceof PyDict)) {
                        throw Exceptions.typeError("__kwdefaults__ must be set to a dict object");
                    }
                    java.util.HashMap<String, Object> kw = null;
                    if (value instanceof PyDict d) {
                        kw = new java.util.HashMap<>();
                        for (Object key : d.keySet()) {
                            kw.put(str(key), d.get(key));
                        }
                    }
                    f.kwDefaults = kw;
                    return;
                }
                case "__module__" -> {
                    f.moduleName = value;
                    return;
                }
                case "__annotations__" -> {
                    if (!(value instanceof PyDict d)) {
                        throw Exceptions.typeError("__annotations__ must be set to a dict object");
                    }
                    f.annotations = d;
                    return;
                }
                default -> {
                }
            }
            if (name.equals("__dict__")) {
                if (!(value instanceof PyDict d)) {
                    throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + typeName(value) + "'");
                }
                f.dict = d;
                return;
            }
            if (f.dict == null) {
                f.dict = new PyDict();
            }
            f.dict.put(name, value);
            return;
        }
        if (o instanceof NativeValue n && n.setAttr(name, value)) {
            return;
        }
        if (o instanceof TupleGetter g && name.equals("__doc__")) {
            g.doc = value;
            return;
        }
        if (name.equals("__class__")) { // object.__class__'s setter: no built-in value changes its class
            if (!(value instanceof PyClass)) {
                throw Exceptions.typeError("__class__ must be set to a class, not '" + typeName(value) + "' object");
            }
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        GetSetDescriptor attribute = isNumber(o) ? GetSetDescriptor.of(type(o), name) : null;
        if (attribute != null) { // (5).real = 1: the class's descriptor refuses, as CPython's getset does
            throw attribute.notWritable();
        }
        if (BuiltinMethods.attr(o, name) != null) {
            throw readOnly(o, name);
        }
        throw noAttribute(o, name);
    }

    /**
     * The AttributeError for setting or deleting {@code name} on a built-in value that has it:
     * CPython's read-only members (slice's and range's start, stop and step, complex's real and imag)
     * say {@code readonly attribute}, a method {@code 'list' object attribute 'append' is read-only}.
     */
    private static PyException readOnly(Object o, String name) {
        boolean member = (o instanceof PySlice || o instanceof PyRange)
                && (name.equals("start") || name.equals("stop") || name.equals("step"))
                || o instanceof PyComplex && (name.equals("real") || name.equals("imag"));
        return Exceptions.attributeError(member ? "readonly attribute"
                : "'" + objectTypeName(o) + "' object attribute '" + name + "' is read-only");
    }

    public static void delAttr(Object o, String name) {
        if (o instanceof PyInstance inst) {
            Attributes.delete(inst, name);
            return;
        }
        if (o instanceof PyClass c) {
            Object m = metaSpecial(c, "__delattr__");
            if (m != null) {
                call(m, c, name);
                return;
            }
            if (c.delAttr(name)) {
                return;
            }
        }
        if (o instanceof PyFunction f && f.dict != null && f.dict.remove(name) != null) {
            return;
        }
        if (o instanceof PyModule m) {
            // unbinding the global's cell: code that reads it afterwards gets NameError, as in CPython
            Cell c = m.cells().get(name);
            if (c != null && c.value != null) {
                c.value = null;
                if (m.interp.isBuiltinsModule(m)) {
                    m.interp.builtins().remove(name);   // del builtins.X: every script's X is gone
                }
                return;
            }
            throw Exceptions.attributeError("'module' object has no attribute '" + name + "'");
        }
        if (!(o instanceof PyClass || o instanceof PyFunction) && BuiltinMethods.attr(o, name) != null) {
            throw readOnly(o, name); // del [].append, del slice(1).start: there, but not to be deleted
        }
        throw noAttribute(o, name);
    }

    // ================================================================ subscripts

    /**
     * {@code o[key]}. The two cases of numeric code come first in a method small enough to inline
     * into the subscript nodes: a list with an int index in range, and an instance whose class's
     * {@code __getitem__} has an {@link ItemBody} (array); the rest is {@link #anyItem}.
     */
    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l && key instanceof Long i) {
            int n = l.size();
            long k = i < 0 ? i + n : i;
            if (k >= 0 && k < n) {
                return l.get((int) k);
            }
        } else if (o instanceof PyInstance inst && inst.type().special(PyClass.Special.GETITEM) instanceof PyFunction fn
                && fn.code.body instanceof ItemBody b) {
            Object r = b.fastGet(inst, key);
            if (r != null) {
                return r;
            }
        }
        return anyItem(o, key);
    }

    /**
     * {@code o[lo:hi:step]} written as a slice: a list's, tuple's or str's slice is taken from the bounds
     * themselves (the slice object CPython makes is seen by nothing but the sequence it is
     * given to); anything else gets the slice object as its key.
     */
    public static Object getSlice(Object o, Object lo, Object hi, Object step) {
        if (o instanceof PyList l) {
            return Slices.list(l, lo, hi, step);
        }
        if (o instanceof PyTuple t) {
            return Slices.tuple(t, lo, hi, step);
        }
        if (o instanceof String s) {
            return Slices.string(s, lo, hi, step);
        }
        return getItem(o, new PySlice(lo, hi, step));
    }

    private static Object anyItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof Long i) {
                int n = l.size();
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    throw Exceptions.indexError("list index out of range");
                }
                return l.get((int) k);
            }
            if (key instanceof PySlice s) {
                return Slices.list(l, s);
            }
            return l.get(seqIndex(key, l.size(), "list"));
        }
        if (o instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                // every Java-level dict (plain, module globals, mappingproxy, thread-local) misses the same way
                throw Exceptions.keyError(key);
            }
            return v;
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return Slices.tuple(t, s.start(), s.stop(), s.step());
            }
            return t.items[seqIndex(key, t.items.length, "tuple")];
        }
        if (o instanceof String s) {
            if (key instanceof PySlice sl) {
                return Slices.string(s, sl);
            }
            if (CodePoints.bmpOnly(s)) {
                return Latin1Chars.of(s.charAt(seqIndex(key, s.length(), STR_INDICES, "string index out of range")));
            }
            int i = s.offsetByCodePoints(0, seqIndex(key, CodePoints.length(s), STR_INDICES, "string index out of range"));
            int end = s.offsetByCodePoints(i, 1);
            return end == i + 1 ? Latin1Chars.of(s.charAt(i)) : s.substring(i, end);
        }
        if (o instanceof PyRange r) {
            return r.item(key);
        }
        if (o instanceof PyBytes b) {
            if (key instanceof PySlice sl) {
                return new PyBytes(Slices.bytes(b.bytes(), sl));
            }
            return (long) (b.bytes()[seqIndex(key, b.bytes().length, "byte indices must be integers or slices, not %s",
                    "index out of range")] & 0xff);
        }
        if (o instanceof PyByteArray b) {
            return b.getItem(key);
        }
        if (o instanceof PyMemoryView m) {
            return m.getItem(key);
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.GETITEM);
            if (m != null) {
                return callSpecial(m, inst, key);
            }
            if (inst instanceof PyDerived d) {
                return derivedGetItem(d, key);
            }
        }
        if (o instanceof PyClass c) {
            Object mg = metaSpecial(c, "__getitem__"); // the metaclass's __getitem__ wins over __class_getitem__
            if (mg != null) {
                return call(mg, c, key);
            }
            Object m = c.lookup("__class_getitem__");
            if (m instanceof Descriptors.ClassMethod cm) {
                return call(cm.function(), c, key);
            }
            if (m != null) {
                return call(m, c, key);
            }
            if (c == Types.TYPE) {
                return GenericAliases.make(c, key); // type[int]: type's own subscript, not a classmethod
            }
            throw Exceptions.typeError("type '" + c.name + "' is not subscriptable");
        }
        Object nativeGetItem = o instanceof NativeValue n ? n.attr("__getitem__") : null;
        if (nativeGetItem != null) { // re.Match's m[1]
            return call(nativeGetItem, key);
        }
        throw Exceptions.typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    /** {@code dict.__getitem__} of a dict subclass calls its {@code __missing__}; other bases index their value. */
    static Object derivedGetItem(PyDerived d, Object key) {
        if (d.value instanceof PyDict dict) {
            Object v = dict.get(key);
            if (v != null) {
                return v;
            }
            Object missing = d.type().lookup("__missing__");
            if (missing != null) {
                return call(missing, d, key);
            }
            throw Exceptions.keyError(key);
        }
        return getItem(d.value, key);
    }

    /** CPython 3.11's str subscript message, unlike the other sequences' (no slices, the type quoted). */
    private static final String STR_INDICES = "string indices must be integers, not '%s'";

    private static int seqIndex(Object key, int n, String what) {
        if (key instanceof Long l) { // the common case first: the messages are only built for an error
            long i = l < 0 ? l + n : l;
            if (i >= 0 && i < n) {
                return (int) i;
            }
        }
        return seqIndex(key, n, what + " indices must be integers or slices, not %s", what + " index out of range");
    }

    /**
     * {@code key} as an index into a sequence of length {@code n}; {@code notAnIndex} (with the key's
     * type name for %s) and {@code outOfRange} are the messages of the sequence's type, which CPython
     * words differently for str and bytes than for the others.
     */
    private static int seqIndex(Object key, int n, String notAnIndex, String outOfRange) {
        key = PyDerived.unwrap(key);
        if (key instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            key = toLong(inst);   // an object usable as an index (__index__)
        }
        if (!isInt(key)) {
            throw Exceptions.typeError(String.format(notAnIndex, typeName(key)));
        }
        if (key instanceof BigInteger || key instanceof Int128) {
            throw Exceptions.indexError("cannot fit 'int' into an index-sized integer"); // beyond 64 bits
        }
        long i = toLong(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Exceptions.indexError(outOfRange);
        }
        return (int) i;
    }

    /** {@code o[key] = value}, with the fast cases of {@link #getItem} first. */
    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyList l && key instanceof Long i) {
            int n = l.size();
            long k = i < 0 ? i + n : i;
            if (k >= 0 && k < n) {
                l.set((int) k, value);
                return;
            }
        } else if (o instanceof PyInstance inst && inst.type().special(PyClass.Special.SETITEM) instanceof PyFunction fn
                && fn.code.body instanceof ItemBody b && b.fastSet(inst, key, value)) {
            return;
        }
        setAnyItem(o, key, value);
    }

    /** {@code o[lo:hi:step] = value} written as a slice: as {@link #getSlice}, a list's without a slice object. */
    public static void setSlice(Object o, Object lo, Object hi, Object step, Object value) {
        if (o instanceof PyList l) {
            Slices.assign(l, lo, hi, step, value);
            return;
        }
        setItem(o, new PySlice(lo, hi, step), value);
    }

    private static void setAnyItem(Object o, Object key, Object value) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                Slices.assign(l, s, value);
                return;
            }
            l.set(seqIndex(key, l.size(), "list assignment"), value);
            return;
        }
        if (o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        if (o instanceof PyByteArray b) {
            b.setItem(key, value);
            return;
        }
        if (o instanceof PyMemoryView m) {
            m.setItem(key, value);
            return;
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.SETITEM);
            if (m != null) {
                callSpecial(m, inst, key, value);
                return;
            }
            if (inst instanceof PyDerived d && (d.value instanceof PyDict || d.value instanceof PyList
                    || d.value instanceof PyByteArray)) {
                setItem(d.value, key, value);
                return;
            }
        }
        throw Exceptions.typeError("'" + typeName(o) + "' object does not support item assignment");
    }

    public static void delItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                Slices.delete(l, s);
                return;
            }
            l.remove(seqIndex(key, l.size(), "list assignment"));
            return;
        }
        if (o instanceof PyDict d) {
            if (!d.containsKey(key)) {
                throw Exceptions.keyError(key);
            }
            d.remove(key);
            return;
        }
        if (o instanceof PyByteArray b) {
            b.delItem(key);
            return;
        }
        if (o instanceof PyMemoryView m) {
            m.length();
            throw Exceptions.typeError("cannot delete memory");
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().lookup("__delitem__");
            if (m != null) {
                callSpecial(m, inst, key);
                return;
            }
            if (inst instanceof PyDerived d && (d.value instanceof PyDict || d.value instanceof PyList
                    || d.value instanceof PyByteArray)) {
                delItem(d.value, key);
                return;
            }
        }
        // CPython's PyObject_DelItem: an integer key on a type with sequence slots fails in
        // PySequence_DelItem ("doesn't"), any other key or type in PyObject_DelItem itself ("does not")
        boolean sequence = o instanceof String || o instanceof PyBytes || o instanceof PyTuple || o instanceof PyRange
                || o instanceof PySet || o instanceof DictView || o instanceof PyInstance;
        boolean index = isInt(PyDerived.unwrap(key)) || key instanceof PyInstance k && k.type().lookup("__index__") != null;
        throw Exceptions.typeError("'" + typeName(o) + "' object " + (sequence && index ? "doesn't" : "does not")
                + " support item deletion");
    }

    // ================================================================ iteration

    public static PyIterator iter(Object o) {
        PyIterator it = iterOrNull(o);
        if (it == null) {
            throw Exceptions.typeError("'" + typeName(o) + "' object is not iterable");
        }
        return it;
    }

    /** An iterator over o, or null when o is not iterable (its __iter__'s own errors propagate). */
    public static PyIterator iterOrNull(Object o) {
        if (o instanceof PyIterator it) {
            return it;
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof PyList l) {
            return new PyIterator(Types.LIST_ITERATOR) {
                int i;

                @Override
                public Object next() {
                    return i < l.size() ? l.get(i++) : null;
                }

                @Override
                public Object lengthHint() {
                    return (long) Math.max(0, l.size() - i);
                }
            };
        }
        if (o instanceof PyTuple t) {
            return PyIterator.of(Types.TUPLE_ITERATOR, t.items, t.items.length);
        }
        if (o instanceof String s) {
            return new PyIterator(StrMethods.isAscii(s) ? Types.STR_ASCII_ITERATOR : Types.STR_ITERATOR) {
                int i;

                @Override
                public Object next() {
                    if (i >= s.length()) {
                        return null;
                    }
                    char c = s.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                        i += 2;
                        return s.substring(i - 2, i);
                    }
                    i++;
                    return Latin1Chars.of(c);
                }

                @Override
                public Object lengthHint() {
                    return (long) s.codePointCount(i, s.length());
                }
            };
        }
        if (o instanceof PyDict d) {
            return d.iterator(DictIterator.KEYS, false);
        }
        if (o instanceof DictView v) {
            return v.iter();
        }
        if (o instanceof PySet s) {
            return s.pyIterator();
        }
        if (o instanceof PyGenerator g) {
            return g.iterator();
        }
        if (o instanceof PyBytes b) {
            byte[] bs = b.bytes();
            return new PyIterator(Types.BYTES_ITERATOR) {
                int i;

                @Override
                public Object next() {
                    return i < bs.length ? (Object) (long) (bs[i++] & 0xff) : null;
                }

                @Override
                public Object lengthHint() {
                    return (long) (bs.length - i);
                }
            };
        }
        if (o instanceof PyByteArray b) {
            return new PyIterator(Types.BYTEARRAY_ITERATOR) { // live, as CPython's: appends during the loop are seen
                int i;

                @Override
                public Object next() {
                    return i < b.size() ? (Object) (long) b.get(i++) : null;
                }

                @Override
                public Object lengthHint() {
                    return (long) Math.max(0, b.size() - i);
                }
            };
        }
        if (o instanceof PyMemoryView m) {
            return PyIterator.of(Types.MEMORY_ITERATOR, m.toList().iterator());
        }
        Object metaIter = metaSpecial(o, "__iter__");
        if (metaIter != null) {
            return iterOf(call(metaIter, o));
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.ITER);
            if (m != null) {
                return iterOf(callSpecial(m, inst));
            }
            if (inst instanceof PyDerived d) {
                return iter(d.value);
            }
            Object gi = inst.type().special(PyClass.Special.GETITEM);
            if (gi != null) {
                return new PyIterator() {
                    long i;

                    @Override
                    public Object next() {
                        try {
                            return callSpecial(gi, inst, i++);
                        } catch (PyException e) {
                            if (e.value.type().isSubclassOf(Exceptions.INDEX_ERROR)) {
                                return null;
                            }
                            throw e;
                        }
                    }
                };
            }
        }
        Iterable<?> j = JavaObjects.iterable(o);
        return j == null ? null : PyIterator.of(j.iterator());
    }

    /**
     * {@code iter(o)} as the built-in returns it: what an instance's {@code __iter__} returns, itself
     * (CPython's, so {@code iter(it) is it} for an iterator class), once it is seen to be an iterator;
     * anything else as {@link #iter}.
     */
    public static Object iterObject(Object o) {
        if (o instanceof PyInstance inst && !(inst instanceof PyDerived)) {
            Object m = inst.type().special(PyClass.Special.ITER);
            if (m != null && m != PyNone.NONE) {
                Object it = callSpecial(m, inst);
                iterOf(it); // refuses a non-iterator
                return it;
            }
        }
        return iter(o);
    }

    private static PyIterator iterOf(Object it) {
        if (it instanceof PyIterator pi) {
            return pi;
        }
        if (it instanceof PyGenerator g) {
            return g.iterator();
        }
        Object nx = getAttrOrNull(it, "__next__");
        if (nx == null) {
            throw Exceptions.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
        }
        return new PyIterator() {
            @Override
            public Object next() {
                try {
                    return call(nx);
                } catch (PyException e) {
                    if (e.value.type().isSubclassOf(Exceptions.STOP_ITERATION)) {
                        return null;
                    }
                    throw e;
                }
            }
        };
    }

    /**
     * {@code reversed(o)}: the reverse iterators of dicts and their views (live, as CPython's), lists
     * (live: items appended later are not seen, removed ones end it early), a class's
     * {@code __reversed__} ({@code None} refuses), and otherwise the sequence protocol
     * ({@code __len__} and {@code __getitem__}); anything else is "not reversible".
     */
    /** {@code reversed(seq)} called: what a class's {@code __reversed__} returns as it is, else {@link #reversed}. */
    static Object reversedCall(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("reversed() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Exceptions.typeError("reversed expected 1 argument, got " + a.length);
        }
        Object m = a[0] instanceof PyInstance inst ? inst.type().lookup("__reversed__") : null;
        if (m != null && m != PyNone.NONE) {
            return call(m, a[0]);
        }
        return reversed(a[0]);
    }

    /**
     * {@code reversed(s)} for a str: its characters from the last, the Latin-1 ones CPython's cached
     * strings, without first making the list of them all. A str cannot change, so nothing is live.
     */
    private static PyIterator reversedStr(String s) {
        return new PyIterator(Types.REVERSED) {
            int i = s.length(); // the UTF-16 index just after the next character to give

            @Override
            public Object next() {
                if (i <= 0) {
                    return null;
                }
                char c = s.charAt(--i);
                if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                    i--;
                    return s.substring(i, i + 2);
                }
                return Latin1Chars.of(c);
            }

            @Override
            public Object lengthHint() {
                return (long) s.codePointCount(0, i);
            }
        };
    }

    public static PyIterator reversed(Object o) {
        Object metaReversed = metaSpecial(o, "__reversed__");
        if (metaReversed != null) {
            return iter(call(metaReversed, o));
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().lookup("__reversed__");
            if (m == PyNone.NONE) {
                throw Exceptions.typeError("'" + typeName(o) + "' object is not reversible");
            }
            if (m != null) {
                return iter(callSpecial(m, inst)); // what the class's __reversed__ returns, iterated
            }
            if (inst instanceof PyDerived d && (d.value instanceof PyList || d.value instanceof PyDict
                    || inst.type().special(PyClass.Special.GETITEM) == null)) {
                o = d.value; // list and dict have __reversed__, which ignores a subclass's __getitem__
            }
        }
        if (o instanceof PyDict d) {
            return d.iterator(DictIterator.KEYS, true);
        }
        if (o instanceof DictView v) {
            return v.reversedIter();
        }
        if (o instanceof PyList l) {
            return new PyIterator(Types.LIST_REVERSEITERATOR) {
                int i = l.size() - 1;

                @Override
                public Object next() {
                    if (i >= 0 && i < l.size()) {
                        return l.get(i--);
                    }
                    i = -1;
                    return null;
                }

                @Override
                public Object lengthHint() {
                    return i >= 0 && i < l.size() ? (long) i + 1 : 0L;
                }
            };
        }
        if (o instanceof PyRange r) { // range's __reversed__ is a range iterator over the reversed range
            return r.reversedIterator();
        }
        if (o instanceof String s) {
            return reversedStr(s);
        }
        if (o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray) {
            PyList l = toList(o);
            java.util.Collections.reverse(l);
            return PyIterator.of(Types.REVERSED, l.toArray(), l.size());
        }
        if (o instanceof PyInstance inst && inst.type().special(PyClass.Special.GETITEM) != null) {
            long n = len(inst);
            return new PyIterator(Types.REVERSED) {
                long i = n - 1;

                @Override
                public Object next() {
                    if (i < 0) {
                        return null;
                    }
                    try {
                        return getItem(inst, i--);
                    } catch (PyException e) {
                        if (e.value.type().isSubclassOf(Exceptions.INDEX_ERROR)
                                || e.value.type().isSubclassOf(Exceptions.STOP_ITERATION)) {
                            i = -1;
                            return null;
                        }
                        throw e;
                    }
                }

                @Override
                public Object lengthHint() {
                    return i + 1;
                }
            };
        }
        throw Exceptions.typeError("'" + typeName(o) + "' object is not reversible");
    }

    public static PyList toList(Object o) {
        if (o instanceof PyList l) {
            return l.copy();
        }
        if (o instanceof PyTuple t) {
            return new PyList(t);
        }
        return drain(iter(o));
    }

    /** What is left of {@code it}, as a new list. */
    static PyList drain(PyIterator it) {
        PyList out = new PyList();
        for (Object v = it.next(); v != null; v = it.next()) {
            out.add(v);
        }
        return out;
    }

    public static long len(Object o) {
        if (o instanceof String s) {
            return CodePoints.length(s);
        }
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof PyBytes b) {
            return b.bytes().length;
        }
        if (o instanceof PyByteArray b) {
            return b.size();
        }
        if (o instanceof PyMemoryView m) {
            return m.length();
        }
        if (o instanceof DictView v) {
            return v.size();
        }
        Object metaLen = metaSpecial(o, "__len__");
        if (metaLen != null) {
            long n = toLong(call(metaLen, o));
            if (n < 0) {
                throw Exceptions.valueError("__len__() should return >= 0");
            }
            return n;
        }
        if (o instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.LEN);
            if (m != null) {
                long n = toLong(callSpecial(m, inst));
                if (n < 0) {
                    throw Exceptions.valueError("__len__() should return >= 0");
                }
                return n;
            }
            if (inst instanceof PyDerived d) {
                return len(d.value);
            }
        }
        throw Exceptions.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    // ================================================================ calls

    /**
     * Calls the special method {@code m} found on the type of {@code self}, as CPython's slot
     * functions do: a function (the common case, kept on the fast path) or a Java-backed method
     * takes {@code self} first; anything else goes through the descriptor protocol first
     * ({@code __get__}, staticmethod, classmethod, property), so a callable without {@code __get__}
     * is called without {@code self}.
     */
    public static Object callSpecial(Object m, Object self) {
        return isPlainMethod(m) ? call(m, self) : call(bindSpecial(m, self));
    }

    public static Object callSpecial(Object m, Object self, Object a) {
        return isPlainMethod(m) ? call(m, self, a) : call(bindSpecial(m, self), a);
    }

    public static Object callSpecial(Object m, Object self, Object a, Object b) {
        return isPlainMethod(m) ? call(m, self, a, b) : call(bindSpecial(m, self), a, b);
    }

    private static boolean isPlainMethod(Object m) {
        return m instanceof PyFunction || !(m instanceof PyInstance || m instanceof Descriptors.StaticMethod
                || m instanceof Descriptors.ClassMethod || m instanceof Descriptors.Property);
    }

    private static Object bindSpecial(Object m, Object self) {
        return Attributes.bind(m, self, type(self));
    }

    public static Object call(Object f) {
        if (f instanceof PyFunction fn) {
            return fn.call0();
        }
        return callKw(f, NO_ARGS, null);
    }

    public static Object call(Object f, Object a) {
        if (f instanceof PyFunction fn) {
            return fn.call1(a);
        }
        return callKw(f, new Object[] {a}, null);
    }

    public static Object call(Object f, Object a, Object b) {
        if (f instanceof PyFunction fn) {
            return fn.call2(a, b);
        }
        return callKw(f, new Object[] {a, b}, null);
    }

    public static Object call(Object f, Object a, Object b, Object c) {
        if (f instanceof PyFunction fn) {
            return fn.call3(a, b, c);
        }
        return callKw(f, new Object[] {a, b, c}, null);
    }

    public static Object callKw(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        if (f instanceof PyInstance inst) {
            Object m = inst.type().special(PyClass.Special.CALL);
            if (m instanceof PyFunction fn) {
                return fn.callWithSelf(inst, args, kwnames); // what the bound method does, without making it
            }
            if (m != null && !isPlainMethod(m)) {
                return callKw(bindSpecial(m, inst), args, kwnames);
            }
            if (m != null) {
                Object[] all = new Object[args.length + 1];
                all[0] = inst;
                System.arraycopy(args, 0, all, 1, args.length);
                return callKw(m, all, kwnames);
            }
        }
        if (f instanceof Descriptors.StaticMethod sm) {
            return callKw(sm.function(), args, kwnames);
        }
        throw Exceptions.typeError("'" + typeName(f) + "' object is not callable");
    }

    /** {@code obj.name(args)} without allocating a bound method when obj is a user instance. */
    /**
     * {@code iter(v)} for a starred item ({@code *v}): an object that cannot be iterated at all is
     * reported as CPython reports it there, {@code context} naming where (a call's
     * "f() argument after *" or a display's "Value after *").
     */
    public static PyIterator iterStarred(Object v, String context) {
        try {
            return iter(v);
        } catch (PyException e) {
            boolean iterable = v instanceof PyInstance inst
                    && (inst.type().special(PyClass.Special.ITER) != null || inst.type().special(PyClass.Special.GETITEM) != null);
            if (iterable || !e.value.type().isSubclassOf(Exceptions.TYPE_ERROR)) {
                throw e;
            }
            throw Exceptions.typeError(context + " must be an iterable, not " + typeName(v));
        }
    }

    /**
     * A special method as the interpreter looks it up (CPython's {@code _PyObject_LookupSpecial}):
     * on the type, bound to {@code obj}, never from the instance dictionary or {@code __getattr__};
     * null when the type has none. Objects that are not script instances answer through their
     * attributes.
     */
    public static Object lookupSpecial(Object obj, String name) {
        if (obj instanceof PyInstance inst) {
            Object cv = inst.type().lookup(name);
            if (cv == null && inst instanceof PyDerived d && d.value instanceof SubclassableValue) {
                return getAttrOrNull(obj, name); // the native base's own __enter__, __exit__, ...
            }
            return cv == null ? null : Attributes.bind(cv, inst, inst.type());
        }
        return getAttrOrMissing(obj, name);
    }

    public static Object callMethod(Object obj, String name, Object[] args, String[] kwnames) {
        if (obj instanceof PyInstance inst && !inst.type().has(PyClass.GETATTRIBUTE)
                && inst.type().lookup(name) instanceof PyFunction fn
                && (inst.dict == null || !inst.dict.containsKey(name))) { // the class's method, unless shadowed
            return fn.callWithSelf(inst, args, kwnames);
        }
        if (obj instanceof PyList || obj instanceof String || obj instanceof PyDict) {
            Object r = BuiltinMethods.callFast(obj, name, args, kwnames);
            if (r != null) {
                return r;
            }
        }
        return callKw(getAttr(obj, name), args, kwnames);
    }
}
