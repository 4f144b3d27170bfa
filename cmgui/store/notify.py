"""Changes made anywhere, heard everywhere: PostgreSQL ``LISTEN/NOTIFY`` on one channel.

The team schema's triggers (``cmgui.store.team_schema``) send one notice per statement that
changes the archive, a SIM's status or a job, inside the writer's transaction, so a notice is
heard exactly when the change is visible, and never for a rolled-back one. :class:`Listener`
keeps one connection that does nothing but ``LISTEN``; it never reads the tables. When the
server goes away it connects again (backing off up to :data:`MAX_BACKOFF` seconds) and then
hands its consumer a :class:`Change` of kind ``resync``: notices sent while nobody listened
are lost by PostgreSQL's design, so whatever the consumer shows must be read again once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cmgui.store.errors import StoreError
from cmgui.store.team_schema import CHANNEL

if TYPE_CHECKING:  # imported when a listener runs: an app on SQLite never loads psycopg
    import psycopg

log = logging.getLogger(__name__)

#: Seconds between attempts to reconnect, doubled from FIRST_BACKOFF up to this.
FIRST_BACKOFF = 0.2
MAX_BACKOFF = 5.0
#: Kind of the change handed out after a reconnect (notices may have been missed).
RESYNC = "resync"


@dataclass(frozen=True)
class Change:
    """One notice: ``kind`` (see ``team_schema``), the rows it names, how many rows changed."""

    kind: str
    rows: tuple[tuple[Any, ...], ...] = ()
    count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """False when more rows changed than the notice names (read them again)."""
        return self.count <= len(self.rows)


def parse(payload: str) -> Change | None:
    """A notice's payload as a Change; None for one that is not ours (logged, ignored)."""
    try:
        data = json.loads(payload)
        kind = str(data["k"])
        rows = tuple(tuple(r) for r in data.get("rows", ()))
        count = int(data.get("n", len(rows)))
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a malformed notice on %s: %.80r", CHANNEL, payload)
        return None
    extra = {k: v for k, v in data.items() if k not in ("k", "n", "rows")}
    return Change(kind, rows, count, extra)


async def notify(conn: psycopg.AsyncConnection[Any], kind: str, **fields: Any) -> None:
    """Send a notice of ``kind`` from inside the caller's transaction (for changes no trigger
    sees)."""
    payload = json.dumps({"k": kind, **fields}, separators=(",", ":"), default=str)
    await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


Connect = Callable[[], Awaitable["psycopg.AsyncConnection[Any]"]]


async def connect_async(url: str, *, autocommit: bool = False
                        ) -> psycopg.AsyncConnection[Any]:
    """An asyncio connection to the store ``url``, with the password found as the engine finds
    it (URL, keyring, libpq files); StoreUnavailable (never the password) if it fails."""
    import psycopg

    from cmgui.store.engine_postgres import CONNECT_TIMEOUT, connect_options, unavailable

    password, kwargs = connect_options(url)
    try:
        return await psycopg.AsyncConnection.connect(
            url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT,
            application_name="cmgui", **kwargs)
    except psycopg.OperationalError as exc:
        raise unavailable(url, exc, password) from None


def connector(url: str, *, autocommit: bool = False) -> Connect:
    """A :data:`Connect` for ``url``."""
    async def connect() -> psycopg.AsyncConnection[Any]:
        return await connect_async(url, autocommit=autocommit)
    return connect


class Listener:
    """Yields every :class:`Change` on :data:`CHANNEL`, across server restarts.

    ``listening`` is set once the ``LISTEN`` is in place (and again after each reconnect), so a
    caller can wait for it before making a change it wants to hear about.
    """

    def __init__(self, url_or_connect: str | Connect) -> None:
        self._connect = (connector(url_or_connect, autocommit=True)
                         if isinstance(url_or_connect, str) else url_or_connect)
        self.listening = asyncio.Event()
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._closed = False

    async def changes(self) -> AsyncIterator[Change]:
        import psycopg

        backoff = FIRST_BACKOFF
        first = True
        while not self._closed:
            try:
                self._conn = await self._connect()
                await self._conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                backoff = FIRST_BACKOFF
                if not first:
                    yield Change(RESYNC)
                first = False
                async for notice in self._conn.notifies():
                    change = parse(notice.payload)
                    if change is not None:
                        yield change
            except (psycopg.OperationalError, StoreError) as exc:
                self.listening.clear()
                if self._closed:
                    break
                log.info("lost the change feed (%s); connecting again in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
            finally:
                await self._drop()

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            import psycopg

            with contextlib.suppress(psycopg.Error):
                await conn.close()

    async def close(self) -> None:
        """Stop: the iterator of :meth:`changes` ends."""
        self._closed = True
        await self._drop()
