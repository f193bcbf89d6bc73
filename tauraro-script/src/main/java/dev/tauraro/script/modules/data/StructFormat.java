package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code struct} format: its items with offsets, the byte order and the total size,
 * with CPython's rules (native '@' mode aligns each item to its own size and uses the C sizes of
 * x86-64 Linux; '=', '<', '>' and '!' use the standard sizes without alignment) and its
 * {@code struct.error} messages, which differ between native and standard modes for some codes.
 */
final class StructFormat {
    static final PyClass ERROR = PyClass.builtin("error", "struct", null, Map.of(), Exceptions.EXCEPTION);

    /** One code with its offset; {@code count} is the length for 's' and 'p', 1 otherwise. */
    record Item(char code, int offset, int size, int count) {
    }

    final String format;
    final boolean nativeMode;
    final boolean little;
    final List<Item> items;
    final int size;
    /** Number of values pack takes and unpack returns. */
    final int values;

    private StructFormat(String format, boolean nativeMode, boolean little, List<Item> items, int size, int values) {
        this.format = format;
        this.nativeMode = nativeMode;
        this.little = little;
        this.items = items;
        this.size = size;
        this.values = values;
    }

    static PyException error(String msg) {
        return Exceptions.newException(ERROR, msg);
    }

    static StructFormat parse(String fmt) {
        int i = 0;
        boolean nativeMode = true;
        boolean little = true; // x86-64
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '<' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> {
                }
            }
        }
        List<Item> items = new ArrayList<>();
        int offset = 0;
        int values = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (c >= '0' && c <= '9') {
                long v = 0;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    v = v * 10 + (fmt.charAt(i) - '0');
                    if (v > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                    i++;
                }
                if (i >= n) {
                    throw error("repeat count given without format specifier");
                }
                count = (int) v;
                c = fmt.charAt(i);
            }
            i++;
            int itemSize = size(c, nativeMode);
            if (nativeMode && itemSize > 1 && c != 's' && c != 'p' && c != 'x' && c != 'c') {
                offset = (offset + itemSize - 1) / itemSize * itemSize;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, offset, count, count));
                offset += count;
                values++;
            } else if (c == 'x') {
                offset += count;
            } else {
                for (int k = 0; k < count; k++) {
                    items.add(new Item(c, offset, itemSize, 1));
                    offset += itemSize;
                }
                values += count;
            }
        }
        return new StructFormat(fmt, nativeMode, little, items, offset, values);
    }

    private static int size(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> {
                if (!nativeMode) {
                    throw error("bad char in struct format");
                }
                yield 8;
            }
            default -> throw error("bad char in struct format");
        };
    }

    byte[] pack(Object[] args, int from) {
        return pack(args, from, "pack");
    }

    /** The packed bytes of {@code args[from..]}; {@code function} names the caller in the count error. */
    byte[] pack(Object[] args, int from, String function) {
        int given = args.length - from;
        if (given != values) {
            throw error(function + " expected " + values + " items for packing (got " + given + ")");
        }
        byte[] out = new byte[size];
        packInto(out, 0, args, from);
        return out;
    }

    void packInto(byte[] out, int base, Object[] args, int from) {
        int a = from;
        for (Item item : items) {
            Object v = args[a++];
            int at = base + item.offset();
            switch (item.code()) {
                case 's', 'p' -> {
                    Object b = PyDerived.unwrap(v);
                    if (!(b instanceof PyBytes pb)) {
                        throw error("argument for '" + item.code() + "' must be a bytes object");
                    }
                    byte[] src = pb.bytes();
                    if (item.code() == 's') {
                        System.arraycopy(src, 0, out, at, Math.min(src.length, item.count()));
                    } else if (item.count() > 0) {
                        int len = Math.min(src.length, Math.min(item.count() - 1, 255));
                        out[at] = (byte) len;
                        System.arraycopy(src, 0, out, at + 1, len);
                    }
                }
                case 'c' -> {
                    Object b = PyDerived.unwrap(v);
                    if (!(b instanceof PyBytes pb) || pb.bytes().length != 1) {
                        throw error("char format requires a bytes object of length 1");
                    }
                    out[at] = pb.bytes()[0];
                }
                case '?' -> out[at] = (byte) (Ops.truthy(v) ? 1 : 0);
                case 'e', 'f', 'd' -> packFloat(out, at, item, v);
                default -> packInt(out, at, item, v);
            }
        }
    }

    private void put(byte[] out, int at, int size, long bits) {
        for (int k = 0; k < size; k++) {
            int shift = 8 * k;
            out[little ? at + k : at + size - 1 - k] = (byte) (bits >>> shift);
        }
    }

    private long get(byte[] in, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | (in[little ? at + k : at + size - 1 - k] & 0xFF);
        }
        return v;
    }

    private static BigInteger integer(Object v) {
        Object u = PyDerived.unwrap(v);
        if (u instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (u instanceof PyInstance) {
            Object index = Ops.getAttrOrNull(u, "__index__");
            if (index != null) {
                return Ops.bigInt(Ops.call(index));
            }
            throw error("required argument is not an integer");
        }
        try {
            return Ops.bigInt(u); // bool, and ints beyond 64 bits
        } catch (PyException e) {
            throw error("required argument is not an integer");
        }
    }

    private void packInt(byte[] out, int at, Item item, Object v) {
        BigInteger x = integer(v);
        char c = item.code();
        int size = item.size();
        boolean unsigned = Character.isUpperCase(c) || c == 'P';
        BigInteger lo;
        BigInteger hi;
        if (c == 'P') {
            // a pointer: any value of 64 bits, negative ones wrapping
            if (x.bitLength() > 64 && x.signum() > 0 || x.compareTo(BigInteger.ONE.shiftLeft(63).negate()) < 0) {
                throw error("argument out of range");
            }
            put(out, at, size, x.longValue());
            return;
        }
        if (unsigned) {
            lo = BigInteger.ZERO;
            hi = BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
        } else {
            lo = BigInteger.ONE.shiftLeft(8 * size - 1).negate();
            hi = BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE);
        }
        if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
            throw error(rangeMessage(c, size, x, lo, hi));
        }
        put(out, at, size, x.longValue());
    }

    /**
     * CPython's wording, which depends on the code, the byte order and how far out the value is: a
     * value beyond a C long (an unsigned long for the unsigned codes) fails its conversion
     * ("argument out of range"); inside it, b and B (and h and H, but in big-endian standard
     * mode) have messages of their own, the other codes below 8 bytes name their bounds, the
     * 8-byte ones cannot be out of range there. Big-endian q and Q convert through a byte array.
     */
    private String rangeMessage(char c, int size, BigInteger x, BigInteger lo, BigInteger hi) {
        if (size == 8 && !nativeMode && !little) {
            return "int too large to convert";
        }
        String bounds = lo + " <= number <= " + hi;
        boolean named = c == 'b' || c == 'B' || (c == 'h' || c == 'H') && (nativeMode || little);
        boolean viaUnsignedLong = Character.isUpperCase(c) && !named;
        boolean converts = viaUnsignedLong ? x.signum() >= 0 && x.bitLength() <= 64 : x.bitLength() < 64;
        if (!converts) {
            return "argument out of range";
        }
        if (named) {
            String kind = switch (c) {
                case 'b' -> "byte";
                case 'B' -> "ubyte";
                case 'h' -> "short";
                default -> "ushort";
            };
            return kind + " format requires " + bounds;
        }
        return size < 8 ? "'" + c + "' format requires " + bounds : "argument out of range";
    }

    private void packFloat(byte[] out, int at, Item item, Object v) {
        Object u = PyDerived.unwrap(v);
        double d;
        if (u instanceof Double x) {
            d = x;
        } else if (u instanceof Long || u instanceof Boolean || u instanceof BigInteger) {
            d = Ops.toDouble(u);
        } else if (u instanceof PyInstance && Ops.getAttrOrNull(u, "__float__") != null) {
            d = Ops.toDouble(Ops.call(Ops.getAttrOrNull(u, "__float__")));
        } else {
            throw error("required argument is not a float");
        }
        switch (item.code()) {
            case 'd' -> put(out, at, 8, Double.doubleToRawLongBits(d));
            case 'f' -> {
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d) && !nativeMode) {
                    // (native 'f' is a C cast, which overflows to an infinity; the standard sizes check)
                    throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "float too large to pack with f format");
                }
                put(out, at, 4, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
            }
            default -> put(out, at, 2, HalfFloat.fromDouble(d));
        }
    }

    Object[] unpack(byte[] in, int base) {
        Object[] out = new Object[values];
        int a = 0;
        for (Item item : items) {
            int at = base + item.offset();
            char c = item.code();
            switch (c) {
                case 's' -> out[a++] = new PyBytes(java.util.Arrays.copyOfRange(in, at, at + item.count()));
                case 'p' -> {
                    if (item.count() == 0) {
                        out[a++] = new PyBytes(new byte[0]);
                    } else {
                        int len = Math.min(in[at] & 0xFF, item.count() - 1);
                        out[a++] = new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + len));
                    }
                }
                case 'c' -> out[a++] = new PyBytes(new byte[] {in[at]});
                case '?' -> out[a++] = in[at] != 0;
                case 'd' -> out[a++] = Double.longBitsToDouble(get(in, at, 8));
                case 'f' -> out[a++] = (double) Float.intBitsToFloat((int) get(in, at, 4));
                case 'e' -> out[a++] = HalfFloat.toDouble((int) get(in, at, 2));
                default -> {
                    long raw = get(in, at, item.size());
                    boolean unsigned = Character.isUpperCase(c) || c == 'P';
                    if (unsigned) {
                        out[a++] = item.size() == 8 && raw < 0
                                ? Ops.normalize(new BigInteger(Long.toUnsignedString(raw))) : (Object) raw;
                    } else {
                        int shift = 64 - 8 * item.size();
                        out[a++] = (raw << shift) >> shift;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return format;
    }
}
