package dev.tauraro.script.compile;

import dev.tauraro.script.builtins.Builtins;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The executable patterns of {@code match} statements (PEP 634). A pattern writes what it captures
 * into an array indexed as {@link PatternNames} numbered the names; the case stores them into the
 * variables only when the whole pattern has matched, so a failed case binds nothing.
 */
final class Patterns {
    private Patterns() {
    }

    /** One compiled pattern. */
    abstract static class Node {
        abstract boolean match(Object subject, Frame f, Object[] captures);
    }

    /**
     * The test of one {@code case}: matches the subject held in a frame slot and, on success, binds
     * the captures. The guard, if any, is and-ed after it by the compiler.
     */
    static final class CaseTest extends ExprNode {
        private final int subjectSlot;
        private final Node pattern;
        private final Targets.Target[] targets;

        CaseTest(int subjectSlot, Node pattern, Targets.Target[] targets) {
            this.subjectSlot = subjectSlot;
            this.pattern = pattern;
            this.targets = targets;
        }

        @Override
        public Object eval(Frame f) {
            Object[] captures = targets.length == 0 ? null : new Object[targets.length];
            if (!pattern.match(f.slots[subjectSlot], f, captures)) {
                return Boolean.FALSE;
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].store(f, captures[i]);
            }
            return Boolean.TRUE;
        }
    }

    /** A literal or dotted name: {@code subject == value}. */
    static final class Value extends Node {
        private final ExprNode value;

        Value(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            return Ops.eq(subject, value.eval(f));
        }
    }

    /** {@code None}, {@code True}, {@code False}: compared by identity. */
    static final class Singleton extends Node {
        private final Object value;

        Singleton(Object value) {
            this.value = value;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            return value instanceof Boolean b ? subject instanceof Boolean s && s.booleanValue() == b : subject == value;
        }
    }

    /** A capture, {@code inner as name}, or the wildcard ({@code index} -1). */
    static final class Capture extends Node {
        private final Node inner;
        private final int index;

        Capture(Node inner, int index) {
            this.inner = inner;
            this.index = index;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            if (inner != null && !inner.match(subject, f, captures)) {
                return false;
            }
            if (index >= 0) {
                captures[index] = subject;
            }
            return true;
        }
    }

    static final class Or extends Node {
        private final Node[] alternatives;

        Or(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            for (Node alt : alternatives) {
                if (alt.match(subject, f, captures)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A sequence pattern: the subject must be a sequence (list, tuple, range, deque and their
     * subclasses, but not str, bytes or bytearray) of the right length; {@code star} is the
     * position of a starred item (-1 when none), which captures a list into {@code starIndex}.
     */
    static final class Sequence extends Node {
        private final Node[] items;
        private final int star;
        private final int starIndex;

        Sequence(Node[] items, int star, int starIndex) {
            this.items = items;
            this.star = star;
            this.starIndex = starIndex;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            if (!isSequence(subject)) {
                return false;
            }
            long len = Ops.len(subject);
            int n = items.length;
            if (star < 0 ? len != n : len < n - 1) {
                return false;
            }
            for (int i = 0; i < (star < 0 ? n : star); i++) {
                if (!items[i].match(item(subject, i), f, captures)) {
                    return false;
                }
            }
            if (star < 0) {
                return true;
            }
            int after = n - star - 1;
            if (starIndex >= 0) {
                PyList rest = new PyList();
                for (long i = star; i < len - after; i++) {
                    rest.add(item(subject, i));
                }
                captures[starIndex] = rest;
            }
            for (int i = 0; i < after; i++) {
                if (!items[star + 1 + i].match(item(subject, len - after + i), f, captures)) {
                    return false;
                }
            }
            return true;
        }

        private static Object item(Object subject, long i) {
            Object v = PyDerived.unwrap(subject);
            if (v instanceof PyList l && v == subject) {
                return l.get((int) i);
            }
            if (v instanceof PyTuple t && v == subject) {
                return t.items[(int) i];
            }
            return Ops.getItem(subject, i);
        }

        private static boolean isSequence(Object subject) {
            PyClass t = Ops.type(subject);
            if (t == Types.LIST || t == Types.TUPLE) {
                return true;
            }
            for (PyClass c : t.mro) {
                if (c == Types.LIST || c == Types.TUPLE || c == Types.RANGE
                        || c.name.equals("deque") && c.module.equals("collections")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A mapping pattern: the subject must be a mapping (dict, its subclasses, mappingproxy) with at
     * least as many keys; values are read with {@code get}, as CPython does, so a defaultdict's
     * factory is not called. {@code **rest} captures a dict of the other items.
     */
    static final class Mapping extends Node {
        private static final Object MISSING = new Object();
        private final ExprNode[] keys;
        private final Node[] values;
        private final int restIndex;

        Mapping(ExprNode[] keys, Node[] values, int restIndex) {
            this.keys = keys;
            this.values = values;
            this.restIndex = restIndex;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            PyClass t = Ops.type(subject);
            if (!t.isSubclassOf(Types.DICT) && !t.isSubclassOf(Types.MAPPINGPROXY)) {
                return false;
            }
            if (Ops.len(subject) < keys.length) {
                return false;
            }
            List<Object> seen = new ArrayList<>(keys.length);
            for (int i = 0; i < keys.length; i++) {
                Object key = keys[i].eval(f);
                for (Object s : seen) {
                    if (Ops.eq(s, key)) {
                        throw Exceptions.valueError("mapping pattern checks duplicate key (" + Ops.repr(key) + ")");
                    }
                }
                seen.add(key);
                Object v = get(subject, key);
                if (v == MISSING || !values[i].match(v, f, captures)) {
                    return false;
                }
            }
            if (restIndex >= 0) {
                PyDict rest = new PyDict();
                PyDict all = (PyDict) PyDerived.unwrap(subject);
                for (var e : all.entrySet()) {
                    rest.put(e.getKey(), e.getValue());
                }
                for (Object k : seen) {
                    rest.remove(k);
                }
                captures[restIndex] = rest;
            }
            return true;
        }

        private static Object get(Object subject, Object key) {
            if (Ops.type(subject) == Types.DICT) {
                Object v = ((PyDict) subject).get(key);
                return v == null ? MISSING : v;
            }
            Object sentinel = new PyTuple(new Object[0]); // a fresh object no mapping can hold
            Object v = Ops.callMethod(subject, "get", new Object[] {key, sentinel}, null);
            return v == sentinel ? MISSING : v;
        }
    }

    /**
     * A class pattern: an isinstance check, then positional sub-patterns against the attributes
     * named by {@code __match_args__} (or, for the built-in types that match themselves, the subject
     * itself), then keyword sub-patterns against attributes. A missing attribute is no match.
     */
    static final class ClassPattern extends Node {
        /** The built-in types whose single positional sub-pattern matches the whole subject. */
        private static final PyClass[] MATCH_SELF = {Types.BOOL, Types.BYTES, Types.DICT, Types.FLOAT,
            Types.FROZENSET, Types.INT, Types.LIST, Types.SET, Types.STR, Types.TUPLE};
        private final ExprNode cls;
        private final Node[] args;
        private final String[] kwNames;
        private final Node[] kwValues;

        ClassPattern(ExprNode cls, Node[] args, String[] kwNames, Node[] kwValues) {
            this.cls = cls;
            this.args = args;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
        }

        @Override
        boolean match(Object subject, Frame f, Object[] captures) {
            Object c = cls.eval(f);
            if (!(c instanceof PyClass type)) {
                throw Exceptions.typeError("called match pattern must be a type");
            }
            if (!Builtins.isInstance(subject, type)) {
                return false;
            }
            String[] names = kwNames;
            if (args.length > 0) {
                Object matchArgs = Ops.getAttrOrNull(type, "__match_args__");
                if (matchArgs == null && matchesSelf(type)) {
                    if (args.length > 1) {
                        throw tooMany(type, 1);
                    }
                    if (!args[0].match(subject, f, captures)) {
                        return false;
                    }
                } else {
                    Object[] declared = new Object[0];
                    if (matchArgs != null) {
                        if (!(matchArgs instanceof PyTuple t)) {
                            throw Exceptions.typeError(type.name + ".__match_args__ must be a tuple (got "
                                    + Ops.typeName(matchArgs) + ")");
                        }
                        declared = t.items;
                    }
                    if (args.length > declared.length) {
                        throw tooMany(type, declared.length);
                    }
                    names = new String[args.length + kwNames.length];
                    for (int i = 0; i < args.length; i++) {
                        if (!(declared[i] instanceof String s)) {
                            throw Exceptions.typeError("__match_args__ elements must be strings (got "
                                    + Ops.typeName(declared[i]) + ")");
                        }
                        names[i] = s;
                    }
                    System.arraycopy(kwNames, 0, names, args.length, kwNames.length);
                    for (int i = 0; i < names.length; i++) {
                        for (int j = 0; j < i; j++) {
                            if (names[i].equals(names[j])) {
                                throw Exceptions.typeError(type.name + "() got multiple sub-patterns for attribute "
                                        + Ops.repr(names[i]));
                            }
                        }
                    }
                    for (int i = 0; i < args.length; i++) {
                        Object v = attribute(subject, names[i]);
                        if (v == null || !args[i].match(v, f, captures)) {
                            return false;
                        }
                    }
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                Object v = attribute(subject, kwNames[i]);
                if (v == null || !kwValues[i].match(v, f, captures)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean matchesSelf(PyClass type) {
            for (PyClass c : type.mro) {
                for (PyClass self : MATCH_SELF) {
                    if (c == self) {
                        return true;
                    }
                }
                if (c.isBuiltin() && c.name.equals("bytearray")) {
                    return true;
                }
            }
            return false;
        }

        private PyException tooMany(PyClass type, int allowed) {
            return Exceptions.typeError(type.name + "() accepts " + allowed + " positional sub-pattern"
                    + (allowed == 1 ? "" : "s") + " (" + args.length + " given)");
        }

        /** The attribute, or null when reading it raises AttributeError. */
        private static Object attribute(Object subject, String name) {
            try {
                return Ops.getAttr(subject, name);
            } catch (PyException e) {
                if (e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
    }
}
