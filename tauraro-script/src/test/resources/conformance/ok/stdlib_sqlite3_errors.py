# sqlite3: the DB-API exception hierarchy and SQLite's messages as CPython reports them
import sqlite3
import threading

print([c.__name__ for c in sqlite3.Error.__mro__])
con = sqlite3.connect(":memory:")
for name in ["Warning", "InterfaceError", "DatabaseError", "DataError", "OperationalError", "IntegrityError",
             "InternalError", "ProgrammingError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, cls.__bases__[0].__name__, getattr(con, name) is cls)

con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x NOT NULL, u UNIQUE, c CHECK (c > 0))")
con.execute("CREATE TABLE child (pid REFERENCES t(id))")
con.execute("INSERT INTO t VALUES (1, 1, 1, 1)")


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__module__ + "." + type(e).__name__ + ":", e,
              getattr(e, "sqlite_errorcode", "-"), getattr(e, "sqlite_errorname", "-"))


attempt("no table", lambda: con.execute("SELECT * FROM nope"))
attempt("syntax", lambda: con.execute("SELEC 1"))
attempt("syntax tail", lambda: con.execute("SELECT 1 FROM"))
attempt("no column", lambda: con.execute("SELECT nope FROM t"))
attempt("no function", lambda: con.execute("SELECT nope(1)"))
attempt("primary key", lambda: con.execute("INSERT INTO t VALUES (1, 2, 2, 2)"))
attempt("not null", lambda: con.execute("INSERT INTO t VALUES (2, NULL, 2, 2)"))
attempt("unique", lambda: con.execute("INSERT INTO t VALUES (2, 2, 1, 2)"))
attempt("check", lambda: con.execute("INSERT INTO t VALUES (2, 2, 2, -1)"))
con.execute("PRAGMA foreign_keys = ON")
attempt("foreign key", lambda: con.execute("INSERT INTO child VALUES (99)"))
attempt("table exists", lambda: con.execute("CREATE TABLE t (a)"))
attempt("two statements", lambda: con.execute("SELECT 1; SELECT 2"))
attempt("two statements empty second", lambda: con.execute("SELECT 2;;"))
attempt("two statements bad first", lambda: con.execute("SELEC 1; SELECT 2"))
attempt("too few", lambda: con.execute("SELECT ?, ?", (1,)))
attempt("too many", lambda: con.execute("SELECT ?", (1, 2)))
attempt("none for one", lambda: con.execute("SELECT ?"))
attempt("missing name", lambda: con.execute("SELECT :a, :b", {"a": 1}))
attempt("nameless with dict", lambda: con.execute("SELECT ?", {"a": 1}))
attempt("unsupported params", lambda: con.execute("SELECT ?", 42))
attempt("unsupported type", lambda: con.execute("SELECT ?", ([1],)))
attempt("unsupported type 2", lambda: con.execute("SELECT ?, ?", (1, {})))
attempt("too big", lambda: con.execute("SELECT ?", (2**63,)))
attempt("too small", lambda: con.execute("SELECT ?", (-2**63 - 1,)))
attempt("sql not str", lambda: con.execute(1))
attempt("script not str", lambda: con.executescript(b"SELECT 1"))
attempt("many not dml", lambda: con.executemany("SELECT ?", [(1,)]))
attempt("many not iterable", lambda: con.executemany("INSERT INTO t(x) VALUES (?)", 5))
attempt("execute arity", lambda: con.cursor().execute("SELECT 1", (), 3))
attempt("isolation value", lambda: setattr(con, "isolation_level", "NOPE"))
attempt("isolation type", lambda: setattr(con, "isolation_level", 1))
attempt("connect isolation", lambda: sqlite3.connect(":memory:", isolation_level="later"))
attempt("open dir", lambda: sqlite3.connect("/nonexistent-dir-xyz/db.sqlite"))
attempt("row arg", lambda: sqlite3.Row(1, ()))
attempt("collation arg", lambda: con.create_collation("c", 5))
attempt("division by zero in SQL", lambda: con.execute("SELECT 1/0").fetchone())
attempt("interface error raised", lambda: (_ for _ in ()).throw(sqlite3.InterfaceError("x")))
e = sqlite3.OperationalError("made by hand")
print(hasattr(e, "sqlite_errorcode"), isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.Error))

cur = con.cursor()
cur.close()
attempt("closed cursor execute", lambda: cur.execute("SELECT 1"))
attempt("closed cursor fetchone", lambda: cur.fetchone())
attempt("closed cursor fetchall", lambda: cur.fetchall())
attempt("closed cursor next", lambda: next(cur))

out = []


def other_thread():
    try:
        con.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        text = str(e)
        out.append(text.startswith("SQLite objects created in a thread can only be used in that same thread. "
                                   "The object was created in thread id "))
        out.append("and this is thread id" in text)


t = threading.Thread(target=other_thread)
t.start()
t.join()
print("check_same_thread", out)
shared = sqlite3.connect(":memory:", check_same_thread=False)
res = []
t = threading.Thread(target=lambda: res.append(shared.execute("SELECT 41 + 1").fetchone()))
t.start()
t.join()
print("check_same_thread=False", res)
shared.close()

open_cur = con.execute("SELECT 1")
con.close()
attempt("closed execute", lambda: con.execute("SELECT 1"))
attempt("closed cursor()", lambda: con.cursor())
attempt("closed commit", lambda: con.commit())
attempt("closed rollback", lambda: con.rollback())
attempt("closed total_changes", lambda: con.total_changes)
attempt("closed in_transaction", lambda: con.in_transaction)
attempt("closed create_function", lambda: con.create_function("f", 1, abs))
attempt("closed fetch", lambda: open_cur.fetchall())
attempt("close again", lambda: con.close())
