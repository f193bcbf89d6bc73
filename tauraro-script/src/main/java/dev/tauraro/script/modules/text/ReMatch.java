package dev.tauraro.script.modules.text;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeMethods;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code re.Match}: a successful match, its groups and where the search ran. A Java object rather
 * than a class of {@code lib/re.py} because programs make one per match ({@code finditer},
 * {@code sub} with a function): building one and reading a group here costs a fraction of doing it
 * in script code. As CPython's, it cannot be subclassed and its attributes are read-only.
 *
 * <p>Group positions are kept as Java offsets into the subject's text (-1: the group did not take
 * part) and turned into Python's code-point positions only when asked for.
 */
final class ReMatch implements NativeMethods {
    /** The method names, each answered by {@link #call} (before TYPE, whose dict lists them). */
    private static final java.util.Set<String> METHODS = java.util.Set.of("group", "__getitem__", "groups",
            "groupdict", "start", "end", "span", "expand", "__repr__", "__bool__", "__copy__", "__deepcopy__");

    static final PyClass TYPE = PyClass.builtin("Match", "re", null, classDict()).asFinal();

    private final Regex rx;
    /** The script's {@code re.Pattern} (what {@code m.re} gives). */
    private final Object pattern;
    private final Regex.Subject s;
    private final int[] offsets;
    /** The group that closed last, 0 for none. */
    private final int lastIndex;
    private final long pos;
    private final long endpos;

    ReMatch(Regex rx, Object pattern, Regex.Subject s, Matcher m, long pos, long endpos) {
        this(rx, pattern, s, m, -1, pos, endpos);
    }

    /** With {@code matchStart} >= 0, the match begins there rather than where {@code m}'s match does. */
    ReMatch(Regex rx, Object pattern, Regex.Subject s, Matcher m, int matchStart, long pos, long endpos) {
        this.rx = rx;
        this.pattern = pattern;
        this.s = s;
        int groups = rx.groups;
        int[] o = new int[2 * groups + 2];
        for (int g = 0; g <= groups; g++) {
            int start = rx.start(m, g);
            o[2 * g] = start;
            o[2 * g + 1] = start < 0 ? -1 : m.end(g);
        }
        if (matchStart >= 0) {
            o[0] = matchStart;
        }
        this.offsets = o;
        this.lastIndex = rx.lastIndex(m);
        this.pos = Math.max(0, Math.min(pos, s.length));
        this.endpos = Math.max(0, Math.min(endpos, s.length));
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    /** {@code re.Match.group(m, 1)} and friends: the methods unbound, and {@code re.Match[str]}. */
    private static Map<String, Object> classDict() {
        Map<String, Object> d = new HashMap<>();
        for (String name : METHODS) {
            d.put(name, new BuiltinFunction(name, (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof ReMatch m)) {
                    throw Exceptions.typeError("descriptor '" + name + "' for 're.Match' objects doesn't apply to a '"
                            + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
                }
                return m.callMethod(name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            }));
        }
        d.putAll(dev.tauraro.script.runtime.GenericAliases.GENERIC); // re.Match[str]
        return d;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "re" -> pattern;
            case "string" -> s.original;
            case "pos" -> pos;
            case "endpos" -> endpos;
            case "lastindex" -> lastIndex == 0 ? PyNone.NONE : (Object) (long) lastIndex;
            case "lastgroup" -> lastGroup();
            case "regs" -> regs();
            case "__class__" -> TYPE;
            default -> METHODS.contains(name) ? new BuiltinFunction(name, (a, k) -> callMethod(name, a, k)) : null;
        };
    }

    @Override
    public boolean hasMethod(String name) {
        return METHODS.contains(name);
    }

    @Override
    public Object callMethod(String name, Object[] a, String[] k) {
        return switch (name) {
            case "group" -> group(a, k);
            case "__getitem__" -> group(index(one(name, a, k)), PyNone.NONE);
            case "groups" -> groups(optional(name, a, k, "default"));
            case "groupdict" -> groupdict(optional(name, a, k, "default"));
            case "start" -> position(index(groupArgument(name, a, k)), 0);
            case "end" -> position(index(groupArgument(name, a, k)), 1);
            case "span" -> {
                int g = index(groupArgument(name, a, k));
                yield new PyTuple(new Object[] {position(g, 0), position(g, 1)});
            }
            case "expand" -> rx.expand(one(name, a, k), s, offsets);
            case "__repr__" -> toString();
            case "__bool__" -> true;
            default -> this; // __copy__, __deepcopy__: a match is immutable, as CPython's copies are itself
        };
    }

