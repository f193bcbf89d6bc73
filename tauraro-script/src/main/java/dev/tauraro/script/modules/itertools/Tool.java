package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * An iterator of the itertools module: a Java {@link PyIterator}, so that a {@code for} loop steps it
 * with one Java call per item (as it steps {@code map} or {@code zip}), under a type of its own named
 * as CPython's ({@code itertools.count}). Its type's methods ({@code __next__}, {@code __repr__},
 * {@code __length_hint__}, ...) are method descriptors in the type's dict, which a script subclass
 * inherits or overrides; an instance answers them through {@link #attr}.
 */
abstract class Tool extends PyIterator implements NativeValue {
    Tool(PyClass type) {
        super(type);
    }

    /** A method of a tool's type: its implementation, given the tool (the value a subclass instance holds). */
    @FunctionalInterface
    interface Method {
        Object call(Object self, Tool tool, Object[] args, String[] kwnames);
    }

    /**
     * The type {@code itertools.name}, made by {@code make}; {@code derivable}: script classes may
     * extend it (every public tool; not {@code _grouper} nor {@code _tee}). Its dict has
     * {@code __iter__}, {@code __next__} and {@code methods}.
     */
    static PyClass type(String name, PyCallable make, boolean derivable, Map<String, Method> methods) {
        return type(name, make, derivable, methods, Map.of());
    }

    /** As {@link #type(String, PyCallable, boolean, Map)}, with other entries of the dict (a class method). */
    static PyClass type(String name, PyCallable make, boolean derivable, Map<String, Method> methods,
                        Map<String, Object> others) {
        return PyClass.builtin(name, "itertools", make, derivable, cls -> {
            Map<String, Object> dict = new HashMap<>(others);
            dict.put("__iter__", descriptor(cls, "__iter__", (self, tool, a, k) -> self));
            dict.put("__next__", descriptor(cls, "__next__", (self, tool, a, k) -> {
                Object v = tool.next();
                if (v == null) {
                    throw Exceptions.newException(Exceptions.STOP_ITERATION);
                }
                return v;
            }));
            methods.forEach((n, m) -> dict.put(n, descriptor(cls, n, m)));
            return dict;
        });
    }

    private static BuiltinFunction descriptor(PyClass cls, String name, Method m) {
        String type = cls.module + "." + cls.name;
        // CPython words the misuse of a slot wrapper (__iter__, __next__, __repr__) and of a method apart
        boolean slot = name.equals("__iter__") || name.equals("__next__") || name.equals("__repr__");
        return BuiltinFunction.descriptor(name, cls, (a, k) -> {
            if (a.length == 0) {
                throw Exceptions.wrapperMismatch(name, type, a); // a method's says the same with no argument
            }
            Object self = a[0];
            if (!(PyDerived.unwrap(self) instanceof Tool tool) || !Ops.type(self).isSubclassOf(cls)) {
                throw slot ? Exceptions.wrapperMismatch(name, type, a) : Exceptions.descriptorMismatch(name, type, a);
            }
            return m.call(self, tool, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
    }

    /** {@code tool.name}: the type's methods, bound (the iterator's own {@code __next__} and {@code __iter__} come first). */
    @Override
    public Object attr(String name) {
        Object m = type().lookup(name);
        if (m instanceof BuiltinFunction f && f.objclass() != null) {
            return new BuiltinFunction(name, this, (a, k) -> f.call(prepend(this, a), k));
        }
        return null;
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
