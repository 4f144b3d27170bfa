"""The store interface both engines implement, and the one place a URL picks the engine.

A store is a :class:`Database`: ``write(fn)``/``awrite(fn)`` run ``fn(conn)`` in one write
transaction (committed before the result is handed back, retried by the engine when a concurrent
writer forces it), ``read(fn)``/``aread(fn)`` run ``fn(conn)`` in one consistent snapshot.
``conn`` speaks the common dialect, the subset of ``sqlite3.Connection`` the store modules use:
``execute``/``executemany`` with ``?`` placeholders, rows indexable by position and by column
name, ``rowcount``, ``INSERT … ON CONFLICT``, ``RETURNING``; a broken constraint raises
``sqlite3.IntegrityError`` on both engines. What must differ between dialects (DDL types, the
full-text index, schema bookkeeping) lives in the engine modules:

- ``sqlite:///ABSOLUTE/PATH`` (or a plain path): :mod:`cmgui.store.engine_sqlite`, the default;
- ``postgresql://[user@]host[:port]/dbname`` (or ``postgres://``, or ``postgresql:///?service=NAME``):
  :mod:`cmgui.store.engine_postgres`.

Which store is in use: an explicit URL (``cmcli --store``), else ``$CMGUI_STORE``, else the
``store_url`` setting, else the SQLite file in the data directory (:func:`resolve_url`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

from cmgui.store.errors import MigrationError, StoreError

T = TypeVar("T")

# A migration is SQL text (statements separated by ';') or a function given the connection,
# already inside the migration's transaction.
Migration = str | Callable[[sqlite3.Connection], None]

DATABASE_FILE = "cmgui.sqlite3"
ENV_VAR = "CMGUI_STORE"
POSTGRES_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class TableInfo:
    """A table as :mod:`cmgui.store.copy` needs it."""

    columns: tuple[str, ...]
    key: tuple[str, ...]  # primary key columns (empty: none)
    parents: frozenset[str]  # tables its foreign keys name


class Database(Protocol):
    """What the store modules need of an engine."""

    #: Which engine: ``"sqlite"`` or ``"postgresql"``.
    engine: str
    #: The schema version after opening (the number of migrations applied).
    version: int
    #: True when the archive has a full-text index (SQLite FTS5); searches use LIKE otherwise.
    fulltext: bool

    @property
    def url(self) -> str:
        """The store's URL without any password."""
        ...

    def like(self, column: str) -> str:
        """A condition: ``column`` contains the ``?`` LIKE pattern (escape ``\\``), ignoring
        case (and on PostgreSQL accents, as SQLite's FTS5 index does)."""
        ...

    def describe(self) -> dict[str, TableInfo]:
        """The store's own tables (no engine bookkeeping, no index tables)."""
        ...

    def after_copy(self, conn: sqlite3.Connection, table: str) -> None:
        """Called in a write after rows with explicit ids were copied into ``table``."""
        ...

    def write(self, fn: Callable[[sqlite3.Connection], T], *, durable: bool = False
              ) -> Future[T]: ...

    async def awrite(self, fn: Callable[[sqlite3.Connection], T], *, durable: bool = False
                     ) -> T: ...

    def read(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...

    async def aread(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...

    def close(self) -> None: ...


def database_path(data_dir: Path | str | None = None) -> Path:
    """The cmgui SQLite database in ``data_dir`` (default: ``cmgui.paths.data_dir()``)."""
    if data_dir is None:
        from cmgui.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    return Path(data_dir) / DATABASE_FILE


def split_sql(script: str) -> Iterator[str]:
    """Yield the complete statements of ``script`` (triggers with inner ';' stay whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            if statement.rstrip(";").strip():
                yield statement
            pending = ""
    if pending.strip():
        raise MigrationError(f"incomplete SQL statement in migration: {pending.strip()[:80]!r}")


def upsert_sql(table: str, columns: Sequence[str], *, key: Sequence[str]) -> str:
    """``INSERT`` of ``columns`` that updates the other columns of the row with the same
    ``key`` (both engines; what SQLite's ``INSERT OR REPLACE`` did for these tables)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT ({', '.join(key)}) {action}")


# -- URLs ------------------------------------------------------------------------------------


def sqlite_url(path: Path | str) -> str:
    """``sqlite:///`` and the file's absolute path (``sqlite:////home/ann/…`` on POSIX, as
    SQLAlchemy writes it)."""
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def is_shared(url: str) -> bool:
    """Whether the store at ``url`` is one several processes and people share (a team's:
    PostgreSQL), with roles, notices and a job queue; SQLite is one person's."""
    return scheme_of(url) == "postgresql"


def scheme_of(url: str) -> str:
    """``"sqlite"`` or ``"postgresql"``; StoreError for anything else."""
    scheme = url.split(":", 1)[0].lower() if "://" in url else ""
    if scheme in POSTGRES_SCHEMES:
        return "postgresql"
    if scheme in ("sqlite", ""):
        return "sqlite"
    raise StoreError(f"Unknown store URL {redact(url)!r}: use sqlite:///PATH or "
                     "postgresql://[user@]host[:port]/database.")


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///PATH`` URL (or of a plain path). Both ``sqlite:////tmp/a``
    (the absolute path after ``sqlite:///``) and ``sqlite:///tmp/a`` (a file URL's form) name
    ``/tmp/a``."""
    if "://" not in url:
        return Path(url).expanduser()
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise StoreError(f"A sqlite URL names a file on this computer: sqlite:///PATH, "
                         f"not {url!r}.")
    path = unquote(parts.path)
    if path.startswith("//"):  # sqlite:////abs/path: the absolute path after "sqlite:///"
        path = path[1:]
    return Path(path).expanduser()


def password_of(url: str) -> str | None:
    """The password written in a URL, if any."""
    if "://" not in url:
        return None
    password = urlsplit(url).password
    return unquote(password) if password else None


def redact(url: str) -> str:
    """``url`` without a password (safe to print and log)."""
    if "://" not in url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def resolve_url(url: str | None = None, data_dir: Path | str | None = None) -> str:
    """The URL of the store in use: ``url``, else ``$CMGUI_STORE``, else the ``store_url``
    setting, else the SQLite file in ``data_dir``."""
    for candidate in (url, os.environ.get(ENV_VAR)):
        if candidate and candidate.strip():
            return candidate.strip()
    if data_dir is None:
        from cmgui.store.settings import Settings

        try:
            setting = str(Settings.open_default().get("store_url") or "").strip()
        except (OSError, StoreError, KeyError):
            setting = ""
        if setting:
            return setting
    return sqlite_url(database_path(data_dir))


def open_database(url: str | None = None, data_dir: Path | str | None = None,
                  migrations: list[Migration] | None = None) -> Database:
    """Open (and migrate) the store :func:`resolve_url` names; StoreError if it cannot be
    used."""
    resolved = resolve_url(url, data_dir)
    if scheme_of(resolved) == "postgresql":
        from cmgui.store.engine_postgres import PostgresDatabase

        return PostgresDatabase(resolved, migrations)
    from cmgui.store.engine_sqlite import SqliteDatabase

    return SqliteDatabase(sqlite_path(resolved), migrations)
