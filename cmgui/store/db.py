"""The store's entry points: open the store in use, and the names the rest of cmgui imports.

``Database`` is the store interface (:class:`cmgui.store.engine.Database`); calling it with a
path opens that SQLite file (the default engine), as before; :func:`open_database` opens whatever
the URL, ``$CMGUI_STORE`` or the ``store_url`` setting names. See :mod:`cmgui.store.engine`.
"""

from __future__ import annotations

from cmgui.store.engine import (
    DATABASE_FILE,
    Migration,
    database_path,
    open_database,
    redact,
    resolve_url,
    split_sql,
    sqlite_url,
)
from cmgui.store.engine import Database as Store
from cmgui.store.engine_sqlite import (
    BUSY_TIMEOUT_MS,
    SqliteDatabase,
    keep_copy,
    migrate,
    schema_version,
    translate,
)

#: The SQLite engine under its historical name: ``Database(path)`` opens that file.
Database = SqliteDatabase

__all__ = [
    "BUSY_TIMEOUT_MS", "DATABASE_FILE", "Database", "Migration", "SqliteDatabase", "Store",
    "database_path", "keep_copy", "migrate", "open_database", "redact", "resolve_url",
    "schema_version", "split_sql", "sqlite_url", "translate",
]
