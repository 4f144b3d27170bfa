"""Fleet data in SQLite: the SIM cache of each account, the audit log of bulk jobs, and the SMS
and push events the platforms sent about SIMs (tables: ``FLEET_TABLES`` in ``schema``).

The audit log records who ran a bulk job, when, what it did and each SIM's outcome, item by item
as they finish, so a job cut off midway (a crash, Ctrl+C, a lost network) can be resumed: what
succeeded is never done again. Rows are plain dicts here; the seam turns them into its types.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cmgui.store.engine import Database, upsert_sql

SIM_COLUMNS = ("iccid", "imsi", "msisdn", "imei", "name", "status", "native_status", "backend",
               "plan", "platform_id", "connectivity", "used_bytes", "limit_bytes", "last_seen")
#: Outcomes that count as done: a resumed job never repeats them.
DONE = ("ok", "unchanged", "refused")
#: Columns the free-text search looks in.
SEARCHED = ("iccid", "imsi", "msisdn", "imei", "name")


@dataclass(frozen=True)
class Job:
    id: int
    account: str
    action: str
    argument: str
    user: str
    host: str
    pid: int
    created_at: int
    updated_at: int
    finished_at: int | None
    state: str
    total: int
    counts: dict[str, int]

    @property
    def remaining(self) -> int:
        return self.total - sum(self.counts.get(o, 0) for o in DONE)


@dataclass(frozen=True)
class JobItem:
    job_id: int
    seq: int
    iccid: str
    outcome: str
    before: str
    after: str
    detail: str
    updated_at: int | None


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class FleetStore:
    """The fleet tables of one database."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._clock = clock

    def _now(self) -> int:
        return int(self._clock())

    # --- SIM cache --------------------------------------------------------------------------

    def replace_sims(self, account: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Make the cache of ``account`` exactly ``rows`` (a complete listing, in order)."""
        now = self._now()
        data = [(account, *[_value(row, c) for c in SIM_COLUMNS], seq, now)
                for seq, row in enumerate(rows)]

        def run(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM fleet_sim WHERE account = ?", (account,))
            conn.executemany(_INSERT_SIM, data)
            return len(data)
        return self.db.write(run).result()

    def upsert_sims(self, account: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Update (or add, last) the given SIMs of ``account``."""
        now = self._now()
        items = list(rows)

        def run(conn: sqlite3.Connection) -> None:
            last = conn.execute("SELECT COALESCE(MAX(seq), -1) FROM fleet_sim WHERE account = ?",
                                (account,)).fetchone()[0]
            for row in items:
                known = conn.execute("SELECT seq FROM fleet_sim WHERE account = ? AND iccid = ?",
                                     (account, row["iccid"])).fetchone()
                if known is None:
                    last += 1
                seq = known[0] if known is not None else last
                conn.execute(_INSERT_SIM, (account, *[_value(row, c) for c in SIM_COLUMNS],
                                           seq, now))
        self.db.write(run).result()

    def set_status(self, account: str, iccid: str, status: str) -> None:
        def run(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE fleet_sim SET status = ?, refreshed_at = ? "
                         "WHERE account = ? AND iccid = ?", (status, self._now(), account, iccid))
        self.db.write(run).result()

    def _where(self, account: str, status: str, backend: str,
               search: str) -> tuple[str, list[object]]:
        clauses: list[str] = ["account = ?"]
        args: list[object] = [account]
        if status:
            clauses.append("(lower(status) = lower(?) OR lower(native_status) = lower(?))")
            args += [status, status]
        if backend:
            clauses.append("lower(backend) = lower(?)")
            args.append(backend)
        if search.strip():
            pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCHED) + ")")
            args += [pattern] * len(SEARCHED)
        return " AND ".join(clauses), args

    def count(self, account: str, *, status: str = "", backend: str = "",
              search: str = "") -> int:
        where, args = self._where(account, status, backend, search)
        return int(self.db.read(lambda c: c.execute(
            f"SELECT COUNT(*) FROM fleet_sim WHERE {where}", args).fetchone()[0]))

    def page(self, account: str, offset: int, limit: int, *, status: str = "",
             backend: str = "", search: str = "") -> list[dict[str, Any]]:
        where, args = self._where(account, status, backend, search)
        rows = self.db.read(lambda c: c.execute(
            f"SELECT {', '.join(SIM_COLUMNS)}, refreshed_at FROM fleet_sim WHERE {where} "
            "ORDER BY seq LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall())
        return [dict(r) for r in rows]

    def sim(self, account: str, iccid: str) -> dict[str, Any] | None:
        row = self.db.read(lambda c: c.execute(
            f"SELECT {', '.join(SIM_COLUMNS)}, refreshed_at FROM fleet_sim "
            "WHERE account = ? AND iccid = ?", (account, iccid)).fetchone())
        return dict(row) if row is not None else None

    def distinct(self, account: str, column: str) -> list[str]:
        if column not in ("status", "backend"):
            raise ValueError(column)
        rows = self.db.read(lambda c: c.execute(
            f"SELECT DISTINCT {column} FROM fleet_sim WHERE account = ? AND {column} != '' "
            f"ORDER BY {column}", (account,)).fetchall())
        return [r[0] for r in rows]

    def forget_account(self, account: str) -> None:
        def run(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM fleet_sim WHERE account = ?", (account,))
        self.db.write(run).result()

    # --- jobs -------------------------------------------------------------------------------

    def create_job(self, account: str, action: str, argument: str, iccids: list[str], *,
                   user: str, host: str, pid: int) -> int:
        now = self._now()

        def run(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO fleet_job (account, action, argument, \"user\", host, pid, created_at,"
                " updated_at, state, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)"
                " RETURNING id",
                (account, action, argument, user, host, pid, now, now, len(iccids)))
            job_id = int(cur.fetchone()[0])
            conn.executemany("INSERT INTO fleet_job_item (job_id, seq, iccid) VALUES (?, ?, ?)",
                             [(job_id, i, iccid) for i, iccid in enumerate(iccids)])
            return job_id
        return self.db.write(run, durable=True).result()

    def claim_job(self, job_id: int, *, host: str, pid: int) -> None:
        """Mark a job running again, by this process (a resume)."""
        def run(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE fleet_job SET state = 'running', host = ?, pid = ?, "
                         "updated_at = ?, finished_at = NULL WHERE id = ?",
                         (host, pid, self._now(), job_id))
        self.db.write(run, durable=True).result()

    def mark_item(self, job_id: int, seq: int, outcome: str, *, before: str = "",
                  after: str = "", detail: str = "") -> None:
        """Record one SIM's outcome (durably: a resume trusts it)."""
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE fleet_job_item SET outcome = ?, before = ?, after = ?, "
                         "detail = ?, updated_at = ? WHERE job_id = ? AND seq = ?",
                         (outcome, before, after, detail, now, job_id, seq))
            conn.execute("UPDATE fleet_job SET updated_at = ? WHERE id = ?", (now, job_id))
        self.db.write(run, durable=outcome != "sent").result()

    def finish_job(self, job_id: int, state: str) -> None:
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE fleet_job SET state = ?, updated_at = ?, finished_at = ? "
                         "WHERE id = ?", (state, now, now, job_id))
        self.db.write(run, durable=True).result()

    def _job(self, conn: sqlite3.Connection, row: sqlite3.Row) -> Job:
        counts = {r[0]: r[1] for r in conn.execute(
            "SELECT outcome, COUNT(*) FROM fleet_job_item WHERE job_id = ? GROUP BY outcome",
            (row["id"],))}
        return Job(row["id"], row["account"], row["action"], row["argument"], row["user"],
                   row["host"], row["pid"], row["created_at"], row["updated_at"],
                   row["finished_at"], row["state"], row["total"], counts)

    def jobs(self, account: str | None = None, limit: int = 100) -> list[Job]:
        def run(conn: sqlite3.Connection) -> list[Job]:
            if account is None:
                rows = conn.execute("SELECT * FROM fleet_job ORDER BY id DESC LIMIT ?",
                                    (limit,)).fetchall()
            else:
                rows = conn.execute("SELECT * FROM fleet_job WHERE account = ? "
                                    "ORDER BY id DESC LIMIT ?", (account, limit)).fetchall()
            return [self._job(conn, r) for r in rows]
        return self.db.read(run)

    def job(self, job_id: int) -> Job | None:
        def run(conn: sqlite3.Connection) -> Job | None:
            row = conn.execute("SELECT * FROM fleet_job WHERE id = ?", (job_id,)).fetchone()
            return self._job(conn, row) if row is not None else None
        return self.db.read(run)

    def items(self, job_id: int, *, undone_only: bool = False) -> list[JobItem]:
        sql = "SELECT * FROM fleet_job_item WHERE job_id = ?"
        if undone_only:
            sql += " AND outcome NOT IN ('ok', 'unchanged', 'refused')"
        rows = self.db.read(lambda c: c.execute(sql + " ORDER BY seq", (job_id,)).fetchall())
        return [JobItem(r["job_id"], r["seq"], r["iccid"], r["outcome"], r["before"], r["after"],
                        r["detail"], r["updated_at"]) for r in rows]

    # --- SMS and pushed events --------------------------------------------------------------

    def record_sent(self, account: str, iccid: str, msg_id: str, text: str) -> None:
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO fleet_sms (account, iccid, direction, msg_id, "
                         "text, delivery, received_at, digest) VALUES (?, ?, 'out', ?, ?, "
                         "'pending', ?, ?) ON CONFLICT DO NOTHING",
                         (account, iccid, msg_id, text, now, digest("out", iccid, msg_id)))
        self.db.write(run, durable=True).result()

    def record_delivery(self, account: str, iccid: str, msg_id: str, delivered: bool,
                        detail: str, peer: str, at: str | None) -> None:
        """A delivery report: updates the sent message it names (or keeps the report alone)."""
        state = "delivered" if delivered else "failed"
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            cur = conn.execute(
                "UPDATE fleet_sms SET delivery = ?, detail = ?, peer = CASE WHEN peer = '' "
                "THEN ? ELSE peer END, at = ? WHERE direction = 'out' AND msg_id = ? "
                "AND iccid = ?", (state, detail, peer, at, msg_id, iccid))
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO fleet_sms (account, iccid, direction, msg_id, peer, "
                    "delivery, detail, at, received_at, digest) VALUES (?, ?, 'out', ?, ?, ?, "
                    "?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (account, iccid, msg_id, peer, state, detail, at, now,
                     digest("out", iccid, msg_id)))
        self.db.write(run, durable=True).result()

    def record_received(self, account: str, iccid: str, text: str, peer: str,
                        destination: str, at: str | None) -> bool:
        """An SMS the SIM sent; False if this very message was archived already."""
        now = self._now()

        def run(conn: sqlite3.Connection) -> bool:
            cur = conn.execute(
                "INSERT INTO fleet_sms (account, iccid, direction, peer, text, "
                "detail, at, received_at, digest) VALUES (?, ?, 'in', ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (account, iccid, peer, text, destination, at, now,
                 digest("in", iccid, peer, destination, text, at)))
            return cur.rowcount > 0
        return self.db.write(run, durable=True).result()

    def messages(self, iccid: str, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.db.read(lambda c: c.execute(
            "SELECT account, iccid, direction, msg_id, peer, text, delivery, detail, at, "
            "received_at FROM fleet_sms WHERE iccid = ? ORDER BY id DESC LIMIT ?",
            (iccid, limit)).fetchall())
        return [dict(r) for r in rows]

    def record_event(self, account: str, iccid: str, kind: str,
                     body: Mapping[str, Any]) -> bool:
        """A pushed event, once (a platform may push the same body again)."""
        now = self._now()
        text = json.dumps(dict(body), sort_keys=True, default=str)

        def run(conn: sqlite3.Connection) -> bool:
            cur = conn.execute(
                "INSERT INTO fleet_event (account, iccid, kind, body, received_at, "
                "digest) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (account, iccid, kind, text, now, digest(kind, text)))
            return cur.rowcount > 0
        return self.db.write(run, durable=True).result()

    def events(self, iccid: str, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.db.read(lambda c: c.execute(
            "SELECT account, iccid, kind, body, received_at FROM fleet_event WHERE iccid = ? "
            "ORDER BY id DESC LIMIT ?", (iccid, limit)).fetchall())
        return [dict(r) | {"body": json.loads(r["body"])} for r in rows]


_INSERT_SIM = upsert_sql("fleet_sim", ("account", *SIM_COLUMNS, "seq", "refreshed_at"),
                         key=("account", "iccid"))


def _value(row: Mapping[str, Any], column: str) -> Any:
    value = row.get(column)
    if column in ("used_bytes", "limit_bytes"):
        return value if isinstance(value, int) else None
    if column == "last_seen":
        return value or None
    return "" if value is None else str(value)
