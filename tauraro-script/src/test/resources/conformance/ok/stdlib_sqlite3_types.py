# sqlite3: Row, row_factory and text_factory, adapters and converters (PARSE_DECLTYPES and
# PARSE_COLNAMES, the default date/datetime ones), user functions, aggregates and collations
import datetime
import sqlite3
import warnings

warnings.simplefilter("error")  # 3.11 gives no DeprecationWarning for the default adapters
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("SELECT 1 AS Id, 'a' AS Name, NULL AS n").fetchone()
print(type(row).__name__, type(row).__module__, row.keys(), len(row))
print(row[0], row[-1], row["id"], row["NAME"], row["Name"], row[0:2], row[::-1], list(row), tuple(row))
for key in ["missing", 5, 1.5]:
    try:
        row[key]
    except IndexError as e:
        print("IndexError:", e)
again = con.execute("SELECT 1 AS Id, 'a' AS Name, NULL AS n").fetchone()
other = con.execute("SELECT 1 AS id, 'a' AS Name, NULL AS n").fetchone()
print(row == again, row != again, row == other, hash(row) == hash(again), row == (1, "a", None))
print(dict(zip(row.keys(), row)))
cur = con.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = lambda c, r: {d[0]: v for d, v in zip(c.description, r)}
print(cur.execute("SELECT 1 AS a, 2 AS b").fetchall())
con.row_factory = None
print(con.execute("SELECT 1 AS a").fetchone())

# text_factory
con.text_factory = bytes
print(con.execute("SELECT 'héllo', 1, x'41'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT 'abc'").fetchone())
con.text_factory = str
print(con.execute("SELECT 'abc'").fetchone())


# adapters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


class MyInt(int):
    pass


class MyStr(str):
    pass


sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.decode().split(";"))))
print(con.execute("SELECT ?, ?, ?, ?", (Point(1, 2), Conforming(), MyInt(7), MyStr("s"))).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(Conforming()))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("adapt:", e)
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))
print(sorted(k.upper() for k in sqlite3.converters))

d = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
d.execute("CREATE TABLE z (d date, ts timestamp, p point, n NUMBER(10, 2), x)")
day = datetime.date(2024, 2, 29)
stamp = datetime.datetime(2024, 2, 29, 13, 45, 10, 500)
d.execute("INSERT INTO z VALUES (?, ?, ?, ?, ?)", (day, stamp, Point(1.5, -2), 7, 1.5))
d.execute("INSERT INTO z VALUES (?, ?, NULL, NULL, NULL)", (day, datetime.datetime(2024, 1, 1, 0, 0, 0)))
print(d.execute("SELECT * FROM z").fetchall())
print(d.execute("SELECT typeof(d), d, ts FROM z").fetchall())
sqlite3.register_converter("Number", lambda b: ("number", b))
print(d.execute("SELECT n FROM z").fetchall())
print(d.execute('SELECT p AS "x [point]", d AS "d [text]", 1.0 AS "f [number]", 1e20 AS "g [NUMBER]" FROM z LIMIT 1').fetchone())
print([c[0] for c in d.execute('SELECT x AS "x [point]", d AS "d[point]", 2 AS "plain" FROM z').description])
plain = sqlite3.connect(":memory:")
print(plain.execute("SELECT ?, ?", (day, stamp)).fetchone())
print(plain.execute('SELECT 1 AS "a [number]"').description[0][0])
d.close()
plain.close()


# user functions
def describe(*args):
    return " ".join(type(a).__name__ for a in args)


