# sqlite3 in a small application: an order book with a schema, inserts in a transaction, a join,
# aggregates (SQL's and a Python aggregate class), Row access, and a failing constraint that the
# connection's context manager rolls back
import os
import sqlite3
import statistics
import tempfile

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE products (
    sku TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents > 0)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    placed TEXT NOT NULL
);
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku TEXT NOT NULL REFERENCES products(sku),
    qty INTEGER NOT NULL CHECK (qty > 0),
    PRIMARY KEY (order_id, sku)
);
"""


class Median:
    """A Python aggregate: the median of a group's values."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return statistics.median(self.values) if self.values else None


class Store:
    def __init__(self, path):
        self.db = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.create_aggregate("median", 1, Median)
        self.db.create_function("money", 1, lambda cents: "$%d.%02d" % divmod(cents, 100), deterministic=True)

    def setup(self):
        self.db.executescript(SCHEMA)

    def add_catalog(self, customers, products):
        with self.db:
            self.db.executemany("INSERT INTO customers (email, name) VALUES (?, ?)", customers)
            self.db.executemany("INSERT INTO products VALUES (:sku, :title, :price)", products)

    def place_order(self, email, placed, lines):
        with self.db:
            cust = self.db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()
            if cust is None:
                raise LookupError(email)
            cur = self.db.execute("INSERT INTO orders (customer_id, placed) VALUES (?, ?)", (cust["id"], placed))
            order_id = cur.lastrowid
            self.db.executemany("INSERT INTO order_lines VALUES (?, ?, ?)",
                                ((order_id, sku, qty) for sku, qty in lines))
            return order_id

    def report(self):
        return self.db.execute("""
            SELECT c.name AS customer, count(DISTINCT o.id) AS orders,
                   sum(l.qty * p.price_cents) AS total, money(sum(l.qty * p.price_cents)) AS shown,
                   median(l.qty) AS median_qty
            FROM customers c
            JOIN orders o ON o.customer_id = c.id
            JOIN order_lines l ON l.order_id = o.id
            JOIN products p ON p.sku = l.sku
            GROUP BY c.id
            ORDER BY total DESC
        """).fetchall()


tmp = tempfile.mkdtemp()
try:
    store = Store(os.path.join(tmp, "store.db"))
    store.setup()
    store.add_catalog(
        [("ada@example.com", "Ada"), ("bob@example.com", "Bob"), ("cy@example.com", "Cy")],
        [{"sku": "A1", "title": "Widget", "price": 250}, {"sku": "B2", "title": "Gadget", "price": 1299},
         {"sku": "C3", "title": "Doohickey", "price": 75}])
    print(store.place_order("ada@example.com", "2024-05-01", [("A1", 4), ("B2", 1)]))
    print(store.place_order("bob@example.com", "2024-05-02", [("C3", 10)]))
    print(store.place_order("ada@example.com", "2024-05-03", [("C3", 2), ("A1", 1), ("B2", 3)]))
    for row in store.report():
        print(row["customer"], row["ORDERS"], row["total"], row["shown"], row["median_qty"], tuple(row))

    # a line for an unknown product fails the foreign key: the whole order is rolled back
    before = store.db.execute("SELECT count(*) AS n FROM orders").fetchone()["n"]
    try:
        store.place_order("cy@example.com", "2024-05-04", [("A1", 1), ("ZZ", 1)])
    except sqlite3.IntegrityError as e:
        print("rejected:", e, e.sqlite_errorname)
    after = store.db.execute("SELECT count(*) AS n FROM orders").fetchone()["n"]
    print("orders before/after", before, after, store.db.in_transaction)

    # a duplicate e-mail fails the UNIQUE constraint; a zero quantity the CHECK
    for attempt in [lambda: store.add_catalog([("bob@example.com", "Robert")], []),
                    lambda: store.place_order("cy@example.com", "2024-05-05", [("A1", 0)]),
                    lambda: store.place_order("nobody@example.com", "2024-05-06", [])]:
        try:
            attempt()
        except (sqlite3.IntegrityError, LookupError) as e:
            print(type(e).__name__, e)
    print(store.db.execute("SELECT count(*) FROM customers").fetchone()[0],
          store.db.execute("SELECT count(*) FROM orders").fetchone()[0])

    # deleting an order cascades to its lines
    with store.db:
        store.db.execute("DELETE FROM orders WHERE id = ?", (1,))
    print(store.db.execute("SELECT order_id, sku, qty FROM order_lines ORDER BY order_id, sku").fetchall() == [])
    print([tuple(r) for r in store.db.execute("SELECT order_id, sku, qty FROM order_lines ORDER BY order_id, sku")])
    best = store.db.execute("""
        SELECT p.title, sum(l.qty) AS sold, median(l.qty) AS med FROM products p
        LEFT JOIN order_lines l ON l.sku = p.sku GROUP BY p.sku ORDER BY sold DESC, p.title
    """).fetchall()
    print([(r["title"], r["sold"], r["med"]) for r in best])
    print(best[0].keys())
    store.db.close()
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
print("cleaned", os.path.exists(tmp))
