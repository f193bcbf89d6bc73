package dev.tauraro.script.modules.sqlite;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyModule;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * {@code _sqlite3}: SQLite itself through the xerial driver (its bundled native library, unpacked
 * into {@code java.io.tmpdir} on first use), at the level of the C API's handles: connections
 * ({@link DbConnection}) and statements ({@link DbStatement}). The DB-API module, {@code sqlite3},
 * is lib/sqlite3 over it: transactions, cursors, rows, adapters and converters are script code.
 * Nothing of the driver loads before a script imports sqlite3.
 */
public final class SqliteModule {
    private SqliteModule() {
    }

    public static PyModule create(Interpreter interp) {
        NativeLibrary.prepare();
        PyModule m = new PyModule("_sqlite3", interp);
        // connect(database, uri, timeout, errors): errors maps the DB-API class names to the classes
        m.set("connect", new BuiltinFunction("connect", (a, k) -> {
            String database = Ops.str(a[0]);
            boolean uri = Ops.truthy(a[1]);
            double timeout = Ops.toDouble(a[2]);
            SqliteErrors errors = new SqliteErrors((PyDict) a[3]);
            return open(interp, database, uri, timeout, errors);
        }));
        m.set("complete_statement", new BuiltinFunction("complete_statement",
                (a, k) -> SqlText.complete(Ops.str(a[0]))));
        m.set("sqlite_version", new BuiltinFunction("sqlite_version", (a, k) -> libraryVersion()));
        return m;
    }

    static DbConnection open(Interpreter interp, String database, boolean uri, double timeout, SqliteErrors errors) {
        SQLiteConfig config = new SQLiteConfig();
        config.setGetGeneratedKeys(false); // lastrowid is asked for when wanted, not after each INSERT
        config.setBusyTimeout((int) Math.max(0, Math.min(Integer.MAX_VALUE, timeout * 1000)));
        if (uri) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        } else {
            config.resetOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        try {
            SQLiteConnection c = interp.releasingGil(() -> {
                try {
                    return new JDBC4Connection("jdbc:sqlite:" + database, database, config.toProperties());
                } catch (SQLException e) {
                    throw new OpenFailed(e);
                }
            });
            return new DbConnection(interp, c, errors, fileOf(database, uri));
        } catch (OpenFailed e) {
            throw errors.of(e.failure);
        }
    }

    /** The file a database name or URI opens, or null for an in-memory database. */
    static String fileOf(String database, boolean uri) {
        if (!uri || !database.startsWith("file:")) {
            return database.isEmpty() || database.equals(":memory:") ? null : database;
        }
        String path = database.substring(5);
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String query = end < path.length() ? path.substring(end) : "";
        path = path.substring(0, end);
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "" : path.substring(slash); // the authority: empty or localhost
        }
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (path.isEmpty() || path.equals(":memory:") || query.contains("mode=memory")) {
            return null;
        }
        return path;
    }

    /** The SQLite library's version ({@code sqlite3_libversion}), read from a transient in-memory database. */
    static String libraryVersion() {
        try (SQLiteConnection c = new JDBC4Connection("jdbc:sqlite::memory:", ":memory:", new SQLiteConfig().toProperties())) {
            return c.libversion();
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite did not start: " + e.getMessage(), e);
        }
    }

    private static final class OpenFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SQLException failure;

        OpenFailed(SQLException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
