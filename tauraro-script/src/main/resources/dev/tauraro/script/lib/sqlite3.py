"""sqlite3: the DB-API 2.0 interface to SQLite databases, as CPython 3.11's module.

The package re-exports sqlite3.dbapi2, where it is written, as CPython's does.
"""

from sqlite3.dbapi2 import *