con.create_function("describe", -1, describe)
con.create_function("twice", 1, lambda v: None if v is None else v * 2, deterministic=True)
con.create_function("nada", 0, lambda: None)
con.create_function("blobby", 1, lambda v: bytearray(v))
print(con.execute("SELECT describe(1, 1.5, 'x', x'00', NULL), twice(21), twice('ab'), nada(), blobby(x'4142')").fetchone())
con.execute("CREATE TABLE v (x)")
con.execute("CREATE INDEX vi ON v (twice(x))")  # only deterministic functions may be used in an index
con.executemany("INSERT INTO v VALUES (?)", [(3,), (1,), (2,)])
print(con.execute("SELECT x FROM v WHERE twice(x) > 2 ORDER BY x").fetchall())
con.create_function("gone", 1, abs)
con.create_function("gone", 1, None)
try:
    con.execute("SELECT gone(1)")
except sqlite3.OperationalError as e:
    print("set to None:", e)
con.create_function("bad", 1, lambda v: 1 / v)
con.create_function("badtype", 0, lambda: [1])
con.create_function("huge", 0, lambda: 2**70)
for sql in ["SELECT bad(0)", "SELECT badtype()", "SELECT bad(1, 2)", "SELECT huge()"]:
    try:
        print(con.execute(sql).fetchone())
    except sqlite3.Error as e:
        print(type(e).__name__, e)


# aggregates
class Stats:
    def __init__(self):
        self.values = []

    def step(self, value, weight=1):
        if value is not None:
            self.values.append(value * weight)

    def finalize(self):
        if not self.values:
            return None
        return f"n={len(self.values)} sum={sum(self.values)}"


con.create_aggregate("stats", 1, Stats)
con.create_aggregate("wstats", 2, Stats)
con.executemany("INSERT INTO v VALUES (?)", [(10,), (None,), (20,)])
print(con.execute("SELECT stats(x), wstats(x, 2) FROM v").fetchone())
print(con.execute("SELECT stats(x) FROM v WHERE 0").fetchone())
print(con.execute("SELECT x % 2, stats(x) FROM v WHERE x IS NOT NULL GROUP BY x % 2 ORDER BY 1").fetchall())


class BadStep(Stats):
    def step(self, value):
        raise KeyError(value)


class BadFinal(Stats):
    def finalize(self):
        return self.nope


class BadInit:
    def __init__(self):
        raise RuntimeError("no")


for name, cls in [("badstep", BadStep), ("badfinal", BadFinal), ("badinit", BadInit)]:
    con.create_aggregate(name, 1, cls)
    try:
        con.execute(f"SELECT {name}(x) FROM v").fetchone()
    except sqlite3.OperationalError as e:
        print(name, e)


# collations
def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation("reverse", reverse)
con.execute("CREATE TABLE w (s)")
con.executemany("INSERT INTO w VALUES (?)", [("b",), ("a",), ("c",), ("B",)])
print(con.execute("SELECT s FROM w ORDER BY s COLLATE reverse").fetchall())
con.create_collation("nocase_len", lambda a, b: len(a) - len(b) or (a.lower() > b.lower()) - (a.lower() < b.lower()))
print(con.execute("SELECT s FROM w ORDER BY s || s COLLATE nocase_len, s").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("SELECT s FROM w ORDER BY s COLLATE reverse")
except sqlite3.OperationalError as e:
    print("collation removed:", e)
print(sqlite3.complete_statement("SELECT 1"), sqlite3.complete_statement("SELECT 1;"),
      sqlite3.complete_statement("SELECT ';"), sqlite3.complete_statement("SELECT 'a;b';"),
      sqlite3.complete_statement("-- c;\n"), sqlite3.complete_statement("SELECT 1; -- c"),
      sqlite3.complete_statement("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;"),
      sqlite3.complete_statement("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;"))
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.version, sqlite3.version_info,
      sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, type(sqlite3.sqlite_version).__name__,
      sqlite3.sqlite_version_info >= (3, 35, 0), ".".join(map(str, sqlite3.sqlite_version_info)) == sqlite3.sqlite_version)
print(bytes(sqlite3.Binary(b"ab")), sqlite3.Date(2020, 1, 2), sqlite3.Timestamp(2020, 1, 2, 3, 4, 5), sqlite3.Time(1, 2, 3))
con.close()
