# sqlite3: connect, execute with ? and :name parameters, fetching, description, rowcount, lastrowid,
# SQLite's dynamic types both ways
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(type(con).__name__, type(cur).__name__, cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid)
cur.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL, data BLOB, qty)")
print("create", cur.rowcount, cur.description)
cur.execute("INSERT INTO items (name, price, data, qty) VALUES (?, ?, ?, ?)", ("apple", 1.25, b"\x00\x01", 3))
print("insert", cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO items (name, price, data, qty) VALUES (:n, :p, :d, :q)",
            {"n": "pear", "p": 2.5, "d": bytearray(b"ab"), "q": None})
print("insert named", cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO items (name, price, data, qty) VALUES (?, ?, ?, ?)",
                [("fig", 0.5, memoryview(b"xyz"), 10), ("kiwi", 3, None, "many")])
print("executemany", cur.rowcount, cur.lastrowid)


def gen():
    for i in range(3):
        yield ("gen%d" % i, i * 1.5, None, i)


cur.executemany("INSERT INTO items (name, price, data, qty) VALUES (?, ?, ?, ?)", gen())
print("executemany generator", cur.rowcount)
cur.executemany("INSERT INTO items (name) VALUES (?)", iter([]))
print("executemany empty", cur.rowcount)
cur.execute("SELECT id, name, price, data, qty FROM items ORDER BY id")
print([d[0] for d in cur.description], len(cur.description[0]), cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))
for row in con.execute("SELECT name, typeof(qty), qty FROM items WHERE id <= 4"):
    print(row)
print(con.execute("UPDATE items SET price = price * 2 WHERE price > 1").rowcount)
print(con.execute("DELETE FROM items WHERE name LIKE 'gen%'").rowcount)
print(con.execute("SELECT count(*), sum(price), max(name) FROM items").fetchone())
# values both ways: 64-bit ints, floats, text with any code point, blobs, NULL
vals = [2**63 - 1, -2**63, 0, -1, 1.5, -0.0, 1e300, float("inf"), "", "héllo ✓ 𝄞", b"", b"\xff\x00", None, True, False]
for v in vals:
    r = con.execute("SELECT ?, typeof(?)", (v, v)).fetchone()
    print(repr(v), "->", repr(r))
print(con.execute("SELECT 1, 1.0, 'x', x'41', NULL, 10/3, 10/3.0, 9223372036854775807 + 1").fetchone())
print(con.execute("SELECT ?", [5]).fetchall(), con.execute("SELECT ?1, ?1, ?2", ("a", "b")).fetchall())
print(con.execute("SELECT :x, :y, :x", {"x": 1, "y": 2}).fetchall())
print(con.execute("SELECT $x, @y", {"x": 1, "y": 2}).fetchall())
print(con.execute("SELECT ?", "a").fetchall())
print(con.execute("SELECT 'it''s ?', ? -- a ? comment", (1,)).fetchall())
print(con.execute("").fetchall(), con.execute("-- only a comment").description)
print(con.execute("SELECT 1;  -- trailing").fetchall(), con.execute(";").fetchall())
print(con.execute("SELECT * FROM items WHERE 0").fetchall(), con.execute("SELECT * FROM items WHERE 0").description[0])
c2 = con.execute("SELECT name FROM items ORDER BY name")
print(next(c2), list(c2), c2.fetchone())
print(con.execute("pragma user_version").fetchone(), con.total_changes)
c3 = con.cursor()
c3.execute("SELECT 1 UNION SELECT 2")
c3.close()
print("closed cursor ok")
con.close()
con.close()
print("done")
