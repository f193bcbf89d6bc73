# sqlite3: 3.11's implicit transactions (BEGIN before INSERT/UPDATE/DELETE/REPLACE), autocommit with
# isolation_level None, the context manager, executescript, files and read-only URIs
import os
import sqlite3
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "test.db")
try:
    con = sqlite3.connect(path)
    print("level", repr(con.isolation_level), con.in_transaction)
    con.execute("CREATE TABLE t (x)")
    print("after create", con.in_transaction)
    con.execute("INSERT INTO t VALUES (1)")
    print("after insert", con.in_transaction, con.total_changes)
    other = sqlite3.connect(path, timeout=0.1)
    print("other sees", other.execute("SELECT count(*) FROM t").fetchone())
    con.commit()
    print("after commit", con.in_transaction, other.execute("SELECT count(*) FROM t").fetchone())
    con.execute("UPDATE t SET x = 2")
    print("update", con.in_transaction)
    con.rollback()
    print("after rollback", con.in_transaction, con.execute("SELECT x FROM t").fetchall())
    con.execute("REPLACE INTO t VALUES (3)")
    print("replace", con.in_transaction)
    con.execute("DELETE FROM t WHERE x = 3")
    con.commit()
    con.execute("SELECT * FROM t").fetchall()
    print("select", con.in_transaction)
    # a writer holding the lock makes the other connection wait out its timeout
    con.execute("INSERT INTO t VALUES (4)")
    try:
        other.execute("INSERT INTO t VALUES (5)")
    except sqlite3.OperationalError as e:
        print("locked:", e, e.sqlite_errorname)
    con.commit()
    other.execute("INSERT INTO t VALUES (5)")
    other.commit()
    print(con.execute("SELECT x FROM t ORDER BY x").fetchall())

    # explicit BEGIN/COMMIT in SQL
    con.execute("BEGIN")
    print("explicit begin", con.in_transaction)
    con.execute("INSERT INTO t VALUES (6)")
    con.execute("COMMIT")
    print("explicit commit", con.in_transaction)
    con.execute("SAVEPOINT sp")
    print("savepoint", con.in_transaction)
    con.execute("INSERT INTO t VALUES (7)")
    con.execute("ROLLBACK TO sp")
    print("rollback to", con.in_transaction)
    con.execute("RELEASE sp")
    print("release", con.in_transaction)

    # the context manager commits or rolls back; it does not close
    with con:
        con.execute("INSERT INTO t VALUES (8)")
    print("with commit", con.in_transaction, con.execute("SELECT max(x) FROM t").fetchone())
    try:
        with con:
            con.execute("INSERT INTO t VALUES (9)")
            raise ValueError("boom")
    except ValueError as e:
        print("with rollback", e, con.in_transaction, con.execute("SELECT max(x) FROM t").fetchone())
    print("still open", con.execute("SELECT 1").fetchone())

    # isolation levels
    for level in ["DEFERRED", "immediate", "Exclusive", ""]:
        con.isolation_level = level
        con.execute("INSERT INTO t VALUES (10)")
        print(repr(level), repr(con.isolation_level), con.in_transaction)
        con.rollback()
    con.isolation_level = None
    con.execute("INSERT INTO t VALUES (11)")
    print("autocommit", con.in_transaction, other.execute("SELECT max(x) FROM t").fetchone())
    con.isolation_level = ""
    con.execute("INSERT INTO t VALUES (12)")
    con.isolation_level = None
    print("None commits pending", con.in_transaction, other.execute("SELECT max(x) FROM t").fetchone())
    auto = sqlite3.connect(path, isolation_level=None)
    print(repr(auto.isolation_level))
    auto.close()

    # executescript commits first, runs every statement
    con.isolation_level = ""
    con.execute("INSERT INTO t VALUES (13)")
    cur = con.executescript("""
        CREATE TABLE s (a, b);  -- a comment; with a semicolon
        INSERT INTO s VALUES (1, 'x;y');
        INSERT INTO s VALUES (2, "q");
        /* block ; comment */
        SELECT * FROM s;
    """)
    print("script", type(cur).__name__, con.in_transaction, con.execute("SELECT * FROM s").fetchall())
    try:
        con.executescript("INSERT INTO s VALUES (3, 3); INSERT INTO nope VALUES (1); INSERT INTO s VALUES (4, 4);")
    except sqlite3.OperationalError as e:
        print("script error:", e)
    print(con.execute("SELECT a FROM s").fetchall())
    print("total_changes", con.total_changes)
    con.commit()

    # pending rows of a cursor survive commit and rollback
    cur = con.execute("SELECT x FROM t ORDER BY x")
    print(cur.fetchone())
    con.execute("INSERT INTO t VALUES (14)")
    con.commit()
    print(cur.fetchone())

    # read-only through a URI; uri=False takes "file:" as a name
    ro = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    print("ro read", ro.execute("SELECT count(*) FROM s").fetchone())
    try:
        ro.execute("INSERT INTO s VALUES (5, 5)")
    except sqlite3.OperationalError as e:
        print("ro write:", e, e.sqlite_errorcode, e.sqlite_errorname)
    ro.close()
    try:
        sqlite3.connect("file:" + os.path.join(tmp, "missing.db") + "?mode=ro", uri=True)
    except sqlite3.OperationalError as e:
        print("ro missing:", e, e.sqlite_errorname)
    mem = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
    mem.execute("CREATE TABLE m (v)")
    mem.execute("INSERT INTO m VALUES (1)")
    mem.commit()
    mem2 = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
    print("shared memory", mem2.execute("SELECT v FROM m").fetchall())
    mem2.close()
    mem.close()
    import pathlib
    p2 = sqlite3.connect(pathlib.Path(tmp) / "other.db")
    p2.execute("CREATE TABLE z (a)")
    p2.close()
    print("pathlike", sorted(os.listdir(tmp)))
    other.close()
    con.close()
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
print("cleaned", os.path.exists(tmp))