    private static Object one(String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null) {
            throw Exceptions.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** The one optional argument {@code param} (positional or by keyword), None when absent. */
    private static Object optional(String name, Object[] a, String[] k, String param) {
        int nk = k == null ? 0 : k.length;
        if (a.length > 1) {
            throw Exceptions.typeError(name + "() takes at most 1 argument (" + a.length + " given)");
        }
        if (nk == 1 && !k[0].equals(param)) {
            throw Exceptions.typeError(name + "() got an unexpected keyword argument '" + k[0] + "'");
        }
        return a.length == 0 ? PyNone.NONE : a[0];
    }

    /** The group argument of start/end/span, 0 when absent. */
    private static Object groupArgument(String name, Object[] a, String[] k) {
        if (k != null) {
            throw Exceptions.typeError("Match." + name + "() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw Exceptions.typeError(name + " expected at most 1 argument, got " + a.length);
        }
        return a.length == 0 ? (Object) 0L : a[0];
    }

    private Object group(Object[] a, String[] k) {
        if (k != null) {
            throw Exceptions.typeError("Match.group() takes no keyword arguments");
        }
        if (a.length == 0) {
            return group(0, PyNone.NONE);
        }
        if (a.length == 1) {
            return group(index(a[0]), PyNone.NONE);
        }
        Object[] r = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = group(index(a[i]), PyNone.NONE);
        }
        return new PyTuple(r);
    }

    /** Group {@code g}'s text (bytes for a bytes pattern), or {@code dflt} when it did not take part. */
    private Object group(int g, Object dflt) {
        int start = offsets[2 * g];
        return start < 0 ? dflt : s.slice(start, offsets[2 * g + 1]);
    }

    private PyTuple groups(Object dflt) {
        Object[] r = new Object[rx.groups];
        for (int g = 1; g <= rx.groups; g++) {
            r[g - 1] = group(g, dflt);
        }
        return new PyTuple(r);
    }

    private PyDict groupdict(Object dflt) {
        PyDict d = new PyDict();
        rx.names.forEach((name, g) -> d.put(name, group(g, dflt)));
        return d;
    }

    /** Where group {@code g} starts ({@code which} 0) or ends (1), in Python's positions; -1 when unset. */
    private long position(int g, int which) {
        int start = offsets[2 * g];
        return start < 0 ? -1L : s.index(offsets[2 * g + which]);
    }

    private PyTuple regs() {
        Object[] r = new Object[rx.groups + 1];
        for (int g = 0; g <= rx.groups; g++) {
            r[g] = new PyTuple(new Object[] {position(g, 0), position(g, 1)});
        }
        return new PyTuple(r);
    }

    private Object lastGroup() {
        if (lastIndex != 0) {
            for (Map.Entry<String, Integer> e : rx.names.entrySet()) {
                if (e.getValue() == lastIndex) {
                    return e.getKey();
                }
            }
        }
        return PyNone.NONE;
    }

    /** A group given by number (an int, or anything with {@code __index__}) or by name. */
    private int index(Object g) {
        if (g instanceof Long l) { // the common m.group(1)
            if (l >= 0 && l <= rx.groups) {
                return (int) (long) l;
            }
            throw noSuchGroup();
        }
        Object u = PyDerived.unwrap(g);
        if (u instanceof String name) {
            Integer i = rx.names.get(name);
            if (i != null) {
                return i;
            }
            throw noSuchGroup();
        }
        if (!Ops.isInt(u) && g instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            try {
                u = Ops.call(inst.type().lookup("__index__"), inst);
            } catch (PyException e) {
                if (Ops.isInstance(e.value, Exceptions.TYPE_ERROR) || Ops.isInstance(e.value, Exceptions.ATTRIBUTE_ERROR)) {
                    throw noSuchGroup();
                }
                throw e;
            }
        }
        if (Ops.isInt(u)) {
            BigInteger i = Ops.bigInt(u);
            if (i.signum() >= 0 && i.compareTo(BigInteger.valueOf(rx.groups)) <= 0) {
                return i.intValue();
            }
        }
        throw noSuchGroup();
    }

    private static PyException noSuchGroup() {
        return Exceptions.indexError("no such group");
    }

    @Override
    public String toString() {
        return "<re.Match object; span=(" + position(0, 0) + ", " + position(0, 1) + "), match="
                + Ops.repr(group(0, PyNone.NONE)) + ">";
    }
}
