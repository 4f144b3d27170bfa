"""The SQLite engine (the default store): one writer thread, per-thread read connections,
numbered migrations.

The database runs in WAL mode, so readers see the last committed state and never block the
writer (nor the writer them). Every write is a function run by a single background thread inside
one ``BEGIN IMMEDIATE`` transaction; callers get a :class:`concurrent.futures.Future` (or await
:meth:`Database.awrite`), so neither the Qt thread nor the asyncio loop waits on disk.

Migrations are an ordered list; migration *n* (1-based) brings ``PRAGMA user_version`` from
``n - 1`` to ``n`` inside the same transaction as its statements, so a failed step leaves the
database exactly at the previous version.

A damaged, empty or unreadable file is never papered over: opening it, or any read or write
that meets a damaged page, raises :class:`~cmgui.store.errors.DatabaseDamaged` or
:class:`~cmgui.store.errors.DatabaseReadOnly` with what the user can do (never a raw
``sqlite3`` error, never a silently recreated empty archive). Nothing here repairs a file by
itself; :func:`keep_copy` is what any repair must call first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from cmgui.store.engine import Migration, TableInfo, split_sql, sqlite_url
from cmgui.store.errors import (
    DatabaseDamaged,
    DatabaseReadOnly,
    MigrationError,
    SchemaTooNewError,
    StoreError,
)
from cmgui.store.writer_thread import Job, WriterThread

T = TypeVar("T")

BUSY_TIMEOUT_MS = 10_000


def keep_copy(path: Path) -> Path:
    """Copy ``path`` (and its WAL) aside as ``<name>.copy-<time>`` before anything repairs it;
    the copy's path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.copy-{stamp}")
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _damaged(path: Path, exc: BaseException) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"The database {path} is damaged ({exc}). Quit cmgui, keep a copy of the file, then "
        f"recover what can be read (sqlite3 {path.name} .recover | sqlite3 recovered.sqlite3) "
        "or move it away to start a new one.")


def _read_only(path: Path, exc: BaseException | str) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        f"The database {path} cannot be written ({exc}): give this user write access to it "
        "and its folder, or point CMGUI_DATA_DIR at another folder.")


def translate(path: Path, exc: sqlite3.Error, *, reading: bool = False) -> StoreError | None:
    """The StoreError for a SQLite failure that is the file's fault, or None for one that is a
    bug of the caller's (a constraint, a misuse, a write on a read connection), which stays as
    it is."""
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
                  | sqlite3.InterfaceError | sqlite3.NotSupportedError | sqlite3.DataError):
        return None
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return None if reading else _read_only(path, exc)
    if isinstance(exc, sqlite3.OperationalError) and not any(
            w in text for w in ("malformed", "disk i/o", "not a database", "corrupt")):
        return StoreError(f"The database {path} could not be used: {exc}.")
    return _damaged(path, exc)


def _check_file(path: Path) -> None:
    """Refuse what SQLite would quietly make into a new, empty database, and say why a file
    cannot be written before SQLite gives a vaguer error."""
    if not path.exists():
        return
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseDamaged(
            f"The database {path} is empty (0 bytes): it was cut short, and its messages and "
            "records are not in it. Move it away (or delete it) to start a new one.")
    if not os.access(path, os.R_OK):
        raise _read_only(path, "this user may not read it")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise _read_only(path, "read-only")


def _create(path: Path) -> None:
    """A new database file appears whole, never as the 0-byte file SQLite starts with: another
    process opening it at that instant would refuse it as cut short (:func:`_check_file`).
    It is made under a temporary name and linked into place unless one is there already."""
    if path.exists():
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    conn = sqlite3.connect(str(temporary))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass  # another process made it first: use that one
    finally:
        temporary.unlink()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration], path: str) -> int:
    """Apply the migrations the database lacks; return the resulting version."""
    known = len(migrations)
    found = schema_version(conn)
    if found > known:
        raise SchemaTooNewError(path, found, known)
    while found < known:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            found = schema_version(conn)
            if found > known:
                raise SchemaTooNewError(path, found, known)
            if found < known:
                step = migrations[found]
                if callable(step):
                    step(conn)
                else:
                    for statement in split_sql(step):
                        conn.execute(statement)
                found += 1
                conn.execute(f"PRAGMA user_version = {found}")
            conn.execute("COMMIT")
        except SchemaTooNewError:
            conn.execute("ROLLBACK")
            raise
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise MigrationError(
                f"Could not upgrade the database {path} to schema version {found + 1}: {exc}"
            ) from exc
    return found


