package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ItemBody;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.util.function.Function;

/**
 * {@code _array}: Java bodies for the item access of lib/array.py's {@code array}, whose items are
 * a list in the slot {@code _items} and whose typecode is the slot {@code _typecode}. Written in
 * the script, {@code a[i] = x} cost three script calls (the method, the conversion, the slice
 * test) and made array-heavy numeric code ten times slower than CPython's.
 *
 * <p>{@code getitem(f)} and {@code setitem(f)} decorate the script's own {@code __getitem__} and
 * {@code __setitem__}: they return functions with a Java body (so they bind and override like the
 * script's) that handle an int index in range and, for setitem, a value that the typecode stores
 * unchanged or as its float; anything else (slices, errors, conversions that raise or round
 * differently) calls the decorated script function, which keeps CPython's behaviour and messages.
 * Their bodies are {@link ItemBody}s, so {@code a[i]} and {@code a[i] = x} reach that int case from
 * {@code Ops} without a call. {@code register(cls)}, called once the class exists, gives them the
 * class and its slots' indexes, so that they read the items and the typecode of an instance of it
 * (or of a subclass, whose layout extends it) with two array loads and no attribute lookup.
 */
final class ArrayModule {
    private ArrayModule() {
    }

    private static final String FILE = "<frozen array>";

    /** The array class and the indexes of its two slots, as {@code register} found them. */
    private record Layout(PyClass cls, int typecode, int items) {
    }

    /** This interpreter's registered {@link Layout}; null before {@code register}. */
    private static final class Registered {
        Layout layout;

        /** The items list of an array instance, or null when {@code self} is not one as the script built it. */
        PyList items(Object self) {
            Layout l = layout;
            if (l == null || !(self instanceof PyInstance inst)) {
                return null;
            }
            PyClass t = inst.type();
            if (t != l.cls && !t.isSubclassOf(l.cls)) {
                return null;
            }
            return inst.slot(l.items) instanceof PyList list ? list : null;
        }

        /** The typecode of an array instance whose items {@link #items} found. */
        Object typecode(PyInstance self) {
            return self.slot(layout.typecode);
        }
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_array", interp);
        Registered reg = new Registered();
        m.set("register", new BuiltinFunction("register", (a, k) -> {
            if (a.length != 1 || (k != null && k.length > 0) || !(a[0] instanceof PyClass cls)
                    || cls.slotIndex("_typecode") < 0 || cls.slotIndex("_items") < 0) {
                throw Exceptions.typeError("register() takes the array class, with slots _typecode and _items");
            }
            reg.layout = new Layout(cls, cls.slotIndex("_typecode"), cls.slotIndex("_items"));
            return PyNone.NONE;
        }));
        m.set("getitem", decorator(m, "getitem", new String[] {"self", "index"}, script -> new ItemBody() {
            @Override
            public Object fastGet(Object self, Object index) {
                return ArrayModule.fastGet(reg, self, index);
            }

            @Override
            public Object call(Object[] a) {
                Object r = ArrayModule.fastGet(reg, a[0], a[1]);
                return r != null ? r : Ops.call(script, a[0], a[1]);
            }
        }));
        m.set("setitem", decorator(m, "setitem", new String[] {"self", "index", "value"}, script -> new ItemBody() {
            @Override
            public boolean fastSet(Object self, Object index, Object value) {
                return ArrayModule.fastSet(reg, self, index, value);
            }

            @Override
            public Object call(Object[] a) {
                if (!ArrayModule.fastSet(reg, a[0], a[1], a[2])) {
                    Ops.call(script, a[0], a[1], a[2]);
                }
                return PyNone.NONE;
            }
        }));
        return m;
    }

    /**
     * A decorator named {@code name} that takes the script function and returns the Java-bodied
     * function with the parameters {@code params} and the body that {@code body} makes from it.
     */
    private static BuiltinFunction decorator(PyModule home, String name, String[] params,
                                             Function<PyFunction, ItemBody> body) {
        return new BuiltinFunction(name, (a, k) -> {
            if (a.length != 1 || (k != null && k.length > 0) || !(a[0] instanceof PyFunction script)) {
                throw Exceptions.typeError(name + "() takes one script function");
            }
            return JavaBodied.frameless(home, script.code.qualname, FILE, params, body.apply(script));
        });
    }

    /** The position of an int index in a list of {@code n} items, or -1 (also for a non-int). */
    private static int position(Object index, int n) {
        if (index instanceof Long i) {
            long k = i < 0 ? i + n : i;
            if (k >= 0 && k < n) {
                return (int) k;
            }
        }
        return -1;
    }

    /** {@code self[index]} for an int index in range, else null. */
    private static Object fastGet(Registered reg, Object self, Object index) {
        PyList l = reg.items(self);
        int k = l == null ? -1 : position(index, l.size());
        return k < 0 ? null : l.get(k);
    }

    /** Stores {@code self[index] = value} when the index is an int in range and the value needs no check that can fail. */
    private static boolean fastSet(Registered reg, Object self, Object index, Object value) {
        PyList l = reg.items(self);
        int k = l == null ? -1 : position(index, l.size());
        if (k < 0 || !(reg.typecode((PyInstance) self) instanceof String code) || code.length() != 1) {
            return false;
        }
        Object stored = stored(code.charAt(0), value);
        if (stored == null) {
            return false;
        }
        l.set(k, stored);
        return true;
    }

    /**
     * {@code value} as the array of typecode {@code code} stores it when that cannot fail: a float
     * or an int for 'd' (as float), a float that stays finite in 32 bits for 'f' (rounded as C's
     * cast does), an int in the C type's range for the integer codes; null otherwise.
     */
    private static Object stored(char code, Object value) {
        if (value instanceof Double d) {
            if (code == 'd') {
                return d;
            }
            float f = (float) d.doubleValue();
            return code == 'f' && Float.isFinite(f) ? (Object) (double) f : null;
        }
        if (!(value instanceof Long v)) {
            return null;   // bool, big ints, other types: the script converts or raises
        }
        return switch (code) {
            case 'd' -> (Object) (double) v;
            case 'q', 'l' -> v;
            case 'Q', 'L' -> v >= 0 ? v : null;
            case 'i' -> v == (int) v.longValue() ? v : null;
            case 'I' -> v >= 0 && v <= 0xffff_ffffL ? v : null;
            case 'h' -> v == (short) v.longValue() ? v : null;
            case 'H' -> v >= 0 && v <= 0xffff ? v : null;
            case 'b' -> v == (byte) v.longValue() ? v : null;
            case 'B' -> v >= 0 && v <= 0xff ? v : null;
            default -> null;   // 'u' holds str; 'f' from an int rounds through the script
        };
    }
}
