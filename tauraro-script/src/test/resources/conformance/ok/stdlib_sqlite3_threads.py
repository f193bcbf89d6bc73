# sqlite3 from threads and asyncio.to_thread: a query waiting on another connection's lock lets
# other threads run meanwhile (the wait releases the GIL), user functions called back from a query
# in a thread, one connection per thread
import asyncio
import os
import sqlite3
import tempfile
import threading
import time

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "shared.db")
try:
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE log (who TEXT, n INTEGER)")
    setup.commit()
    setup.close()

    # the main thread holds the write lock; a thread's INSERT waits (busy timeout) until it commits
    holder = sqlite3.connect(path)
    holder.execute("INSERT INTO log VALUES ('main', 0)")
    events = []

    def writer():
        con = sqlite3.connect(path, timeout=10)
        events.append("writer waiting")
        con.execute("INSERT INTO log VALUES ('writer', 1)")
        con.commit()
        events.append("writer done")
        con.close()

    t = threading.Thread(target=writer)
    t.start()
    # while the writer waits inside SQLite, this thread still runs script code
    spins = 0
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        spins += 1
    events.append("main ran while writer waited: %s" % (spins > 1000))
    holder.commit()
    t.join(10)
    print(events)
    print(holder.execute("SELECT who, n FROM log ORDER BY n").fetchall())
    holder.close()

    # user functions run in the querying thread; several threads, one connection each
    results = {}

    def worker(k):
        con = sqlite3.connect(path, timeout=10)
        con.create_function("tag", 1, lambda v: "%s-%d" % (threading.current_thread().name, v))
        con.execute("INSERT INTO log VALUES (?, ?)", ("w%d" % k, 10 + k))
        con.commit()
        results[k] = con.execute("SELECT tag(n) FROM log WHERE who = ?", ("w%d" % k,)).fetchone()[0]
        con.close()

    threads = [threading.Thread(target=worker, args=(k,), name="T%d" % k) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    print(sorted(results.items()))

    # asyncio.to_thread with a connection shared across threads
    shared = sqlite3.connect(path, check_same_thread=False, timeout=10)

    def count(who):
        return shared.execute("SELECT count(*) FROM log WHERE who LIKE ?", (who,)).fetchone()[0]

    async def main():
        return await asyncio.gather(asyncio.to_thread(count, "w%"), asyncio.to_thread(count, "main"),
                                    asyncio.to_thread(count, "%"))

    print(asyncio.run(main()))
    shared.close()

    # Connection.interrupt from another thread ends an endless query (which runs without the GIL)
    endless = sqlite3.connect(":memory:", check_same_thread=False)
    timer = threading.Timer(0.3, endless.interrupt)
    timer.start()
    try:
        endless.execute("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r").fetchone()
    except sqlite3.OperationalError as e:
        print("interrupt:", e, e.sqlite_errorname)
    timer.join()
    print(endless.execute("SELECT 1").fetchone())
    endless.close()
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
print("cleaned", os.path.exists(tmp))
