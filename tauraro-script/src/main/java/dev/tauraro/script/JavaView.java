package dev.tauraro.script;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.Types;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java object as scripts see it: {@code obj.name} reads a public field or gives a public method
 * to call; a {@link Class} also gives its static fields and methods and is called to construct.
 *
 * <p>Overloads are chosen by the call's arguments: among the methods with that many parameters
 * whose parameters all accept the arguments ({@link Values#toJava(Object, Class)}), the one
 * needing the least conversion is called ({@code append(5)} is {@code append(int)}, not
 * {@code append(double)}). A varargs method also takes its trailing arguments one by one.
 * Public fields that are not {@code final} are assignable ({@code obj.count = 3}, converted as a
 * method argument is; a value that does not fit the field's type is a TypeError); final fields are
 * read-only. Only members reachable from public classes and interfaces are
 * visible, so an object of a private implementation class (such as {@code List.of(...)}'s) shows
 * its public interfaces' methods.
 *
 * <p>A Java exception thrown by the method reaches the script as {@code ValueError}
 * ({@code IllegalArgumentException}), {@code IndexError} ({@code IndexOutOfBoundsException}),
 * {@code NotImplementedError} ({@code UnsupportedOperationException}) or {@code RuntimeError}
 * (anything else), with the Java exception kept as the {@link TauraroException}'s cause.
 */
class JavaView implements NativeValue {
    /** Every Java class's script type and members: derived data of immutable classes, shared. */
    private static final ClassValue<Members> MEMBERS = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            return new Members(type);
        }
    };

    final Object target;
    private final Values values;

    JavaView(Object target, Values values) {
        this.target = target;
        this.values = values;
    }

    static JavaView of(Object target, Values values) {
        return target instanceof Class<?> c ? new OfClass(c, values) : new JavaView(target, values);
    }

    @Override
    public PyClass type() {
        return MEMBERS.get(target.getClass()).type;
    }

    @Override
    public Object attr(String name) {
        return member(MEMBERS.get(target.getClass()), target, name);
    }

    final Object member(Members m, Object self, String name) {
        Field f = m.fields.get(name);
        if (f != null) {
            try {
                return values.toPy(f.get(self));
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        List<Executable> overloads = m.methods.get(name);
        if (overloads == null) {
            return null;
        }
        return new BuiltinFunction(name, (args, kw) -> invoke(name, overloads, self, args, kw));
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return assign(MEMBERS.get(target.getClass()), target, name, value);
    }

    final boolean assign(Members m, Object self, String name, Object value) {
        Field f = m.fields.get(name);
        if (f == null || Modifier.isFinal(f.getModifiers())) {
            return false;
        }
        Object v = values.toJava(value, f.getType());
        if (v == Values.NO) {
            throw Exceptions.typeError("cannot assign '" + dev.tauraro.script.runtime.Ops.typeName(value)
                    + "' to the Java field " + f.getDeclaringClass().getSimpleName() + "." + name + " of type "
                    + f.getType().getSimpleName());
        }
        try {
            f.set(self, v);
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    final Object invoke(String name, List<Executable> overloads, Object self, Object[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Exceptions.typeError(name + "() takes no keyword arguments");
        }
        Executable best = null;
        Object[] bestArgs = null;
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : overloads) {
            Class<?>[] types = e.getParameterTypes();
            boolean spread = e.isVarArgs() && args.length >= types.length - 1
                    && !(args.length == types.length && values.toJava(args[args.length - 1], types[types.length - 1])
                    != Values.NO);
            if (types.length != args.length && !spread) {
                continue;
            }
            int fixed = spread ? types.length - 1 : types.length;
            Object[] converted = new Object[types.length];
            int cost = spread ? 20 : 0; // an exact arity wins over gathering arguments into an array
            for (int i = 0; i < fixed && cost != Integer.MAX_VALUE; i++) {
                converted[i] = values.toJava(args[i], types[i]);
                cost = converted[i] == Values.NO ? Integer.MAX_VALUE : cost + cost(args[i], types[i]);
            }
            if (spread && cost != Integer.MAX_VALUE) {
                Class<?> item = types[fixed].getComponentType();
                Object array = java.lang.reflect.Array.newInstance(item, args.length - fixed);
                for (int i = fixed; i < args.length && cost != Integer.MAX_VALUE; i++) {
                    Object v = values.toJava(args[i], item);
                    if (v == Values.NO) {
                        cost = Integer.MAX_VALUE;
                    } else {
                        java.lang.reflect.Array.set(array, i - fixed, v);
                        cost += cost(args[i], item);
                    }
                }
                converted[fixed] = array;
            }
            if (cost < bestCost) {
                best = e;
                bestArgs = converted;
                bestCost = cost;
            }
        }
        if (best != null) {
            return call(best, self, bestArgs);
        }
        throw Exceptions.typeError("no overload of " + name + "() takes " + describe(args));
    }

    private Object call(Executable e, Object self, Object[] args) {
        try {
            Object r = e instanceof Method m ? m.invoke(self, args)
                    : ((java.lang.reflect.Constructor<?>) e).newInstance(args);
            return values.toPy(r);
        } catch (InvocationTargetException t) {
            throw fromJava(t.getCause());
        } catch (IllegalAccessException | InstantiationException t) {
            throw Exceptions.typeError("cannot call " + e.getName() + ": " + t.getMessage());
        }
    }

    /** A Java exception from a called method as the script exception it raises. */
    static PyException fromJava(Throwable t) {
        if (t instanceof TauraroException te && te.original != null) {
            return te.original; // a script callback failed: its own exception continues
        }
        if (t instanceof PyException p) {
            return p;
        }
        PyClass type = t instanceof IllegalArgumentException ? Exceptions.VALUE_ERROR
                : t instanceof IndexOutOfBoundsException ? Exceptions.INDEX_ERROR
                : t instanceof UnsupportedOperationException ? Exceptions.NOT_IMPLEMENTED_ERROR
                : Exceptions.RUNTIME_ERROR;
        PyException p = Exceptions.newException(type, t.getClass().getName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        p.value.javaCause = t;
        return p;
    }

    /**
     * How far a script value is from a parameter type it converts to: 0 for the Java type it
     * becomes anyway ({@code int} to {@code long}, {@code str} to {@code String}), more for each
     * narrowing or widening, most for {@code Object}; the cheapest overload wins.
     */
    private static int cost(Object v, Class<?> type) {
        Class<?> t = type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
        if (t == Object.class) {
            return 10;
        }
        if (v instanceof Long) {
            return t == Long.class ? 0 : t == Integer.class ? 1 : t == Short.class ? 2 : t == Byte.class ? 3
                    : t == java.math.BigInteger.class ? 4 : t == Double.class ? 5 : t == Float.class ? 6 : 8;
        }
        if (v instanceof Double) {
            return t == Double.class ? 0 : t == Float.class ? 1 : 8;
        }
        if (v instanceof String) {
            return t == String.class ? 0 : t == Character.class ? 2 : 8;
        }
        return t == Boolean.class && v instanceof Boolean ? 0 : 8;
    }

    private static String describe(Object[] args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dev.tauraro.script.runtime.Ops.typeName(args[i]));
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JavaView v && v.target.equals(target);
    }

    @Override
    public int hashCode() {
        return target.hashCode();
    }

    @Override
    public String toString() {
        return target.toString();
    }

    /** A Java class: its static members, and a call constructs an instance. */
    static final class OfClass extends JavaView implements PyCallable {
        private final Class<?> type;

        OfClass(Class<?> type, Values values) {
            super(type, values);
            this.type = type;
        }

        @Override
        public Object attr(String name) {
            Object v = member(MEMBERS.get(type).statics, null, name);
            return v != null ? v : super.attr(name);
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return assign(MEMBERS.get(type).statics, null, name, value);
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            List<Executable> constructors = MEMBERS.get(type).constructors;
            if (constructors.isEmpty()) {
                throw Exceptions.typeError("cannot create '" + type.getName() + "' instances");
            }
            return invoke(type.getSimpleName(), constructors, null, args, kwnames);
        }
    }

    /** The public members of one class, found once. */
    static final class Members {
        final PyClass type;
        final Map<String, Field> fields = new HashMap<>();
        final Map<String, List<Executable>> methods = new HashMap<>();
        final Members statics;
        final List<Executable> constructors = new ArrayList<>();

        Members(Class<?> c) {
            type = PyClass.builtin(c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName(),
                    c.getPackageName().isEmpty() ? "java" : c.getPackageName(), null, Map.of(), Types.JAVA_OBJECT);
            statics = new Members(c, true);
            collect(c, false);
            if (accessible(c) && !Modifier.isAbstract(c.getModifiers())) {
                for (java.lang.reflect.Constructor<?> k : c.getConstructors()) {
                    constructors.add(k);
                }
            }
        }

        private Members(Class<?> c, boolean statics) {
            this.type = null;
            this.statics = null;
            collect(c, true);
        }

        /** The members of {@code c} and its supertypes that are public in a public, exported type. */
        private void collect(Class<?> c, boolean wantStatic) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                collectFrom(k, wantStatic);
                for (Class<?> i : k.getInterfaces()) {
                    collectInterfaces(i, wantStatic);
                }
            }
        }

        private void collectInterfaces(Class<?> i, boolean wantStatic) {
            collectFrom(i, wantStatic);
            for (Class<?> s : i.getInterfaces()) {
                collectInterfaces(s, wantStatic);
            }
        }

        private void collectFrom(Class<?> k, boolean wantStatic) {
            if (!accessible(k)) {
                return;
            }
            for (Field f : k.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isPublic(mod) && Modifier.isStatic(mod) == wantStatic) {
                    fields.putIfAbsent(f.getName(), f);
                }
            }
            for (Method m : k.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) != wantStatic || m.isBridge()
                        || m.isSynthetic()) {
                    continue;
                }
                List<Executable> l = methods.computeIfAbsent(m.getName(), n -> new ArrayList<>());
                boolean overridden = false;
                for (Executable e : l) {
                    overridden |= java.util.Arrays.equals(e.getParameterTypes(), m.getParameterTypes());
                }
                if (!overridden) {
                    l.add(m);
                }
            }
        }

        private static boolean accessible(Class<?> k) {
            for (Class<?> c = k; c != null; c = c.getEnclosingClass()) {
                if (!Modifier.isPublic(c.getModifiers())) {
                    return false;
                }
            }
            return k.getModule().isExported(k.getPackageName(), JavaView.class.getModule());
        }

    }
}
