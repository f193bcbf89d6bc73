package dev.tauraro.script.modules.sqlite;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's failures as the DB-API exceptions of lib/sqlite3 (the classes are script classes, handed
 * over in a dict when a connection opens): the class chosen by the primary result code as the
 * C module chooses it, the message SQLite's own ({@code sqlite3_errmsg}, which the driver wraps in
 * "[CODE] description (message)"), and {@code sqlite_errorcode} / {@code sqlite_errorname} the
 * extended result code.
 */
final class SqliteErrors {
    private final PyDict classes;

    SqliteErrors(PyDict classes) {
        this.classes = classes;
    }

    /** A new instance of the named DB-API exception class with {@code message}. */
    PyException make(String className, String message) {
        if (className.equals("MemoryError")) {
            return Exceptions.newException(Exceptions.MEMORY_ERROR);
        }
        Object inst = Ops.call(classes.get(className), message);
        return ((PyBaseException) inst).toThrowable();
    }

    PyException of(SQLException e) {
        if (!(e instanceof SQLiteException se)) {
            String msg = e.getMessage();
            if (msg != null && msg.startsWith("path to ")) {
                return withCode("OperationalError", "unable to open database file", 14, "SQLITE_CANTOPEN");
            }
            return make("OperationalError", msg == null ? "database error" : msg);
        }
        SQLiteErrorCode code = se.getResultCode();
        int ext = code.code;
        String message = sqliteMessage(se.getMessage(), code);
        return withCode(className(ext & 0xff), message, ext, code.name());
    }

    /** SQLITE_TOOBIG, as CPython reports a user function's int result beyond 64 bits. */
    PyException tooBig() {
        return withCode("DataError", "string or blob too big", 18, "SQLITE_TOOBIG");
    }

    private PyException withCode(String className, String message, int code, String name) {
        PyException p = make(className, message);
        Ops.setAttr(p.value, "sqlite_errorcode", (long) code);
        Ops.setAttr(p.value, "sqlite_errorname", name);
        return p;
    }

    /** {@code sqlite3_errmsg}'s text out of the driver's "[NAME] description (text)". */
    static String sqliteMessage(String full, SQLiteErrorCode code) {
        if (full == null) {
            return code.message;
        }
        String prefix = "[" + code.name() + "] " + code.message + " (";
        if (full.startsWith(prefix) && full.endsWith(")")) {
            return full.substring(prefix.length(), full.length() - 1);
        }
        return full;
    }

    /** The exception class for a primary result code, as CPython's module maps them. */
    static String className(int primary) {
        return switch (primary) {
            case 2, 12 -> "InternalError"; // SQLITE_INTERNAL, SQLITE_NOTFOUND
            case 18 -> "DataError"; // SQLITE_TOOBIG
            case 19, 20 -> "IntegrityError"; // SQLITE_CONSTRAINT, SQLITE_MISMATCH
            case 21, 25 -> "InterfaceError"; // SQLITE_MISUSE, SQLITE_RANGE
            case 11, 26 -> "DatabaseError"; // SQLITE_CORRUPT, SQLITE_NOTADB
            case 7 -> "MemoryError";
            default -> "OperationalError";
        };
    }
}
