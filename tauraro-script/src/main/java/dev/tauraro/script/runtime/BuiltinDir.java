package dev.tauraro.script.runtime;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code dir()} of a built-in class (and so of its values): the names the class answers to. The
 * candidates are the special names of the data model, the type's methods and its own dict; only
 * those that {@code getattr(cls, name)} resolves are listed, so the list says what works here
 * (CPython's also lists members this interpreter does not have, such as {@code __sizeof__}).
 */
public final class BuiltinDir {
    private BuiltinDir() {
    }

    /** The data model's special names and the class methods of the value types, filtered per class. */
    private static final List<String> CANDIDATES = List.of("__abs__", "__add__", "__and__", "__bool__", "__ceil__",
            "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__", "__divmod__",
            "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
            "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__iadd__",
            "__imul__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__ior__",
            "__iter__", "__le__", "__len__", "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__",
            "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__",
            "__reduce_ex__", "__repr__", "__reversed__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__",
            "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__",
            "__rxor__", "__setattr__", "__setitem__", "__sizeof__", "__str__", "__sub__", "__subclasshook__",
            "__truediv__", "__trunc__", "__xor__", "denominator", "imag", "numerator", "real",
            // class methods the method tables do not list
            "fromhex", "fromkeys", "from_bytes", "maketrans",
            // range's methods and members
            "count", "index", "start", "stop", "step",
            // the built-in exceptions' (ExceptionMembers.classAttr)
            "args", "with_traceback", "add_note", "__setstate__", "__traceback__", "__context__", "__cause__",
            "__suppress_context__",
            "errno", "strerror", "filename", "filename2", "characters_written", "value", "code", "msg", "name",
            "path", "obj", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line",
            "encoding", "object", "end", "reason");   // (and "start", above)

    /** Whether {@code o} is a built-in value class ({@code int}, {@code str}, ..., {@code object}) or a value of one. */
    public static boolean covers(Object o) {
        PyClass c = o instanceof PyClass k ? k : o instanceof PyInstance ? null : Ops.type(o);
        return c != null && (c == Types.OBJECT || BuiltinMethods.methodNames(c) != null || c.isException() && c.isBuiltin()
                || c.isBuiltin() && !c.dictView().isEmpty()); // a type whose dict has its methods (itertools.count)
    }

    /** The sorted names of {@code c}, a built-in class. */
    public static List<String> of(PyClass c) {
        TreeSet<String> names = new TreeSet<>();
        Set<String> methods = BuiltinMethods.methodNames(c);
        for (PyClass k : c.mro) {
            names.addAll(k.dictView().keySet());
        }
        if (methods != null) {
            names.addAll(methods);
        }
        names.addAll(CANDIDATES);
        names.removeIf(n -> resolves(c, n) == null);
        if (c.isException()) {
            names.add("__dict__");   // exceptions have an instance dict, which their type's dict describes
        }
        return List.copyOf(names);
    }

    private static Object resolves(PyClass c, String name) {
        try {
            return Ops.getAttrOrNull(c, name);
        } catch (PyException e) {
            return null;
        }
    }
}
