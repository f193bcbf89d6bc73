package dev.tauraro.script.runtime;

import dev.tauraro.asyncio.CancelledError;
import dev.tauraro.asyncio.InvalidStateError;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionException;
import reactor.core.publisher.Mono;

/** Conversions between Java values and exceptions and their script counterparts. */
public final class Interop {
    private Interop() {
    }

    /** A script exception as it should leave a coroutine into Java code. */
    public static RuntimeException toJava(PyException e) {
        if (e.value.type().isSubclassOf(Exceptions.CANCELLED_ERROR)) {
            return new ScriptCancelledError(e);
        }
        return e;
    }

    /** Any Java throwable as a script exception. */
    public static PyException toPy(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof ScriptCancelledError s) {
            return s.python;
        }
        if (t instanceof CancelledError c) {
            String msg = c.cancelMessage();
            return msg == null ? Exceptions.newException(Exceptions.CANCELLED_ERROR)
                    : Exceptions.newException(Exceptions.CANCELLED_ERROR, msg);
        }
        if (t instanceof CompletionException && t.getCause() != null) {
            return toPy(t.getCause());
        }
        if (t instanceof dev.tauraro.asyncio.TimeoutError) {
            return t.getMessage() == null ? Exceptions.newException(Exceptions.TIMEOUT_ERROR)
                    : Exceptions.newException(Exceptions.TIMEOUT_ERROR, t.getMessage());
        }
        if (t instanceof dev.tauraro.asyncio.ExceptionGroup g) {
            PyList subs = new PyList();
            boolean all = true;
            for (Throwable x : g.exceptions()) {
                PyBaseException v = toPy(x).value;
                all &= v.type().isSubclassOf(Exceptions.EXCEPTION);
                subs.add(v);
            }
            return new PyBaseException(all ? Exceptions.EXCEPTION_GROUP : Exceptions.BASE_EXCEPTION_GROUP,
                    g.message(), subs).toThrowable();
        }
        if (t instanceof InvalidStateError) {
            return Exceptions.newException(Exceptions.INVALID_STATE_ERROR, t.getMessage());
        }
        PyClass byName = byJavaName(t.getClass().getSimpleName());
        if (byName != null) {
            return t.getMessage() == null ? Exceptions.newException(byName)
                    : Exceptions.newException(byName, t.getMessage());
        }
        // tauraro's Java modules throw these with Python's messages; thrown by the JDK they carry
        // Java text and mean the interpreter missed a check: an interpreter bug
        boolean fromModules = thrownByTauraroModule(t);
        if (t instanceof IllegalStateException && fromModules) {
            return Exceptions.newException(Exceptions.RUNTIME_ERROR, String.valueOf(t.getMessage()));
        }
        if (t instanceof IllegalArgumentException && fromModules) {
            return Exceptions.newException(Exceptions.VALUE_ERROR, String.valueOf(t.getMessage()));
        }
        if (t instanceof StackOverflowError) {
            return CallDepth.exceeded("");
        }
        if (t instanceof OutOfMemoryError) {
            return Exceptions.newException(Exceptions.MEMORY_ERROR);
        }
        if (t.getClass().getName().equals("reactor.core.Exceptions$ReactiveException") && t.getCause() != null) {
            return toPy(t.getCause()); // a checked exception Reactor wrapped to rethrow
        }
        if (t instanceof java.util.concurrent.ExecutionException && t.getCause() != null) {
            return toPy(t.getCause());
        }
        if (t instanceof java.util.concurrent.TimeoutException) {
            return Exceptions.newException(Exceptions.TIMEOUT_ERROR);
        }
        return internalError(t);
    }

    /** Whether {@code t} was made by one of tauraro's Java modules (asyncio, threading, ...), not by the JDK. */
    private static boolean thrownByTauraroModule(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) {
            return true; // made without a stack trace on purpose, as the modules' own errors are
        }
        String cls = stack[0].getClassName();
        return cls.startsWith("dev.tauraro.") && !cls.startsWith("dev.tauraro.script.");
    }

    /**
     * An exception the interpreter did not expect, which is a bug in tauraro: CPython reports its
     * own bugs as {@code SystemError}. The message names where the bug is but carries no Java
     * exception text; the Java stack trace is kept on the exception and printed with the
     * traceback when {@code TAURARO_DEBUG} is set.
     */
    public static PyException internalError(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        String where = "";
        if (stack.length > 0) {
            StackTraceElement top = stack[0];
            String cls = top.getClassName();
            where = " in " + cls.substring(cls.lastIndexOf('.') + 1) + "." + top.getMethodName()
                    + (top.getLineNumber() > 0 ? " (" + top.getFileName() + ":" + top.getLineNumber() + ")" : "");
        }
        PyBaseException e = new PyBaseException(Exceptions.SYSTEM_ERROR, "tauraro internal error: "
                + t.getClass().getSimpleName() + where + "; this is a bug in the interpreter (set TAURARO_DEBUG=1 "
                + "for the Java stack trace)");
        e.javaCause = t;
        return e.toThrowable();
    }

    /** Java exception types named like a Python one map to it (QueueEmpty, QueueFull, ...). */
    private static PyClass byJavaName(String simpleName) {
        return switch (simpleName) {
            case "QueueEmpty" -> Exceptions.QUEUE_EMPTY;
            case "QueueFull" -> Exceptions.QUEUE_FULL;
            case "QueueShutDown" -> Exceptions.QUEUE_SHUT_DOWN;
            case "BrokenBarrierError" -> Exceptions.BROKEN_BARRIER_ERROR;
            case "BrokenPoolError" -> Exceptions.BROKEN_PROCESS_POOL; // multiprocessing: a worker died
            case "ValueError" -> Exceptions.VALUE_ERROR;
            case "RuntimeError" -> Exceptions.RUNTIME_ERROR;
            default -> null;
        };
    }

    /** A Java result as a script value. */
    public static Object toPy(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        // the values an awaited script coroutine or queue hands back, checked first: exact-class
        // tests, where the List/Set/Map tests below are interface checks that walk the class's supertypes
        if (v instanceof Long || v instanceof String || v instanceof Double || v instanceof Boolean
                || v == PyNone.NONE) {
            return v;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.util.List<?> l && !(v instanceof PyList) && !(v instanceof PyTuple)) {
            PyList r = new PyList(l.size());
            for (Object x : l) {
                r.add(x instanceof Throwable t ? toPy(t).value : toPy(x));
            }
            return r;
        }
        if (v instanceof java.util.Set<?> s && !(v instanceof PySet)) {
            PySet r = new PySet();
            for (Object x : s) {
                r.add(toPy(x));
            }
            return r;
        }
        if (v instanceof Map<?, ?> m && !(v instanceof PyDict)) {
            PyDict r = new PyDict();
            m.forEach((k, x) -> r.put(toPy(k), toPy(x)));
            return r;
        }
        if (v instanceof Throwable t) {
            return toPy(t).value;
        }
        return v;
    }

    /** A script value as something a Java API can take (identity for most values). */
    public static Object toJavaValue(Object v) {
        return v == PyNone.NONE ? null : v;
    }

    /** The Mono that {@code await x} subscribes to. */
    public static Mono<?> awaitable(Object x) {
        if (x instanceof Mono<?> m) {
            return m;
        }
        if (x instanceof PyInstance inst) {
            Object aw = inst.type().lookup("__await__");
            if (aw != null) {
                Object it = Ops.call(aw, inst);
                if (it instanceof Mono<?> m) {
                    return m;
                }
            }
        }
        throw Exceptions.typeError("object " + Ops.typeName(x) + " can't be used in 'await' expression");
    }

    /** What {@code raise x} raises: an exception instance, or a class to instantiate. */
    public static PyException raiseable(Object x) {
        if (x instanceof PyBaseException e) {
            return new PyException(e);
        }
        if (x instanceof PyClass c && c.isException()) {
            Object inst = c.call(Ops.NO_ARGS, null);
            return new PyException((PyBaseException) inst);
        }
        throw Exceptions.typeError("exceptions must derive from BaseException");
    }

    static boolean isCollection(Object o) {
        return o instanceof Collection;
    }

    static boolean isBig(Object o) {
        return o instanceof BigInteger;
    }
}
