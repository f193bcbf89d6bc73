package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigInteger;

/**
 * {@code sys.getsizeof}: what CPython 3.11 (64-bit) reports for an object, which is not what it
 * takes on the JVM. Exact for int, bool, float, None, str, bytes, tuple and a dict's table; a
 * list is counted without spare capacity, a set's table from its size, and other objects get a
 * typical CPython size. A class's {@code __sizeof__} is used when it defines one, plus CPython's
 * 32-byte header of an instance.
 */
final class Sizes {
    private Sizes() {
    }

    /** The size, or null when the object has no size to report (then getsizeof's default applies). */
    static Object of(Object o) {
        if (o instanceof Boolean) {
            return 28L;
        }
        if (o instanceof Long l) {
            return intSize(BigInteger.valueOf(l));
        }
        if (o instanceof BigInteger b) {
            return intSize(b);
        }
        if (o instanceof Double) {
            return 24L;
        }
        if (o == PyNone.NONE) {
            return 16L;
        }
        if (o instanceof String s) {
            return strSize(s);
        }
        if (o instanceof PyBytes b) {
            return 33L + b.bytes().length;
        }
        if (o instanceof PyTuple t) {
            return 40L + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 56L + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dictSize(d);
        }
        if (o instanceof PySet s) {
            long table = 8;
            while (table * 3 < s.size() * 5L) {
                table *= 4;
            }
            return 216L + 16L * (table - 8);
        }
        if (o instanceof PyFunction) {
            return 152L;
        }
        if (o instanceof PyClass) {
            return 1688L;
        }
        if (o instanceof PyModule) {
            return 72L;
        }
        if (o instanceof PyInstance inst) {
            Object sizeof = inst.type().lookup("__sizeof__");
            long own = 24;
            if (sizeof != null) {
                Object r = Ops.call(sizeof, inst);
                if (!(r instanceof Long || r instanceof BigInteger)) {
                    throw Exceptions.typeError("'" + Ops.typeName(r) + "' object cannot be interpreted as an integer");
                }
                own = Ops.toLong(r);
                if (own < 0) {
                    throw Exceptions.valueError("__sizeof__() should return >= 0");
                }
            }
            return own + 32;
        }
        return 56L;
    }

    private static long intSize(BigInteger b) {
        int digits = Math.max(1, (b.abs().bitLength() + 29) / 30);   // CPython's 30-bit digits
        return 24L + 4L * digits;
    }

    private static long strSize(String s) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        if (max < 128) {
            return 49L + n;   // compact ASCII: header and the characters with a NUL
        }
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        return 72L + (long) (n + 1) * kind;
    }

    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 64L;
        }
        long table = 8;
        while (table * 2 / 3 < n) {
            table *= 2;
        }
        long index = table <= 128 ? 1 : table <= 1 << 15 ? 2 : 4;
        boolean strKeys = true;
        for (Object k : d.keySet()) {
            if (!(k instanceof String)) {
                strKeys = false;
                break;
            }
        }
        return 64L + 32L + table * index + (table * 2 / 3) * (strKeys ? 16L : 24L);
    }
}
