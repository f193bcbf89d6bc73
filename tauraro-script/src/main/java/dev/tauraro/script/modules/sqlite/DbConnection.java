package dev.tauraro.script.modules.sqlite;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.NativeValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * One open SQLite database for lib/sqlite3's {@code Connection}: statements, the change counters,
 * transaction state and the user functions, over the xerial driver's connection.
 *
 * <p>The driver stays in JDBC auto-commit mode, where it leaves transactions to the SQL it runs
 * (after a statement it tries BEGIN and, when that succeeds because none was open, COMMIT at
 * once): lib/sqlite3 issues BEGIN, COMMIT and ROLLBACK itself as CPython's module does. Whether a
 * transaction is open (the C API's {@code sqlite3_get_autocommit}, which the driver does not
 * expose) is followed here: a BEGIN or SAVEPOINT that ran opens one, and SQLite's commit and
 * rollback hooks, which see every end of a transaction (explicit or automatic), close it.
 *
 * <p>Concurrency: each call into the database holds {@link #lock}, taken with the script GIL
 * released when another thread has it, and a statement's steps run with the GIL released
 * (a query can wait on a lock for {@code timeout} seconds). User functions called back from
 * inside a step take the GIL again ({@link Callbacks}).
 */
final class DbConnection implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("connection", "_sqlite3", null, Map.of());

    final Interpreter interp;
    final SQLiteConnection conn;
    final DB db;
    final SqliteErrors errors;
    final ReentrantLock lock = new ReentrantLock();
    private volatile boolean inTransaction;
    /**
     * Set by a user function whose result was an int beyond 64 bits: the step's failure is then
     * CPython's DataError (SQLITE_TOOBIG), which the driver's Function cannot report itself.
     */
    volatile boolean resultTooBig;
    private PreparedStatement lastRowid;
    private boolean closed;

    /** The database file, for a backup into it; null for an in-memory database. */
    final String file;

    DbConnection(Interpreter interp, SQLiteConnection conn, SqliteErrors errors, String file) {
        this.interp = interp;
        this.file = file;
        this.conn = conn;
        this.db = conn.getDatabase();
        this.errors = errors;
        conn.addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                inTransaction = false;
            }

            @Override
            public void onRollback() {
                inTransaction = false;
            }
        });
    }

    /** A database call: under {@link #lock}, SQLite's failures raised as the DB-API exceptions. */
    interface Call<T> {
        T run() throws SQLException;
    }

    <T> T call(Call<T> c) {
        if (!lock.tryLock()) {
            interp.releasingGil(() -> {
                lock.lock();
                return null;
            });
        }
        try {
            return c.run();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private PyException failure(SQLException e) {
        if (resultTooBig) {
            resultTooBig = false;
            return errors.tooBig();
        }
        return errors.of(e);
    }

    /** As {@link #call} with the GIL released meanwhile: a step that may wait or run long. */
    <T> T blocking(Call<T> c) {
        Supplier<T> s = () -> {
            lock.lock();
            try {
                return c.run();
            } catch (SQLException e) {
                return rethrow(e);
            } finally {
                lock.unlock();
            }
        };
        try {
            return interp.releasingGil(s);
        } catch (Wrapped w) {
            throw failure(w.cause);
        }
    }

    private static <T> T rethrow(SQLException e) {
        throw new Wrapped(e);
    }

    /** An SQLException carried out of a Supplier (made into a Python exception with the GIL held). */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SQLException cause;

        Wrapped(SQLException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    void noteStatementRan(String keyword) {
        if (keyword.equals("BEGIN") || keyword.equals("SAVEPOINT")) {
            inTransaction = true;
        } else if (keyword.equals("COMMIT") || keyword.equals("END")) {
            inTransaction = false;
        }
    }

    boolean inTransaction() {
        return inTransaction;
    }

    long lastInsertRowid() {
        return call(() -> {
            if (lastRowid == null) {
                lastRowid = conn.prepareStatement("SELECT last_insert_rowid()");
            }
            try (ResultSet rs = lastRowid.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    void close() {
        call(() -> {
            if (!closed) {
                closed = true;
                if (lastRowid != null) {
                    lastRowid.close();
                }
                conn.close();
            }
            return null;
        });
    }

    /**
     * Runs statements without parameters, each to its end (BEGIN, COMMIT, ROLLBACK, and
     * {@code executescript}'s scripts): the ones before a failing statement have run.
     */
    void exec(String sql) {
        String rest = sql;
        while (!SqlText.onlyTrivia(rest, 0)) {
            int end = SqlText.firstStatementEnd(rest);
            DbStatement st = DbStatement.prepare(this, rest.substring(0, end));
            rest = rest.substring(end);
            if (st == null) {
                continue;
            }
            try {
                while (st.step(null, null) != PyNone.NONE) {
                    // rows of a SELECT in a script are dropped, as sqlite3_exec without a callback does
                }
            } finally {
                st.close();
            }
        }
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "prepare" -> new BuiltinFunction("prepare", (a, k) -> {
                DbStatement st = DbStatement.prepare(this, Ops.str(a[0]));
                return st == null ? PyNone.NONE : st;
            });
            case "exec" -> new BuiltinFunction("exec", (a, k) -> {
                exec(Ops.str(a[0]));
                return PyNone.NONE;
            });
            case "changes" -> new BuiltinFunction("changes", (a, k) -> call(db::changes));
            case "total_changes" -> new BuiltinFunction("total_changes", (a, k) -> call(db::total_changes));
            case "last_insert_rowid" -> new BuiltinFunction("last_insert_rowid", (a, k) -> lastInsertRowid());
            case "in_transaction" -> new BuiltinFunction("in_transaction", (a, k) -> inTransaction);
            case "close" -> new BuiltinFunction("close", (a, k) -> {
                close();
                return PyNone.NONE;
            });
            case "interrupt" -> new BuiltinFunction("interrupt", (a, k) -> {
                try {
                    db.interrupt(); // from any thread, without the lock: it stops a running step
                } catch (SQLException e) {
                    throw errors.of(e);
                }
                return PyNone.NONE;
            });
            case "create_function" -> new BuiltinFunction("create_function", (a, k) -> {
                Callbacks.createFunction(this, Ops.str(a[0]), (int) Ops.index(a[1]), a[2], Ops.truthy(a[3]));
                return PyNone.NONE;
            });
            case "create_aggregate" -> new BuiltinFunction("create_aggregate", (a, k) -> {
                Callbacks.createAggregate(this, Ops.str(a[0]), (int) Ops.index(a[1]), a[2]);
                return PyNone.NONE;
            });
            case "create_collation" -> new BuiltinFunction("create_collation", (a, k) -> {
                Callbacks.createCollation(this, Ops.str(a[0]), a[1]);
                return PyNone.NONE;
            });
            case "backup" -> new BuiltinFunction("backup", (a, k) -> {
                backup((DbConnection) a[0], Ops.str(a[1]));
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    /**
     * Copies database {@code name} (main, temp or an attached one) into {@code target}'s main
     * database, whole: into a file with SQLite's online backup (the driver's, which opens the
     * file itself), into an in-memory database by serializing it there.
     */
    void backup(DbConnection target, String name) {
        if (target.file != null) {
            blocking(() -> db.backup(name, target.file, null));
        } else {
            byte[] image = blocking(() -> conn.serialize(name));
            target.blocking(() -> {
                target.conn.deserialize("main", image);
                return null;
            });
        }
    }

    PyException programmingError(String msg) {
        return errors.make("ProgrammingError", msg);
    }
}
