package dev.tauraro.script.modules.sqlite;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyByteArray;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyMemoryView;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * One prepared statement for lib/sqlite3's cursors: bound, then stepped row by row, then reset to
 * run again with other parameters ({@code executemany}).
 *
 * <p>The driver binds only through JDBC's setters, which it applies when the statement executes;
 * so the first step of each run is the driver's {@code execute()}, and the next ones step the
 * statement itself ({@link DB#step}) and read each value with its own storage class
 * ({@code column_type}): SQLite's dynamic types reach the script as CPython gives them, not
 * as JDBC's per-column types would.
 */
final class DbStatement implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("statement", "_sqlite3", null, Map.of());
    private static final int SQLITE_INTEGER = 1;
    private static final int SQLITE_FLOAT = 2;
    private static final int SQLITE_TEXT = 3;
    private static final int SQLITE_BLOB = 4;
    private static final int SQLITE_ROW = 100;
    private static final int SQLITE_DONE = 101;

    private final DbConnection owner;
    private final RowStatement ps;
    private final String keyword;
    private final List<String> parameters;
    /** 0: bound, not yet run; 1: a row is current; 2: done. */
    private int state;
    private boolean closed;

    private DbStatement(DbConnection owner, RowStatement ps, String sql) {
        this.owner = owner;
        this.ps = ps;
        this.keyword = SqlText.leadingKeyword(sql);
        this.parameters = SqlText.parameterNames(sql);
    }

    /** The statement of {@code sql}, or null when it holds none (only white space and comments). */
    static DbStatement prepare(DbConnection owner, String sql) {
        if (SqlText.onlyTrivia(sql, 0)) {
            return null;
        }
        int end = SqlText.firstStatementEnd(sql);
        String first = sql.substring(0, end);
        if (first.endsWith(";") && SqlText.onlyTrivia(first.substring(0, end - 1), 0)) {
            return null; // an empty statement: a ';' alone
        }
        RowStatement ps = owner.blocking(() -> new RowStatement(owner.conn, first));
        if (!SqlText.onlyTrivia(sql, end)) {
            owner.call(() -> {
                ps.close();
                return null;
            });
            throw owner.programmingError("You can only execute one statement at a time.");
        }
        return new DbStatement(owner, ps, first);
    }

    private long pointer() throws SQLException {
        return ((CoreStatement) ps).pointer.safeRunLong((db, ptr) -> ptr);
    }

    /** Binds {@code values} to parameters 1..n (values already adapted to SQLite's types). */
    void bind(List<?> values) {
        owner.call(() -> {
            ps.clearParameters();
            for (int i = 0; i < values.size(); i++) {
                bindOne(i + 1, values.get(i));
            }
            state = 0;
            return null;
        });
    }

    private void bindOne(int index, Object v) throws SQLException {
        if (v == PyNone.NONE) {
            ps.setObject(index, null);
        } else if (v instanceof Boolean b) {
            ps.setLong(index, b ? 1 : 0);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else if (v instanceof Double d) {
            ps.setDouble(index, d);
        } else if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof PyBytes b) {
            ps.setBytes(index, b.bytes());
        } else if (v instanceof PyByteArray b) {
            ps.setBytes(index, b.toArray());
        } else if (v instanceof PyMemoryView m) {
            ps.setBytes(index, m.toBytes());
        } else if (v instanceof BigInteger || Ops.isInt(v)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to SQLite INTEGER");
        } else {
            throw owner.programmingError("Error binding parameter " + index + ": type '" + Ops.typeName(v)
                    + "' is not supported");
        }
    }

    /**
     * The next row as a tuple, or None when the statement is done. TEXT goes through
     * {@code textFactory} (null: str); a column with a converter in {@code converters} gives the
     * value's bytes (NULL stays None), for the converter that lib/sqlite3 calls at fetch time.
     */
    Object step(Object textFactory, List<?> converters) {
        if (state == 2) {
            return PyNone.NONE;
        }
        boolean row;
        if (state == 0) {
            row = owner.blocking(ps::executeToRow);
        } else {
            row = owner.blocking(() -> {
                int rc = ((CoreStatement) ps).pointer.safeRunInt((db, ptr) -> db.step(ptr));
                if (rc == SQLITE_ROW) {
                    return true;
                }
                ((CoreStatement) ps).pointer.safeRunInt((db, ptr) -> db.reset(ptr));
                if (rc != SQLITE_DONE) {
                    owner.db.throwex(rc);
                }
                return false;
            });
        }
        if (!row) {
            state = 2;
            owner.noteStatementRan(keyword);
            return PyNone.NONE;
        }
        state = 1;
        return owner.call(() -> readRow(textFactory, converters));
    }

    private PyTuple readRow(Object textFactory, List<?> converters) throws SQLException {
        DB db = owner.db;
        long ptr = pointer();
        int n = db.column_count(ptr);
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
            int type = db.column_type(ptr, i);
            Object conv = converters == null || i >= converters.size() ? PyNone.NONE : converters.get(i);
            if (conv != PyNone.NONE && type != 5) {
                row[i] = new PyBytes(blob(db, ptr, i)); // lib/sqlite3 converts it when the row is fetched
                continue;
            }
            row[i] = switch (type) {
                case SQLITE_INTEGER -> db.column_long(ptr, i);
                case SQLITE_FLOAT -> db.column_double(ptr, i);
                case SQLITE_TEXT -> textFactory == null || textFactory == PyNone.NONE ? db.column_text(ptr, i)
                        : Ops.call(textFactory, new PyBytes(blob(db, ptr, i)));
                case SQLITE_BLOB -> new PyBytes(blob(db, ptr, i));
                default -> PyNone.NONE;
            };
        }
        return new PyTuple(row);
    }

    /** The value's bytes ({@code sqlite3_column_blob}: a number as its text). */
    private static byte[] blob(DB db, long ptr, int i) throws SQLException {
        byte[] b = db.column_blob(ptr, i);
        return b == null ? new byte[0] : b;
    }

    private PyTuple columnInfo(boolean declared) {
        return owner.call(() -> {
            DB db = owner.db;
            long ptr = pointer();
            int n = db.column_count(ptr);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                String s = declared ? db.column_decltype(ptr, i) : db.column_name(ptr, i);
                out[i] = s == null ? PyNone.NONE : s;
            }
            return new PyTuple(out);
        });
    }

    /** Ends the current run early, releasing SQLite's locks (as after the last row). */
    void reset() {
        owner.call(() -> {
            if (!closed) {
                ((CoreStatement) ps).pointer.safeRunInt((db, ptr) -> db.reset(ptr));
            }
            state = 2;
            return null;
        });
    }

    void close() {
        owner.call(() -> {
            if (!closed) {
                closed = true;
                ps.close();
            }
            return null;
        });
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "bind" -> new BuiltinFunction("bind", (a, k) -> {
                bind((List<?>) a[0]);
                return PyNone.NONE;
            });
            case "step" -> new BuiltinFunction("step", (a, k) ->
                    step(a.length > 0 ? a[0] : null, a.length > 1 && a[1] != PyNone.NONE ? (List<?>) a[1] : null));
            case "columns" -> new BuiltinFunction("columns", (a, k) -> columnInfo(false));
            case "decltypes" -> new BuiltinFunction("decltypes", (a, k) -> columnInfo(true));
            case "reset" -> new BuiltinFunction("reset", (a, k) -> {
                reset();
                return PyNone.NONE;
            });
            case "close" -> new BuiltinFunction("close", (a, k) -> {
                close();
                return PyNone.NONE;
            });
            case "keyword" -> keyword;
            case "parameters" -> {
                PyList l = new PyList();
                for (String p : parameters) {
                    l.add(p == null ? PyNone.NONE : p);
                }
                yield l;
            }
            default -> null;
        };
    }
}
