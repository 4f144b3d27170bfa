"""The PostgreSQL engine (15+, psycopg 3): a team's shared store.

Same interface as the SQLite engine (:class:`cmgui.store.engine.Database`), and the same
guarantees: writes run on one writer thread per process, each in one transaction that first takes
the store's write lock (a transaction-scoped advisory lock, :data:`WRITE_LOCK`), so writers of all
processes take turns exactly as SQLite's ``BEGIN IMMEDIATE`` makes them, and each sees
everything committed before it (``READ COMMITTED`` after the lock). A write holds the lock for
its own transaction only (milliseconds); readers never wait for it. The write functions check
before they insert ("is this PDU archived?"), and the schema's unique keys (message uid, part
identity, gateway message identity) refuse a duplicate whatever happens; should PostgreSQL still
cancel a write (deadlock with a client that does not take the lock, a unique key met) the
engine runs it again — a write function is a pure function of its connection. Reads run on the
calling thread's own connection in one ``REPEATABLE READ`` snapshot. ``awrite``/``aread`` never
block the asyncio loop.

The connection handed to a write or read speaks the store's common dialect (see
:mod:`cmgui.store.engine`): :class:`Connection` turns ``?`` into psycopg's placeholders, SQLite's
case-insensitive ``LIKE`` into ``ILIKE``, Python booleans into integers, and a broken constraint
into ``sqlite3.IntegrityError``. :func:`postgres_ddl` turns the schema's SQLite DDL into
PostgreSQL's. Schema versions live in the ``cmgui_schema_version`` table.

The password comes from the URL, the keyring (``store:URL`` under cmgui's keyring service) or
libpq itself (``~/.pgpass``, a service file, ``PGPASSWORD``); it never appears in a message or a
log line: errors name the URL without it (:func:`cmgui.store.engine.redact`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Loader
from psycopg.pq import TransactionStatus
from psycopg.rows import RowMaker

from cmgui.store.engine import Migration, TableInfo, password_of, redact
from cmgui.store.errors import MigrationError, SchemaTooNewError, StoreError, StoreUnavailable
from cmgui.store.writer_thread import Job, WriterThread

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Connect timeout (seconds) and how often a write is run again after PostgreSQL cancelled it
#: for a concurrent one.
CONNECT_TIMEOUT = 10
MAX_ATTEMPTS = 30
#: How often a write that met a unique violation is run again (see ``_execute``).
UNIQUE_RETRIES = 3
#: Serializes schema upgrades of concurrent processes (an arbitrary advisory-lock key).
MIGRATION_LOCK = 0x636D677569  # "cmgui"
#: Taken by every write transaction: writers take turns, as on SQLite.
WRITE_LOCK = 0x636D677577  # "cmguw"

_RETRY = (pg_errors.SerializationFailure, pg_errors.DeadlockDetected)


class ConstraintError(sqlite3.IntegrityError):
    """A constraint refused a statement on PostgreSQL (the common dialect's IntegrityError)."""


# -- the dialect -----------------------------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|%|\bLIKE\b|\bINDEXED\s+BY\s+\w+\s*",
                    re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def to_postgres(sql: str) -> str:
    """``?`` placeholders to ``%s`` (``%`` doubled), ``LIKE`` to ``ILIKE``, outside quotes;
    SQLite's ``INDEXED BY`` hints dropped (PostgreSQL's planner picks the index)."""
    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.upper() == "LIKE":
            return "ILIKE"
        if token.upper().startswith("INDEXED"):
            return ""
        return token.replace("%", "%%") if token.startswith("'") else token

    return _TOKEN.sub(swap, sql)


def _params(values: Sequence[Any] | Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
    if isinstance(values, Mapping):
        return {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}
    return [int(v) if isinstance(v, bool) else v for v in values]


class Row(tuple[Any, ...]):
    """A result row by position and by column name, like ``sqlite3.Row``."""

    _index: dict[str, int]

    def __new__(cls, values: Iterable[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> RowMaker[Row]:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, index)

    return make


class _NumericLoader(Loader):
    """``sum()`` of integers is ``numeric`` on PostgreSQL: give an int (or a float), as SQLite
    does, never a Decimal."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


class Connection:
    """The common dialect over one psycopg connection (see the module docstring)."""

    def __init__(self, conn: psycopg.Connection[Row]) -> None:
        self.raw = conn

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
                ) -> psycopg.Cursor[Row]:
        cursor = self.raw.cursor()
        try:
            cursor.execute(to_postgres(sql), _params(parameters))
        except pg_errors.IntegrityError as exc:
            raise ConstraintError(str(exc)) from exc
        return cursor

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | Mapping[str, Any]]
                    ) -> psycopg.Cursor[Row]:
        cursor = self.raw.cursor()
        try:
            cursor.executemany(to_postgres(sql), [_params(p) for p in seq])
        except pg_errors.IntegrityError as exc:
            raise ConstraintError(str(exc)) from exc
        return cursor


# -- connecting ------------------------------------------------------------------------------


def keyring_password(url: str) -> str | None:
    """The password kept in the keyring for this store URL, if any."""
    from cmgui.store.errors import SecretStoreError
    from cmgui.store.secrets import SecretStore, store_password_key

    try:
        return SecretStore().get(store_password_key(url))
    except SecretStoreError:
        return None


def unavailable(url: str, exc: BaseException, password: str | None) -> StoreUnavailable:
    """A user-facing error for a failed connection: the URL without its password, libpq's
    reason (with any password cut out), and what to check."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if password:
        reason = reason.replace(password, "***")
    return StoreUnavailable(
        f"Could not use the PostgreSQL store {redact(url)}: {reason}. Check that the server "
        "runs and that host, port, database, user and password (keyring, ~/.pgpass or a "
        "service file) are right, or choose another store (cmcli --store, CMGUI_STORE or the "
        "store setting).")


def connect_options(url: str) -> tuple[str | None, dict[str, Any]]:
    """The password for ``url`` (in the URL, else the keyring; None: libpq's own files decide)
    and the keyword arguments that pass a keyring password to psycopg. The password is
    registered with the log redactor, which cuts it out wherever it appears."""
    password = password_of(url)
    kwargs: dict[str, Any] = {}
    if password is None:
        password = keyring_password(url)
        if password is not None:
            kwargs["password"] = password
    if password:
        from cmgui.store.secrets import register_secret

        register_secret(password)
    return password, kwargs


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection[Row]:
    """A psycopg connection to ``url`` with the store's adapters; StoreUnavailable if not."""
    password, kwargs = connect_options(url)
    try:
        conn: psycopg.Connection[Row] = psycopg.connect(
            url, autocommit=autocommit, row_factory=_row_factory,
            connect_timeout=CONNECT_TIMEOUT, application_name="cmgui", **kwargs)
    except psycopg.Error as exc:
        raise unavailable(url, exc, password) from None
    conn.adapters.register_loader("numeric", _NumericLoader)
    return conn


# -- schema ----------------------------------------------------------------------------------

_VERSIONS = ("CREATE TABLE IF NOT EXISTS cmgui_schema_version ("
             "version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")


def schema_version(conn: psycopg.Connection[Row]) -> int:
    found = conn.execute("SELECT to_regclass('cmgui_schema_version')").fetchone()
    if found is None or found[0] is None:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM cmgui_schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection[Row], migrations: Sequence[Migration], url: str) -> int:
    """Apply the missing migrations, each in its own transaction under an advisory lock (so
    concurrent processes upgrade once); the resulting version."""
    known = len(migrations)
    where = redact(url)
    found = schema_version(conn)
    if found > known:
        raise SchemaTooNewError(where, found, known)
    while found < known:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute(_VERSIONS)
            found = schema_version(conn)
            if found > known:
                raise SchemaTooNewError(where, found, known)
            if found < known:
                step = migrations[found]
                try:
                    if callable(step):
                        step(Connection(conn))  # type: ignore[arg-type]
                    elif step.strip():
                        conn.execute(step.encode())
                except psycopg.Error as exc:
                    raise MigrationError(f"Could not upgrade the store {where} to schema "
                                         f"version {found + 1}: {exc}") from None
                found += 1
                conn.execute("INSERT INTO cmgui_schema_version (version) VALUES (%s)", (found,))
    return found


# -- the engine ------------------------------------------------------------------------------


class PostgresDatabase(WriterThread):
    """A PostgreSQL database as the store (see the module docstring)."""

    engine = "postgresql"
    fulltext = False

    def __init__(self, url: str, migrations: Sequence[Migration] | None = None) -> None:
        if migrations is None:
            from cmgui.store.schema import MIGRATIONS_POSTGRES

            migrations = MIGRATIONS_POSTGRES
        self._url = url
        conn = connect(url, autocommit=True)  # each migration commits on its own
        try:
            if conn.info.server_version < 150000:
                raise StoreError(f"The store {redact(url)} runs PostgreSQL "
                                 f"{conn.info.server_version // 10000}; cmgui needs 15 or newer.")
            self.version = migrate(conn, migrations, url)
        except psycopg.OperationalError as exc:
            conn.close()
            raise unavailable(url, exc, password_of(url)) from None
        except BaseException:
            conn.close()
            raise
        conn.close()
        self._writer: psycopg.Connection[Row] | None = None
        self._start_writer("cmgui-pg-writer")

    @property
    def url(self) -> str:
        return redact(self._url)

    def like(self, column: str) -> str:
        return f"cmgui_fold({column}) LIKE cmgui_fold(?) ESCAPE '\\'"

    def describe(self) -> dict[str, TableInfo]:
        def run(conn: sqlite3.Connection) -> dict[str, TableInfo]:
            tables: dict[str, TableInfo] = {}
            names = [r[0] for r in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                "AND c.relname <> 'cmgui_schema_version'")]
            for name in names:
                columns = tuple(r[0] for r in conn.execute(
                    "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                    "AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (name,)))
                key = tuple(r[0] for r in conn.execute(
                    "SELECT a.attname FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) "
                    "WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a "
                    "ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                    "WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.n", (name,)))
                parents = frozenset(r[0] for r in conn.execute(
                    "SELECT confrelid::regclass::text FROM pg_constraint "
                    "WHERE conrelid = ?::regclass AND contype = 'f'", (name,)))
                tables[name] = TableInfo(columns, key, parents)
            return tables

        return self.read(run)

    def after_copy(self, conn: sqlite3.Connection, table: str) -> None:
        """Move identity sequences past the copied ids."""
        for (column,) in conn.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass "
                "AND attidentity <> ''", (table,)).fetchall():
            conn.execute(
                f'SELECT setval(pg_get_serial_sequence(?, ?), '
                f'coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)',
                (table, column))

    # -- writing ---------------------------------------------------------------------------

    def _closed_error(self) -> Exception:
        return StoreError(f"The store {self.url} is closed.")

    def _connection(self) -> psycopg.Connection[Row]:
        if self._writer is None or self._writer.closed or self._writer.broken:
            with contextlib.suppress(psycopg.Error):
                if self._writer is not None:
                    self._writer.close()
            self._writer = None
            self._writer = connect(self._url)
        return self._writer

    def _attempt(self, job: Job) -> object:
        conn = self._connection()
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            if not job.durable:  # a commit that waits for the disk only when asked to
                conn.execute("SET LOCAL synchronous_commit = off")
            result = job.fn(Connection(conn))
            conn.commit()
        except BaseException:
            if not conn.closed and not conn.broken:
                with contextlib.suppress(psycopg.Error):
                    conn.rollback()
            raise
        return result

    def _execute(self, job: Job) -> object:
        """Run ``job`` until it commits: again after a deadlock or serialization failure (only
        with clients that write without the lock), and after a unique violation a few times
        (a row such a client committed meanwhile is then seen and skipped); a unique violation
        that comes back every time is the caller's."""
        unique_retries = UNIQUE_RETRIES
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return self._attempt(job)
            except ConstraintError as exc:
                if not isinstance(exc.__cause__, pg_errors.UniqueViolation) \
                        or unique_retries == 0 or attempt == MAX_ATTEMPTS:
                    raise
                unique_retries -= 1
                log.debug("write run again after a concurrent insert (attempt %d)", attempt)
            except _RETRY as exc:
                if attempt == MAX_ATTEMPTS:
                    raise
                # No pause here: the next attempt waits in the server (for the write lock, or
                # for the row locks of the transaction it collided with), not on this thread.
                log.debug("write run again after %s (attempt %d)", type(exc).__name__, attempt)
        raise AssertionError("unreachable")

    def _failure(self, exc: BaseException) -> BaseException:
        if isinstance(exc, psycopg.OperationalError):
            return unavailable(self._url, exc, password_of(self._url))
        if isinstance(exc, psycopg.Error):
            return StoreError(f"The store {self.url} could not be written: {exc}")
        return exc

    def _writer_done(self) -> None:
        if self._writer is not None:
            self._writer.close()

    # -- reading ---------------------------------------------------------------------------

    def _reader(self) -> psycopg.Connection[Row]:
        if self._closed:
            raise self._closed_error()
        conn: psycopg.Connection[Row] | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken:
            conn = connect(self._url)
            conn.read_only = True
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            self._track_reader(conn)
        return conn

    def read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` on this thread's read connection, in one snapshot."""
        conn = self._reader()
        if conn.info.transaction_status != TransactionStatus.IDLE:  # nested read
            return fn(Connection(conn))  # type: ignore[arg-type]
        try:
            try:
                return fn(Connection(conn))  # type: ignore[arg-type]
            finally:
                if not conn.closed and not conn.broken:
                    conn.rollback()  # read-only: ends the snapshot
        except psycopg.OperationalError as exc:
            raise unavailable(self._url, exc, password_of(self._url)) from None
