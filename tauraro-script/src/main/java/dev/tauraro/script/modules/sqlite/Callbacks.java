package dev.tauraro.script.modules.sqlite;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Gil;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyByteArray;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyMemoryView;
import dev.tauraro.script.runtime.PyNone;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sqlite.Collation;
import org.sqlite.Function;

/**
 * Script callables as SQLite functions, aggregates and collations. SQLite calls them from inside a
 * step, which runs with the script GIL released ({@link DbConnection#blocking}), on the stepping
 * thread: each call takes the GIL for its duration. A script exception becomes the error SQLite
 * reports for the statement, with CPython's messages ("user-defined function raised exception").
 */
final class Callbacks {
    private static final int SQLITE_INTEGER = 1;
    private static final int SQLITE_FLOAT = 2;
    private static final int SQLITE_TEXT = 3;
    private static final int SQLITE_BLOB = 4;

    private Callbacks() {
    }

    static void createFunction(DbConnection c, String name, int nargs, Object fn, boolean deterministic) {
        c.call(() -> {
            // None too: calling it fails each call, as CPython 3.11 registers it
            Function.create(c.conn, name, new ScriptFunction(c, fn), nargs,
                    deterministic ? Function.FLAG_DETERMINISTIC : 0);
            return null;
        });
    }

    static void createAggregate(DbConnection c, String name, int nargs, Object cls) {
        c.call(() -> {
            Function.create(c.conn, name, new ScriptAggregate(c, cls), nargs);
            return null;
        });
    }

    static void createCollation(DbConnection c, String name, Object fn) {
        c.call(() -> {
            if (fn == PyNone.NONE) {
                Collation.destroy(c.conn, name);
            } else {
                Collation.create(c.conn, name, new ScriptCollation(c.interp, fn));
            }
            return null;
        });
    }

    /** Runs {@code body} holding the GIL (taken if this thread does not hold it). */
    static <T> T withGil(Interpreter interp, Supplier<T> body) {
        Gil g = interp.gil();
        boolean take = g != null && !g.isHeldByCurrentThread();
        if (take) {
            g.lock();
        }
        try {
            return body.get();
        } finally {
            if (take) {
                g.unlock();
            }
        }
    }

    /**
     * The protected accessors of {@link Function} that both kinds of callback reach through their
     * own subclass (a scalar function must extend Function, an aggregate Function.Aggregate).
     */
    interface Access {
        int argCount() throws SQLException;

        int type(int i) throws SQLException;

        long integer(int i) throws SQLException;

        double real(int i) throws SQLException;

        String text(int i) throws SQLException;

        byte[] blob(int i) throws SQLException;

        void none() throws SQLException;

        void integer(long v) throws SQLException;

        void real(double v) throws SQLException;

        void text(String v) throws SQLException;

        void blob(byte[] v) throws SQLException;

        void fail(String message) throws SQLException;
    }

    /** The current call's arguments as script values. */
    static Object[] arguments(Access f) throws SQLException {
        Object[] a = new Object[f.argCount()];
        for (int i = 0; i < a.length; i++) {
            a[i] = switch (f.type(i)) {
                case SQLITE_INTEGER -> f.integer(i);
                case SQLITE_FLOAT -> f.real(i);
                case SQLITE_TEXT -> f.text(i);
                case SQLITE_BLOB -> {
                    byte[] b = f.blob(i);
                    yield new PyBytes(b == null ? new byte[0] : b);
                }
                default -> PyNone.NONE;
            };
        }
        return a;
    }

    /**
     * Sets the call's result; false when the value has no SQLite type (CPython reports it as
     * raised). An int beyond 64 bits fails the call as too big, CPython's DataError.
     */
    static boolean setResult(DbConnection c, Access f, Object r) throws SQLException {
        if (r instanceof java.math.BigInteger) {
            c.resultTooBig = true;
            f.fail("string or blob too big");
            return true;
        }
        if (r == PyNone.NONE) {
            f.none();
        } else if (r instanceof Boolean b) {
            f.integer(b ? 1L : 0L);
        } else if (r instanceof Long l) {
            f.integer(l);
        } else if (r instanceof Double d) {
            f.real(d);
        } else if (r instanceof String s) {
            f.text(s);
        } else if (r instanceof PyBytes b) {
            f.blob(b.bytes());
        } else if (r instanceof PyByteArray b) {
            f.blob(b.toArray());
        } else if (r instanceof PyMemoryView m) {
            f.blob(m.toBytes());
        } else {
            return false;
        }
        return true;
    }

    interface Step {
        boolean run() throws SQLException;
    }

