package dev.tauraro.script.modules.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * The driver's prepared statement, telling whether its execution stopped on a row: its
 * {@code execute()} answers whether the statement has columns, which for a query with no rows
 * is true too, while the first step's outcome is in a field only a subclass reads.
 */
final class RowStatement extends JDBC4PreparedStatement {
    RowStatement(SQLiteConnection conn, String sql) throws SQLException {
        super(conn, sql);
    }

    /** Runs the bound statement to its first row; false when it finished without one. */
    boolean executeToRow() throws SQLException {
        execute();
        return resultsWaiting;
    }
}
