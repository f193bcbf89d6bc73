package dev.tauraro.script.runtime;

import java.util.Map;

/**
 * CPython's {@code getset_descriptor} for the read-only attributes of the built-in numbers:
 * {@code int.real}, {@code int.numerator}, {@code float.imag}; and the read-only views of
 * other built-in values' attributes as CPython's member descriptors, alike but for their type
 * and repr: {@code range.start}, {@code OSError.errno} ({@link ExceptionMembers#classAttr}). Instances read these attributes
 * directly ({@link BuiltinMethods}); the descriptor is what the class itself hands out, so that
 * {@code int.real.__get__(5)}, {@code 'real' in int.__dict__} and {@code inspect.isgetsetdescriptor}
 * behave as in CPython.
 */
final class GetSetDescriptor {
    private static final Map<String, String> DOCS = Map.of(
            "real", "the real part of a complex number",
            "imag", "the imaginary part of a complex number",
            "numerator", "the numerator of a rational number in lowest terms",
            "denominator", "the denominator of a rational number in lowest terms");
    private static final Map<String, GetSetDescriptor> INT = Map.of(
            "real", new GetSetDescriptor("real", Types.INT), "imag", new GetSetDescriptor("imag", Types.INT),
            "numerator", new GetSetDescriptor("numerator", Types.INT),
            "denominator", new GetSetDescriptor("denominator", Types.INT));
    private static final Map<String, GetSetDescriptor> FLOAT = Map.of(
            "real", new GetSetDescriptor("real", Types.FLOAT), "imag", new GetSetDescriptor("imag", Types.FLOAT));
    private static final Map<String, GetSetDescriptor> RANGE = members(Types.RANGE, "start", "stop", "step");

    final String name;
    final PyClass owner;
    /** A {@code member_descriptor} (a slot of the C struct) rather than a {@code getset_descriptor}: its type and repr. */
    final boolean member;

    private GetSetDescriptor(String name, PyClass owner) {
        this(name, owner, false);
    }

    private GetSetDescriptor(String name, PyClass owner, boolean member) {
        this.name = name;
        this.owner = owner;
        this.member = member;
    }

    /** Member descriptors of {@code owner} by name. */
    static Map<String, GetSetDescriptor> members(PyClass owner, String... names) {
        Map<String, GetSetDescriptor> m = new java.util.LinkedHashMap<>();
        for (String n : names) {
            m.put(n, new GetSetDescriptor(n, owner, true));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Getset descriptors of {@code owner} by name. */
    static Map<String, GetSetDescriptor> getsets(PyClass owner, String... names) {
        Map<String, GetSetDescriptor> m = new java.util.LinkedHashMap<>();
        for (String n : names) {
            m.put(n, new GetSetDescriptor(n, owner));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The descriptor {@code c.name} when {@code c} defines one ({@code bool.real} is int's), else null. */
    static GetSetDescriptor of(PyClass c, String name) {
        return c == Types.FLOAT ? FLOAT.get(name) : c == Types.INT || c == Types.BOOL ? INT.get(name)
                : c == Types.RANGE ? RANGE.get(name) : null;
    }

    /** The class's own descriptors, for {@code c.__dict__}. */
    static Map<String, GetSetDescriptor> own(PyClass c) {
        return c == Types.FLOAT ? FLOAT : c == Types.INT ? INT : c == Types.RANGE ? RANGE : Map.of();
    }

    Object get(Object obj) {
        if (!Ops.isInstance(obj, owner)) {
            throw Exceptions.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(obj) + "' object");
        }
        return Ops.getAttr(PyDerived.unwrap(obj), name);
    }

    PyException notWritable() {
        return Exceptions.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }

    Object attr(String attr) {
        return switch (attr) {
            case "__name__" -> name;
            case "__qualname__" -> owner.name + "." + name;
            case "__objclass__" -> owner;
            case "__doc__" -> DOCS.get(name);
            case "__get__" -> new BuiltinFunction(attr, this, (a, k) -> {
                if (a.length == 0) {
                    throw Exceptions.typeError("expected at least 1 argument, got 0");
                }
                return a[0] == PyNone.NONE ? this : get(a[0]);
            });
            case "__set__", "__delete__" -> new BuiltinFunction(attr, this, (a, k) -> {
                throw notWritable();
            });
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name + "' objects>";
    }
}
