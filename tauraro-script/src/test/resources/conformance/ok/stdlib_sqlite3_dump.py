# sqlite3: Connection.iterdump (the database as SQL) and Connection.backup into memory and into a file
import os
import sqlite3
import tempfile

src = sqlite3.connect(":memory:")
src.executescript("""
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, v REAL, b BLOB, n);
CREATE INDEX ti ON t(name);
CREATE VIEW tv AS SELECT name FROM t;
CREATE TRIGGER tt AFTER INSERT ON t BEGIN SELECT 1; END;
""")
src.executescript('CREATE TABLE "odd ""name"" x" ("a b" TEXT); INSERT INTO "odd ""name"" x" VALUES (\'it\'\'s\');')
src.executemany("INSERT INTO t (name, v, b, n) VALUES (?, ?, ?, ?)",
                [("x", 1.5, b"\x00\xff", None), ("o'k", 1e100, b"", 7), ("z", -0.25, None, 2**40)])
src.commit()
src.row_factory = sqlite3.Row
lines = list(src.iterdump())
for line in lines:
    print(line)
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(lines))
print(copy.execute("SELECT * FROM t ORDER BY id").fetchall() == [tuple(r) for r in src.execute("SELECT * FROM t ORDER BY id")])

calls = []
mem = sqlite3.connect(":memory:")
src.backup(mem, progress=lambda status, remaining, total: calls.append((status, remaining, total > 0)))
print("memory backup", mem.execute("SELECT count(*), max(name) FROM t").fetchone(), calls)
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, "backup.db")
    target = sqlite3.connect(path)
    src.backup(target)
    print("file backup", target.execute("SELECT count(*) FROM t").fetchone(),
          sqlite3.connect(path).execute("SELECT name FROM t ORDER BY id").fetchall())
    back = sqlite3.connect(":memory:")
    target.backup(back)
    print("file to memory", back.execute('SELECT count(*) FROM "odd ""name"" x"').fetchone())
    for bad in [lambda: src.backup(1), lambda: src.backup(src), lambda: src.backup(mem, name="nope"),
                lambda: src.backup(mem, progress=5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    target.close()
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
print("cleaned", os.path.exists(tmp))