class SqliteDatabase(WriterThread):
    """A SQLite file with a single writer thread and per-thread read connections.

    ``write(fn)`` runs ``fn(conn)`` in one transaction on the writer thread and returns a Future
    of its result; the transaction is committed before the Future resolves. ``durable=True``
    commits with ``synchronous=FULL`` (the WAL is fsync'd), for data that must survive a power
    cut before the caller acts on it (e.g. deleting the original from a device).
    ``read(fn)`` runs ``fn`` on the calling thread's own read-only connection.
    """

    engine = "sqlite"

    def __init__(self, path: Path | str, migrations: Sequence[Migration] | None = None) -> None:
        if migrations is None:
            from cmgui.store.schema import MIGRATIONS_SQLITE

            migrations = MIGRATIONS_SQLITE
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _create(self.path)
        except OSError as exc:
            raise _read_only(self.path, exc) from None
        _check_file(self.path)
        try:
            conn = _connect(self.path)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.Error as exc:
            raise (translate(self.path, exc)
                   or StoreError(f"Could not open the database {self.path}: {exc}")) from None
        if str(mode).lower() != "wal":
            conn.close()
            raise StoreError(f"The database {self.path} cannot use write-ahead logging ({mode}).")
        try:
            self.version = migrate(conn, migrations, str(self.path))
        except sqlite3.Error as exc:
            conn.close()
            raise (translate(self.path, exc) or _damaged(self.path, exc)) from None
        except BaseException:
            conn.close()
            raise
        conn.execute("PRAGMA synchronous = NORMAL")
        self.fulltext = bool(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'sms_fts'").fetchone())
        self._writer = conn
        self._start_writer("cmgui-db-writer")

    @property
    def url(self) -> str:
        return sqlite_url(self.path)

    def like(self, column: str) -> str:
        return f"{column} LIKE ? ESCAPE '\\'"

    def describe(self) -> dict[str, TableInfo]:
        def run(conn: sqlite3.Connection) -> dict[str, TableInfo]:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sms_fts%'")]
            tables: dict[str, TableInfo] = {}
            for name in names:
                info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
                key = tuple(r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"])
                parents = frozenset(r["table"] for r in conn.execute(
                    f'PRAGMA foreign_key_list("{name}")'))
                tables[name] = TableInfo(tuple(r["name"] for r in info), key, parents)
            return tables

        return self.read(run)

    def after_copy(self, conn: sqlite3.Connection, table: str) -> None:
        """Nothing to do: an INTEGER PRIMARY KEY continues after the largest id."""

    # -- writing -------------------------------------------------------------------------------

    def _closed_error(self) -> Exception:
        return StoreError(f"The database {self.path} is closed.")

    def _execute(self, job: Job) -> object:
        conn = self._writer
        try:
            if job.durable:
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = job.fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
            return result
        finally:
            if job.durable:  # never let the writer thread die on a damaged file
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA synchronous = NORMAL")

    def _failure(self, exc: BaseException) -> BaseException:
        """The file's fault becomes a StoreError."""
        if isinstance(exc, sqlite3.Error):
            return translate(self.path, exc) or exc
        return exc

    def _writer_done(self) -> None:
        self._writer.close()

    # -- reading -------------------------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (created on first use)."""
        if self._closed:
            raise self._closed_error()
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            conn.execute("PRAGMA query_only = ON")
            self._track_reader(conn)
        return conn

    def read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` on this thread's read connection, in one snapshot."""
        try:
            conn = self.reader()
            if conn.in_transaction:  # nested read: already inside one snapshot
                return fn(conn)
            conn.execute("BEGIN")
            try:
                return fn(conn)
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        except sqlite3.Error as exc:
            translated = translate(self.path, exc, reading=True)
            if translated is None:
                raise
            raise translated from None
