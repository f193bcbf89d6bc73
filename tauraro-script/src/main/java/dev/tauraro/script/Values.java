package dev.tauraro.script;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.script.runtime.Int128;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyCoroutine;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PyTuple;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Converts values between Java and one interpreter's scripts.
 *
 * <p>Java to script: {@code null} is {@code None}; booleans, integral numbers ({@code BigInteger}
 * included), floating-point numbers and strings ({@code char} too) become {@code bool}, {@code int},
 * {@code float} and {@code str}; {@code byte[]} becomes {@code bytes}; lists and arrays become
 * {@code list}, sets {@code set}, maps {@code dict}, converted element by element (copies: a script
 * changing the list does not change the Java one). A {@link Mono} becomes an awaitable whose
 * result is delivered on the script's event loop. The interpreter's own values pass unchanged, and
 * any other object is shown to scripts through {@link JavaView} (its public methods and fields).
 *
 * <p>Script to Java is the reverse: {@code int} is {@code Long} (or {@code BigInteger} beyond
 * 64 bits), {@code float} {@code Double}, {@code tuple} and {@code list} a {@code List}, {@code dict}
 * a {@code Map} in insertion order, a coroutine a cold {@code Mono}; other script objects
 * (functions, class instances) come back as opaque objects that can be handed back to the script.
 */
final class Values {
    private final Tauraro owner;

    Values(Tauraro owner) {
        this.owner = owner;
    }

    /** A Java value as a script value. */
    Object toPy(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof Double) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return Ops.normalize(b);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof JavaView j) {
            return j;
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b.clone());
        }
        if (isScriptValue(v)) {
            return v; // the interpreter's own objects, and tauraro's Java types the modules bind
        }
        if (v instanceof List<?> l) {
            PyList r = new PyList(l.size());
            for (Object x : l) {
                r.add(toPy(x));
            }
            return r;
        }
        if (v instanceof Set<?> s) {
            PySet r = new PySet();
            for (Object x : s) {
                r.add(toPy(x));
            }
            return r;
        }
        if (v instanceof Map<?, ?> m) {
            PyDict r = new PyDict();
            m.forEach((k, x) -> r.put(toPy(k), toPy(x)));
            return r;
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            PyList r = new PyList(n);
            for (int i = 0; i < n; i++) {
                r.add(toPy(Array.get(v, i)));
            }
            return r;
        }
        if (v instanceof Mono<?> m) {
            // delivered on the loop of the script that awaits it, whatever thread completes it
            return Asyncio.await(m).map(this::toPy);
        }
        return JavaView.of(v, this);
    }

    /** Values the interpreter handles itself: its runtime objects and tauraro's bound Java types. */
    private static boolean isScriptValue(Object v) {
        String n = v.getClass().getName();
        return n.startsWith("dev.tauraro.") && (!n.startsWith("dev.tauraro.script.")
                || n.startsWith("dev.tauraro.script.runtime.") || n.startsWith("dev.tauraro.script.modules."));
    }

    /** A script value as a Java value. */
    Object toJava(Object v) {
        if (v == PyNone.NONE || v == null) {
            return null;
        }
        if (v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof Double
                || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Int128 i) {
            return i.toBigInteger();
        }
        if (v instanceof PyBytes b) {
            return b.bytes().clone();
        }
        if (v instanceof JavaView j) {
            return j.target;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> r = new ArrayList<>(((Collection<?>) v).size());
            for (Object x : (Collection<?>) v) {
                r.add(toJava(x));
            }
            return r;
        }
        if (v instanceof PySet s) {
            Set<Object> r = new LinkedHashSet<>();
            for (Object x : s) {
                r.add(toJava(x));
            }
            return r;
        }
        if (v instanceof PyDict d) {
            Map<Object, Object> r = new LinkedHashMap<>();
            d.forEach((k, x) -> r.put(toJava(k), toJava(x)));
            return r;
        }
        if (v instanceof PyCoroutine c) {
            return owner.coroutine(c);
        }
        return v;
    }

    /**
     * A script value as an argument of Java type {@code type}, or {@link #NO} when it does not
     * fit. Numbers narrow only when the value fits; a script callable becomes any interface with
     * one abstract method (a lambda's target).
     */
    Object toJava(Object v, Class<?> type) {
        if (type == Object.class) {
            return toJava(v);
        }
        if (v instanceof JavaView j) {
            return type.isInstance(j.target) ? j.target : NO;
        }
        if (type.isPrimitive() && v == PyNone.NONE) {
            return NO;
        }
        if (v == PyNone.NONE) {
            return null;
        }
        if (type == long.class || type == Long.class) {
            return v instanceof Long l ? l : NO;
        }
        if (type == int.class || type == Integer.class) {
            return v instanceof Long l && l == (int) (long) l ? (int) (long) l : NO;
        }
        if (type == short.class || type == Short.class) {
            return v instanceof Long l && l == (short) (long) l ? (short) (long) l : NO;
        }
        if (type == byte.class || type == Byte.class) {
            return v instanceof Long l && l == (byte) (long) l ? (byte) (long) l : NO;
        }
        if (type == double.class || type == Double.class) {
            return v instanceof Double d ? d : v instanceof Long l ? (double) l : NO;
        }
        if (type == float.class || type == Float.class) {
            return v instanceof Double d ? (float) (double) d : v instanceof Long l ? (float) l : NO;
        }
        if (type == boolean.class || type == Boolean.class) {
            return v instanceof Boolean ? v : NO;
        }
        if (type == char.class || type == Character.class) {
            return v instanceof String s && s.length() == 1 ? s.charAt(0) : NO;
        }
        if (type == BigInteger.class) {
            return v instanceof Long l ? BigInteger.valueOf(l) : v instanceof Int128 i ? i.toBigInteger()
                    : v instanceof BigInteger ? v : NO;
        }
        if (type.isInterface() && !type.isInstance(v) && (v instanceof PyCallable || v instanceof PyInstance)
                && singleAbstractMethod(type) != null) {
            return callbackProxy(type, v);
        }
        Object j = toJava(v);
        return type.isInstance(j) ? j : NO;
    }

    /** What {@link #toJava(Object, Class)} returns for a value that does not fit the type. */
    static final Object NO = new Object();

    /** The one abstract method of a functional interface, or null. */
    static Method singleAbstractMethod(Class<?> type) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (java.lang.reflect.Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A script callable as an implementation of a functional interface. */
    private Object callbackProxy(Class<?> type, Object callable) {
        return proxy(type, (method, args) -> Ops.callKw(callable, args, null));
    }

    /** What a proxy method runs: the script call for a method and its (converted) arguments. */
    interface ScriptCall {
        Object call(Method method, Object[] args);
    }

    /**
     * An implementation of {@code type} whose abstract methods run script code under the GIL,
     * arguments and results converted; {@code Object}'s methods and default methods behave as
     * Java's ({@code toString} names the proxy).
     */
    <T> T proxy(Class<T> type, ScriptCall call) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "<tauraro " + type.getName() + " proxy>";
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object[] in = args == null ? new Object[0] : args;
            return owner.locked(() -> {
                Object[] py = new Object[in.length];
                for (int i = 0; i < in.length; i++) {
                    py[i] = toPy(in[i]);
                }
                Object r = call.call(method, py);
                Class<?> rt = method.getReturnType();
                if (rt == void.class) {
                    return null;
                }
                Object j = toJava(r, rt);
                if (j == NO) {
                    throw dev.tauraro.script.runtime.Exceptions.typeError(method.getName()
                            + "() must return " + rt.getName() + ", not " + Ops.typeName(r));
                }
                return j;
            });
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }
}