    /** Runs the script part holding the GIL; its exception (or an unusable result) fails the call with {@code message}. */
    static void guarded(Interpreter interp, Access f, String message, Step body) throws SQLException {
        String failed = withGil(interp, () -> {
            try {
                return body.run() ? null : message;
            } catch (PyException e) {
                // an aggregate whose method is missing (or reads a missing attribute) is "not defined"
                boolean missing = e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR);
                return missing && message.endsWith(" method raised error")
                        ? message.replace(" raised error", " not defined") : message;
            } catch (SQLException e) {
                return message;
            }
        });
        if (failed != null) {
            f.fail(failed);
        }
    }

    /** {@code create_function}: a scalar function. */
    static final class ScriptFunction extends Function implements Access {
        private final DbConnection conn;
        private final Object fn;

        ScriptFunction(DbConnection conn, Object fn) {
            this.conn = conn;
            this.fn = fn;
        }

        @Override
        protected void xFunc() throws SQLException {
            guarded(conn.interp, this, "user-defined function raised exception",
                    () -> setResult(conn, this, Ops.callKw(fn, arguments(this), null)));
        }

        // Access over Function's protected accessors
        @Override public int argCount() throws SQLException { return args(); }
        @Override public int type(int i) throws SQLException { return value_type(i); }
        @Override public long integer(int i) throws SQLException { return value_long(i); }
        @Override public double real(int i) throws SQLException { return value_double(i); }
        @Override public String text(int i) throws SQLException { return value_text(i); }
        @Override public byte[] blob(int i) throws SQLException { return value_blob(i); }
        @Override public void none() throws SQLException { result(); }
        @Override public void integer(long v) throws SQLException { result(v); }
        @Override public void real(double v) throws SQLException { result(v); }
        @Override public void text(String v) throws SQLException { result(v); }
        @Override public void blob(byte[] v) throws SQLException { result(v); }
        @Override public void fail(String message) throws SQLException { error(message); }
    }

    /**
     * {@code create_aggregate}: SQLite clones this object for each group (the driver's
     * {@code Aggregate} contract); the clone makes its script instance on the first row, or at the
     * end for an empty group, as CPython does.
     */
    static final class ScriptAggregate extends Function.Aggregate implements Access {
        private final DbConnection conn;
        private final Object cls;
        private Object instance;

        ScriptAggregate(DbConnection conn, Object cls) {
            this.conn = conn;
            this.cls = cls;
        }

        /** The group's instance, made on first use; false when the class's constructor raised. */
        private boolean ensureInstance() throws SQLException {
            boolean made = withGil(conn.interp, () -> {
                if (instance == null) {
                    try {
                        instance = Ops.call(cls);
                    } catch (PyException e) {
                        return false;
                    }
                }
                return true;
            });
            if (!made) {
                error("user-defined aggregate's '__init__' method raised error");
            }
            return made;
        }

        @Override
        protected void xStep() throws SQLException {
            if (ensureInstance()) {
                guarded(conn.interp, this, "user-defined aggregate's 'step' method raised error", () -> {
                    Ops.callKw(Ops.getAttr(instance, "step"), arguments(this), null);
                    return true;
                });
            }
        }

        @Override
        protected void xFinal() throws SQLException {
            if (ensureInstance()) {
                guarded(conn.interp, this, "user-defined aggregate's 'finalize' method raised error",
                        () -> setResult(conn, this, Ops.call(Ops.getAttr(instance, "finalize"))));
            }
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            ScriptAggregate c = (ScriptAggregate) super.clone();
            c.instance = null;
            return c;
        }

        // Access over Function's protected accessors
        @Override public int argCount() throws SQLException { return args(); }
        @Override public int type(int i) throws SQLException { return value_type(i); }
        @Override public long integer(int i) throws SQLException { return value_long(i); }
        @Override public double real(int i) throws SQLException { return value_double(i); }
        @Override public String text(int i) throws SQLException { return value_text(i); }
        @Override public byte[] blob(int i) throws SQLException { return value_blob(i); }
        @Override public void none() throws SQLException { result(); }
        @Override public void integer(long v) throws SQLException { result(v); }
        @Override public void real(double v) throws SQLException { result(v); }
        @Override public void text(String v) throws SQLException { result(v); }
        @Override public void blob(byte[] v) throws SQLException { result(v); }
        @Override public void fail(String message) throws SQLException { error(message); }
    }

    /** {@code create_collation}: the callable's result's sign orders the two strings. */
    static final class ScriptCollation extends Collation {
        private final Interpreter interp;
        private final Object fn;

        ScriptCollation(Interpreter interp, Object fn) {
            this.interp = interp;
            this.fn = fn;
        }

        @Override
        protected int xCompare(String a, String b) {
            return withGil(interp, () -> {
                try {
                    Object r = Ops.call(fn, a, b);
                    if (r instanceof Long l) {
                        return Long.signum(l);
                    }
                    return r instanceof java.math.BigInteger big ? big.signum() : 0;
                } catch (PyException e) {
                    return 0;
                }
            });
        }
    }
}
