package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code __slots__}: the instance layout of a class and its member descriptors ({@code S.a}).
 * A slotted instance keeps its slot values in an array ({@link PyInstance#slots}), indexed by the
 * descriptor; base slots come first, so a subclass's layout extends its base's.
 */
final class Slots {
    private Slots() {
    }

    /**
     * Validates {@code __slots__} in a new class's dict, puts a {@link Member} per slot into it and
     * returns {slot count, 1 if instances have a {@code __dict__} else 0}.
     */
    static int[] layout(PyClass cls, PyClass[] bases, Map<String, Object> dict) {
        PyClass solid = null;
        boolean baseDict = false;
        for (PyClass b : bases) {
            baseDict |= b.instanceDict;
            if (b.slotCount == 0) {
                continue;
            }
            if (solid == null || b.isSubclassOf(solid)) {
                solid = b;
            } else if (!solid.isSubclassOf(b)) {
                throw Exceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        int inherited = solid == null ? 0 : solid.slotCount;
        Object decl = dict.get("__slots__");
        if (decl == null) {
            return new int[] {inherited, 1};
        }
        List<String> names = new ArrayList<>();
        for (Object n : decl instanceof String s ? List.of(s) : Ops.toList(decl)) {
            if (!(n instanceof String s)) {
                throw Exceptions.typeError("__slots__ items must be strings, not '" + Ops.typeName(n) + "'");
            }
            names.add(s);
        }
        boolean withDict = false;
        int count = inherited;
        List<Member> members = new ArrayList<>();
        for (String n : names) {
            if (n.equals("__dict__")) {
                if (baseDict || withDict) {
                    throw Exceptions.typeError("__dict__ slot disallowed: we already got one");
                }
                withDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue; // weak references need no storage here
            }
            String attr = PrivateNames.mangle(cls.name, n); // as the methods' self.__x
            if (dict.containsKey(attr)) {
                throw Exceptions.valueError("'" + attr + "' in __slots__ conflicts with class variable");
            }
            members.add(new Member(attr, cls.name, count++));
        }
        for (Member m : members) {
            dict.put(m.name, m);
        }
        return new int[] {count, withDict || baseDict ? 1 : 0};
    }

    /** Whether instances of the two classes store the same things, so one may become the other ({@code __class__ = }). */
    static boolean sameLayout(PyClass a, PyClass b) {
        return a.slotCount == b.slotCount && a.instanceDict == b.instanceDict && a.isException() == b.isException()
                && slotNames(a).equals(slotNames(b));
    }

    private static List<String> slotNames(PyClass c) {
        String[] names = new String[c.slotCount];
        for (PyClass k : c.mro) {
            for (Object v : k.dictView().values()) {
                if (v instanceof Member m && m.index < names.length && names[m.index] == null) {
                    names[m.index] = m.name;
                }
            }
        }
        return java.util.Arrays.asList(names);
    }

    /** A slot's descriptor: CPython's {@code member_descriptor}. */
    static final class Member {
        final String name;
        final String owner;
        final int index;

        Member(String name, String owner, int index) {
            this.name = name;
            this.owner = owner;
            this.index = index;
        }

        private Object[] storage(Object obj) {
            if (obj instanceof PyInstance inst && inst.slots != null && index < inst.slots.length) {
                return inst.slots;
            }
            throw Exceptions.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                    + Ops.typeName(obj) + "' object");
        }

        Object get(Object obj) {
            Object v = storage(obj)[index];
            if (v == null) {
                throw Exceptions.attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
            }
            return v;
        }

        void set(Object obj, Object value) {
            storage(obj)[index] = value;
        }

        void delete(Object obj) {
            Object[] s = storage(obj);
            if (s[index] == null) {
                throw Exceptions.attributeError(name);
            }
            s[index] = null;
        }

        @Override
        public String toString() {
            return "<member '" + name + "' of '" + owner + "' objects>";
        }
    }
}
