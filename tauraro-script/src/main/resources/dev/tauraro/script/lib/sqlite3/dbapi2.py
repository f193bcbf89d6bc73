"""sqlite3.dbapi2: the DB-API 2.0 interface (PEP 249) to SQLite, as CPython 3.11's module.

SQLite itself runs in the Java _sqlite3 (the xerial driver's bundled library); this module is the
DB-API over it: connections with the implicit transactions of isolation_level, cursors, parameter
binding with adapters, rows with converters, sqlite3.Row and the exception hierarchy.
"""

import _sqlite3
import datetime
import time
from _thread import get_ident as _get_ident

paramstyle = "qmark"
threadsafety = 3  # the bundled SQLite is built serialized (SQLITE_THREADSAFE=1)
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version()
sqlite_version_info = tuple(int(p) for p in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


def _exception(name, base):
    return type(name, (base,), {"__module__": "sqlite3"})


# PEP 249's exceptions
Warning = _exception("Warning", Exception)
Error = _exception("Error", Exception)
InterfaceError = _exception("InterfaceError", Error)
DatabaseError = _exception("DatabaseError", Error)
DataError = _exception("DataError", DatabaseError)
OperationalError = _exception("OperationalError", DatabaseError)
IntegrityError = _exception("IntegrityError", DatabaseError)
InternalError = _exception("InternalError", DatabaseError)
ProgrammingError = _exception("ProgrammingError", DatabaseError)
NotSupportedError = _exception("NotSupportedError", DatabaseError)

# the classes _sqlite3 raises SQLite's failures as (it picks one by the result code)
_ERRORS = {
    "Error": Error, "InterfaceError": InterfaceError, "DatabaseError": DatabaseError,
    "DataError": DataError, "OperationalError": OperationalError, "IntegrityError": IntegrityError,
    "InternalError": InternalError, "ProgrammingError": ProgrammingError,
    "NotSupportedError": NotSupportedError,
}


class PrepareProtocol:
    """The protocol object adapters are registered for (PEP 246's adaptation, as CPython's)."""
    __module__ = "sqlite3"

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("PrepareProtocol() takes no arguments")


adapters = {}
converters = {}
_MISSING = object()


def register_adapter(type, adapter, /):
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(name, converter, /):
    if not isinstance(name, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {_type_name(name)}")
    converters[name.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_MISSING, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        adapted = conform(proto)
        if adapted is not None:
            return adapted
    adapter_hook = getattr(proto, "__adapt__", None)
    if adapter_hook is not None:
        adapted = adapter_hook(obj)
        if adapted is not None:
            return adapted
    if alt is not _MISSING:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {_type_name(statement)}")
    return _sqlite3.complete_statement(statement)


def _arity(name, least, most, given):
    """The TypeError message of CPython's C methods for a wrong number of positional arguments."""
    if least == most:
        return f"{name} expected {least} argument{'s' if least != 1 else ''}, got {given}"
    if given < least:
        return f"{name} expected at least {least} argument{'s' if least != 1 else ''}, got {given}"
    return f"{name} expected at most {most} arguments, got {given}"


def _type_name(obj):
    return "None" if obj is None else type(obj).__name__


# The default adapters and converters of datetime.date and datetime.datetime (ISO 8601 text)
def _adapt_date(value):
    return value.isoformat()


def _adapt_datetime(value):
    return value.isoformat(" ")


def _convert_date(raw):
    year, month, day = raw.split(b"-")
    return datetime.date(int(year), int(month), int(day))


def _convert_timestamp(raw):
    day_part, time_part = raw.split(b" ")
    year, month, day = day_part.split(b"-")
    clock, _, fraction = time_part.partition(b".")
    hours, minutes, seconds = clock.split(b":")
    micro = int(fraction.decode()[:6].ljust(6, "0")) if fraction else 0
    return datetime.datetime(int(year), int(month), int(day), int(hours), int(minutes), int(seconds), micro)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)

_PLAIN = (int, float, str, bytes, type(None))
_DML = frozenset(("INSERT", "UPDATE", "DELETE", "REPLACE"))
# statements after which last_insert_rowid() cannot have changed (an INSERT's trigger's rowid is
# undone when the trigger ends), so that lastrowid needs no query after them
_NO_INSERT = frozenset(("SELECT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "BEGIN", "COMMIT",
                        "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA", "VALUES", ""))
_LEVELS = {"": "", "DEFERRED": "DEFERRED", "IMMEDIATE": "IMMEDIATE", "EXCLUSIVE": "EXCLUSIVE"}


def _begin_statement(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if level.upper() not in _LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
    return "BEGIN " + level.upper()


def _adapted(value, index):
    """A parameter as one of SQLite's types, through the adapters first as CPython binds it."""
    kind = type(value)
    if kind in _PLAIN:
        if adapters and (kind, PrepareProtocol) in adapters:
            value = adapters[(kind, PrepareProtocol)](value)
        else:
            return value
    else:
        value = adapt(value, PrepareProtocol, value)
    kind = type(value)
    if kind in _PLAIN or kind is bytearray or kind is memoryview or kind is bool:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise ProgrammingError(f"Error binding parameter {index}: type '{type(value).__name__}' is not supported")


class Connection:
    """A database connection (sqlite3.connect)."""
    __module__ = "sqlite3"

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        if isinstance(database, bytes):
            database = database.decode()
        elif not isinstance(database, str):
            fspath = getattr(type(database), "__fspath__", None)
            if fspath is None:
                raise TypeError(f"expected str, bytes or os.PathLike object, not {type(database).__name__}")
            database = fspath(database)
            if isinstance(database, bytes):
                database = database.decode()
        begin = _begin_statement(isolation_level)
        self._db = None
        self._db = _sqlite3.connect(database, bool(uri), float(timeout), _ERRORS)
        self._thread = _get_ident()
        self._check_thread = bool(check_same_thread)
        self._detect_types = int(detect_types)
        self._begin = begin
        self._isolation_level = None if begin is None else isolation_level.upper()
        self._cache = {}
        self._cache_size = int(cached_statements)
        self._lastrowid = 0
        self.row_factory = None
        self.text_factory = str

    def _check(self):
        if self._check_thread and self._thread != _get_ident():
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._thread} and this is thread id {_get_ident()}.")
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    def _statement(self, sql):
        """A prepared statement of sql for one cursor's use (from the cache, or new)."""
        st = self._cache.pop(sql, None)
        if st is None:
            st = self._db.prepare(sql)
        return st

    def _release(self, sql, st):
        """Takes back a statement a cursor is done with, for the next execute of the same SQL."""
        st.reset()
        if self._db is None:
            return
        if sql not in self._cache and len(self._cache) < self._cache_size:
            self._cache[sql] = st
        else:
            st.close()

    def _note_rowid(self, keyword):
        if keyword not in _NO_INSERT:
            self._lastrowid = self._db.last_insert_rowid()

    def cursor(self, factory=None):
        self._check()
        cur = Cursor(self) if factory is None else factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not " + type(cur).__name__)
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("COMMIT")

    def rollback(self):
        self._check()
        if self._db.in_transaction():
            self._db.exec("ROLLBACK")

    def close(self):
        if self._check_thread and self._thread != _get_ident():
            self._check()
        if self._db is not None:
            db = self._db
            self._db = None
            for st in self._cache.values():
                st.close()
            self._cache.clear()
            db.close()

    @property
    def in_transaction(self):
        self._check()
        return self._db.in_transaction()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        begin = _begin_statement(level)
        if begin is None:
            self._check()
            if self._db.in_transaction():
                self._db.exec("COMMIT")
        self._begin = begin
        self._isolation_level = None if begin is None else level.upper()

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        self._db.create_function(name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable_, /):
        self._check()
        if callable_ is not None and not callable(callable_):
            raise TypeError("parameter must be callable")
        self._db.create_collation(name, callable_)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        """Copies database name into target's main database. The copy is made in one step
        whatever pages says, so progress is called once, with SQLITE_DONE."""
        self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {type(target).__name__}")
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        target._check()
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        cur = self.cursor()
        cur.row_factory = None
        if name not in [row[1] for row in cur.execute("PRAGMA database_list").fetchall()]:
            error = OperationalError(f"unknown database {name}")  # SQLite's word for it
            error.sqlite_errorcode, error.sqlite_errorname = 1, "SQLITE_ERROR"
            raise error
        self._db.backup(target._db, name)
        if progress is not None:
            total = cur.execute(f"PRAGMA {_quote_name(name)}.page_count").fetchone()[0]
            progress(101, 0, total)

    def iterdump(self):
        """The database as SQL text, one statement per item, that rebuilds it (as CPython's dump)."""
        self._check()
        return _dump(self)

    def interrupt(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        self._db.interrupt()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False


# the exceptions are attributes of connections too (PEP 249's optional extension)
for _name, _class in dict(_ERRORS, Warning=Warning).items():
    setattr(Connection, _name, _class)


def _quote_name(name):
    return '"' + name.replace('"', '""') + '"'


def _dump(conn):
    """Connection.iterdump: tables by name with their rows (SQLite's quote() renders each value),
    then indexes, triggers and views as created, then the AUTOINCREMENT counters, in one transaction."""
    cur = conn.cursor()
    cur.row_factory = None
    yield "BEGIN TRANSACTION;"
    has_sequence = False
    tables = cur.execute("SELECT name, sql FROM sqlite_master WHERE sql NOT NULL AND type == 'table' "
                         "ORDER BY name").fetchall()
    for name, sql in tables:
        if name == "sqlite_sequence":
            has_sequence = True
            continue
        if name == "sqlite_stat1":
            yield "ANALYZE sqlite_master;"
            continue
        if name.startswith("sqlite_"):
            continue
        yield f"{sql};"
        quoted = _quote_name(name)
        columns = [row[1] for row in cur.execute(f"PRAGMA table_info({quoted})").fetchall()]
        values = "||','||".join(f"quote({_quote_name(c)})" for c in columns)
        inserts = "SELECT 'INSERT INTO " + quoted.replace("'", "''") + " VALUES('||" + values + "||')' FROM " + quoted
        for row in cur.execute(inserts).fetchall():
            yield f"{row[0]};"
    for (sql,) in cur.execute("SELECT sql FROM sqlite_master WHERE sql NOT NULL AND "
                              "type IN ('index', 'trigger', 'view')").fetchall():
        yield f"{sql};"
    if has_sequence:
        yield 'DELETE FROM "sqlite_sequence";'
        for (line,) in cur.execute("SELECT 'INSERT INTO \"sqlite_sequence\" VALUES('||quote(name)||','||quote(seq)||')' "
                                   "FROM sqlite_sequence").fetchall():
            yield f"{line};"
    yield "COMMIT;"


class Cursor:
    """A cursor: runs statements and fetches their rows (Connection.cursor)."""
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.arraysize = 1
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self.row_factory = connection.row_factory
        self._closed = False
        self._stmt = None
        self._sql = None
        self._next = None
        self._converters = None

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _finish(self):
        """Gives the current statement back to the connection."""
        st = self._stmt
        if st is not None:
            self._stmt = None
            self._next = None
            self.connection._release(self._sql, st)

    def _bind(self, st, parameters):
        names = st.parameters
        count = len(names)
        kind = type(parameters)
        if kind is tuple or kind is list:
            seq = True
        elif isinstance(parameters, dict):
            seq = False
        elif hasattr(kind, "__getitem__") and hasattr(kind, "__len__"):
            seq = True
        else:
            raise ProgrammingError("parameters are of unsupported type")
        values = []
        if seq:
            supplied = len(parameters)
            if supplied != count:
                raise ProgrammingError(f"Incorrect number of bindings supplied. The current statement uses "
                                       f"{count}, and there are {supplied} supplied.")
            for i in range(count):
                values.append(_adapted(parameters[i], i + 1))
        else:
            for i, name in enumerate(names):
                if name is None:
                    raise ProgrammingError(f"Binding {i + 1} has no name, but you supplied a dictionary "
                                           "(which has only names).")
                try:
                    value = parameters[name[1:]]
                except KeyError:
                    raise ProgrammingError(f"You did not supply a value for binding parameter {name}.") from None
                values.append(_adapted(value, i + 1))
        st.bind(values)

    def _column_converters(self, st):
        """Per column, the converter detect_types names for it (None: none), or None for no column."""
        detect = self.connection._detect_types
        names = st.columns()
        if not names:
            self.description = None
            return None
        if detect & PARSE_COLNAMES:
            shown = []
            for n in names:
                cut = n.find("[")
                if cut >= 0:
                    shown.append(n[:cut - 1] if cut > 0 and n[cut - 1] == " " else n[:cut])
                else:
                    shown.append(n)
        else:
            shown = names
        self.description = tuple((n, None, None, None, None, None, None) for n in shown)
        if not detect or not converters:
            return None
        found = []
        decltypes = st.decltypes() if detect & PARSE_DECLTYPES else None
        for i, n in enumerate(names):
            conv = None
            if detect & PARSE_COLNAMES:
                start = n.find("[")
                if start >= 0:
                    end = n.find("]", start)
                    if end > start:
                        conv = converters.get(n[start + 1:end].upper())
            if conv is None and decltypes is not None and decltypes[i] is not None:
                decl = decltypes[i]
                for j, ch in enumerate(decl):
                    if ch == " " or ch == "(":
                        decl = decl[:j]
                        break
                conv = converters.get(decl.upper())
            found.append(conv)
        return found if any(c is not None for c in found) else None

    def _text_factory(self):
        tf = self.connection.text_factory
        return None if tf is str else tf

    def _run(self, sql, parameters, many):
        conn = self.connection
        self._finish()
        self.description = None
        self.rowcount = -1
        st = conn._statement(sql)
        if st is None:
            return self
        self._stmt = st
        self._sql = sql
        keyword = st.keyword
        dml = keyword in _DML
        if many and not dml:
            raise ProgrammingError("executemany() can only execute DML statements.")
        if many:
            self.rowcount = 0
        tf = self._text_factory()
        first = True
        for params in parameters:
            self._bind(st, params)
            if dml and conn._begin is not None and not conn._db.in_transaction():
                conn._db.exec(conn._begin)
            if first:
                self._converters = self._column_converters(st)
                first = False
            row = st.step(tf, self._converters)
            if dml:
                self.rowcount = (0 if self.rowcount < 0 else self.rowcount) + conn._db.changes()
            self._next = row
        conn._note_rowid(keyword)
        if not many:
            self.lastrowid = conn._lastrowid
        if self._next is None:
            self._finish()
        return self

    def execute(self, *args):
        if not 1 <= len(args) <= 2:
            raise TypeError(_arity("execute", 1, 2, len(args)))
        sql = args[0]
        parameters = args[1] if len(args) > 1 else ()
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"execute() argument 1 must be str, not {type(sql).__name__}")
        return self._run(sql, (parameters,), False)

    def executemany(self, *args):
        if len(args) != 2:
            raise TypeError(_arity("executemany", 2, 2, len(args)))
        sql, seq_of_parameters = args
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"executemany() argument 1 must be str, not {type(sql).__name__}")
        return self._run(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument must be str, not {type(sql_script).__name__}")
        conn = self.connection
        self._finish()
        if conn._db.in_transaction():
            conn._db.exec("COMMIT")
        conn._db.exec(sql_script)
        conn._note_rowid("INSERT")
        return self

    def fetchone(self):
        self._check()
        row = self._next
        if row is None:
            return None
        self._next = self._stmt.step(self._text_factory(), self._converters)
        if self._next is None:
            self._finish()
        convs = self._converters
        if convs is not None:
            row = tuple(v if c is None or v is None else c(v) for c, v in zip(convs, row))
        factory = self.row_factory
        return row if factory is None else factory(self, row)

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while size > 0:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            size -= 1
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self._finish() if self.connection._db is not None else None
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


class Row:
    """A result row with access by index and, case-insensitively, by column name (row_factory)."""
    __module__ = "sqlite3"
    __slots__ = ("_data", "_description")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        self._data = data
        self._description = cursor.description

    def keys(self):
        d = self._description
        return [] if d is None else [c[0] for c in d]

    def __getitem__(self, key):
        if isinstance(key, str):
            d = self._description
            if d is not None:
                wanted = key.lower()
                for i, c in enumerate(d):
                    if c[0].lower() == wanted:
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, (int, slice)):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout=timeout, detect_types=detect_types, isolation_level=isolation_level,
                   check_same_thread=check_same_thread, factory=factory, cached_statements=cached_statements,
                   uri=uri)
