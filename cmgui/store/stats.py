"""Connection records, byte counters, usage per SIM and billing period, and usage limits.

``ConnectionLog`` keeps one record per data session (served as CMAPI_NetStatistic_*) and, fed the
session's cumulative byte counts (CMAPI_Callback_ByteCount), adds the increase to the SIM's usage
for the billing period the sample falls in, home and roaming apart, and reports each limit
threshold once per period (remembered in the database, so a restart does not warn again).
``billing_period`` and ``UsageTracker`` are pure and carry the rules.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cmgui.store.engine import Database, upsert_sql
from cmgui.store.errors import StoreError

DEFAULT_THRESHOLDS: tuple[int, ...] = (80, 100)


# -- pure rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A billing period: ``start`` inclusive, ``end`` exclusive (local dates)."""

    start: date
    end: date


def _on_day(year: int, month: int, day: int) -> date:
    """``day`` of the month, or its last day when the month is shorter (billing day 31)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def billing_period(day: date, billing_day: int) -> Period:
    """The billing period that contains ``day`` when periods start on ``billing_day``."""
    if not 1 <= billing_day <= 31:
        raise ValueError(f"billing day must be 1-31, not {billing_day}")
    start = _on_day(day.year, day.month, billing_day)
    if day < start:
        prev_year, prev_month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
        start = _on_day(prev_year, prev_month, billing_day)
    next_year, next_month = (
        (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    )
    return Period(start, _on_day(next_year, next_month, billing_day))


@dataclass(frozen=True)
class Crossing:
    """Usage reached ``threshold`` percent of ``limit`` bytes."""

    sim: str
    roaming: bool
    threshold: int
    used: int
    limit: int
    disconnect: bool  # the limit is reached and the plan asks to disconnect there


@dataclass
class UsageTracker:
    """Fed the bytes used so far in a period, returns each threshold crossed, once."""

    limit: int
    thresholds: Sequence[int] = DEFAULT_THRESHOLDS
    disconnect_at_limit: bool = False
    sim: str = ""
    roaming: bool = False
    fired: set[int] = field(default_factory=set)

    def feed(self, used: int) -> list[Crossing]:
        if self.limit <= 0:
            return []
        crossings = []
        for threshold in sorted(set(self.thresholds)):
            if threshold not in self.fired and used * 100 >= threshold * self.limit:
                self.fired.add(threshold)
                crossings.append(
                    Crossing(self.sim, self.roaming, threshold, used, self.limit,
                             self.disconnect_at_limit and threshold >= 100)
                )
        return crossings

    def reset(self) -> None:
        """A new period starts: every threshold may fire again."""
        self.fired.clear()


@dataclass(frozen=True)
class UsagePlan:
    """A SIM's billing day and limits (bytes per period; None means no limit)."""

    billing_day: int = 1
    home_limit: int | None = None
    roaming_limit: int | None = None
    thresholds: tuple[int, ...] = DEFAULT_THRESHOLDS
    disconnect_at_limit: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.billing_day <= 31:
            raise ValueError(f"The billing day must be between 1 and 31, not {self.billing_day}.")
        if any(not 0 < t <= 1000 for t in self.thresholds):
            raise ValueError("Warning thresholds are percentages between 1 and 1000.")
        for limit in (self.home_limit, self.roaming_limit):
            if limit is not None and limit < 0:
                raise ValueError("A usage limit cannot be negative.")


# -- records -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionRecord:
    id: int
    device: str
    imsi: str | None
    iccid: str | None
    profile: str | None
    roaming: bool
    started_at: float  # seconds since the epoch
    ended_at: float | None
    bytes_up: int
    bytes_down: int
    peak_up_bps: float
    peak_down_bps: float

    @property
    def duration(self) -> float | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> ConnectionRecord:
        return cls(
            id=row["id"], device=row["device"], imsi=row["imsi"], iccid=row["iccid"],
            profile=row["profile"], roaming=bool(row["roaming"]),
            started_at=row["started_at"] / 1000,
            ended_at=None if row["ended_at"] is None else row["ended_at"] / 1000,
            bytes_up=row["bytes_up"], bytes_down=row["bytes_down"],
            peak_up_bps=row["peak_up_bps"], peak_down_bps=row["peak_down_bps"],
        )


@dataclass(frozen=True)
class Usage:
    sim: str
    period: Period
    home_up: int = 0
    home_down: int = 0
    roaming_up: int = 0
    roaming_down: int = 0

    @property
    def home(self) -> int:
        return self.home_up + self.home_down

    @property
    def roaming(self) -> int:
        return self.roaming_up + self.roaming_down


def sim_of(imsi: str | None, iccid: str | None) -> str:
    """The key usage is counted under: the IMSI, else the ICCID, else 'unknown'."""
    return imsi or iccid or "unknown"


def _local_date(ms: int) -> date:
    return datetime.fromtimestamp(ms / 1000).date()


def _read_plan(conn: sqlite3.Connection, sim: str) -> UsagePlan:
    row = conn.execute("SELECT * FROM usage_plan WHERE sim = ?", (sim,)).fetchone()
    if row is None:
        return UsagePlan()
    try:
        thresholds = tuple(int(t) for t in json.loads(row["thresholds"]))
    except (ValueError, TypeError):
        thresholds = DEFAULT_THRESHOLDS
    return UsagePlan(row["billing_day"], row["home_limit"], row["roaming_limit"], thresholds,
                     bool(row["disconnect_at_limit"]))


class ConnectionLog:
    """Connection records and usage counters in the cmgui database."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    def _ms(self, at: float | None) -> int:
        return int((self._clock() if at is None else at) * 1000)

    # -- sessions ------------------------------------------------------------------------------

    async def start(
        self, *, device: str, imsi: str | None = None, iccid: str | None = None,
        profile: str | None = None, roaming: bool = False, at: float | None = None,
    ) -> int:
        """Open a connection record; returns its id."""
        started = self._ms(at)

        def run(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO connection_record (device, imsi, iccid, profile, roaming, "
                "started_at, last_sample_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (device, imsi, iccid, profile, int(roaming), started, started),
            )
            return int(cursor.fetchone()[0])

        return await self._db.awrite(run)

    async def byte_count(
        self, record_id: int, bytes_up: int, bytes_down: int, *, at: float | None = None
    ) -> list[Crossing]:
        """Take the session's cumulative counters; returns the thresholds newly crossed.

        A counter lower than the last one (the modem restarted it) counts from zero again.
        """
        now = self._ms(at)
        up, down = max(0, int(bytes_up)), max(0, int(bytes_down))

        def run(conn: sqlite3.Connection) -> list[Crossing]:
            rec = conn.execute(
                "SELECT * FROM connection_record WHERE id = ?", (record_id,)
            ).fetchone()
            if rec is None:
                raise StoreError(f"There is no connection record {record_id}.")
            d_up = up - rec["bytes_up"] if up >= rec["bytes_up"] else up
            d_down = down - rec["bytes_down"] if down >= rec["bytes_down"] else down
            elapsed = (now - (rec["last_sample_at"] or rec["started_at"])) / 1000
            peak_up, peak_down = rec["peak_up_bps"], rec["peak_down_bps"]
            if elapsed > 0:
                peak_up = max(peak_up, d_up * 8 / elapsed)
                peak_down = max(peak_down, d_down * 8 / elapsed)
            conn.execute(
                "UPDATE connection_record SET bytes_up = ?, bytes_down = ?, peak_up_bps = ?, "
                "peak_down_bps = ?, last_sample_at = ? WHERE id = ?",
                (rec["bytes_up"] + d_up, rec["bytes_down"] + d_down, peak_up, peak_down,
                 max(now, rec["last_sample_at"] or 0), record_id),
            )
            if not d_up and not d_down:
                return []
            return _add_usage(conn, sim_of(rec["imsi"], rec["iccid"]), bool(rec["roaming"]),
                              d_up, d_down, now)

        return await self._db.awrite(run)

    async def end(self, record_id: int, *, at: float | None = None) -> None:
        ended = self._ms(at)

        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE connection_record SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                (ended, record_id),
            )

        await self._db.awrite(run)

    async def delete(self, record_id: int) -> bool:
        """Delete a record (CMAPI_NetStatistic_DeleteConnectionRecord); usage totals stay."""

        def run(conn: sqlite3.Connection) -> bool:
            return conn.execute(
                "DELETE FROM connection_record WHERE id = ?", (record_id,)
            ).rowcount > 0

        return await self._db.awrite(run)

    def record(self, record_id: int) -> ConnectionRecord | None:
        row = self._db.read(
            lambda c: c.execute(
                "SELECT * FROM connection_record WHERE id = ?", (record_id,)
            ).fetchone()
        )
        return None if row is None else ConnectionRecord.from_row(row)

    def records(self, *, device: str | None = None, limit: int = 1000) -> list[ConnectionRecord]:
        """Most recent first (CMAPI_NetStatistic_GetAllConnectionRecords)."""
        where, args = ("WHERE device = ?", [device]) if device is not None else ("", [])
        sql = f"SELECT * FROM connection_record {where} ORDER BY started_at DESC, id DESC LIMIT ?"
        return self._db.read(
            lambda c: [ConnectionRecord.from_row(r) for r in c.execute(sql, [*args, limit])]
        )

    def current(self, device: str) -> ConnectionRecord | None:
        """The open session of a device (CMAPI_NetStatistic_GetConnectionStatistics)."""
        row = self._db.read(
            lambda c: c.execute(
                "SELECT * FROM connection_record WHERE device = ? AND ended_at IS NULL "
                "ORDER BY started_at DESC, id DESC LIMIT 1",
                (device,),
            ).fetchone()
        )
        return None if row is None else ConnectionRecord.from_row(row)

    async def close_dangling(self, *, record_id: int | None = None, at: float | None = None) -> int:
        """End sessions left open by a crash (every one, or only ``record_id``) at their last
        byte-count sample; the number ended."""
        where, args = ("AND id = ?", (record_id,)) if record_id is not None else ("", ())

        def run(conn: sqlite3.Connection) -> int:
            return conn.execute(
                "UPDATE connection_record SET ended_at = coalesce(last_sample_at, started_at) "
                f"WHERE ended_at IS NULL {where}", args
            ).rowcount

        return await self._db.awrite(run)

    # -- usage and plans -----------------------------------------------------------------------

    async def set_plan(self, sim: str, plan: UsagePlan) -> None:
        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                upsert_sql("usage_plan", ("sim", "billing_day", "home_limit", "roaming_limit",
                                          "thresholds", "disconnect_at_limit"), key=("sim",)),
                (sim, plan.billing_day, plan.home_limit, plan.roaming_limit,
                 json.dumps(list(plan.thresholds)), int(plan.disconnect_at_limit)),
            )

        await self._db.awrite(run)

    def plan(self, sim: str) -> UsagePlan:
        return self._db.read(lambda c: _read_plan(c, sim))

    def known_sims(self) -> list[str]:
        """Every SIM with recorded usage or a plan, in order."""
        return self._db.read(lambda c: [r[0] for r in c.execute(
            "SELECT sim FROM usage_period UNION SELECT sim FROM usage_plan ORDER BY 1")])

    def usage(self, sim: str, *, on: date | None = None) -> Usage:
        """Usage of ``sim`` in the billing period containing ``on`` (today by default)."""
        day = on or _local_date(self._ms(None))

        def run(conn: sqlite3.Connection) -> Usage:
            period = billing_period(day, _read_plan(conn, sim).billing_day)
            values = {"home_up": 0, "home_down": 0, "roaming_up": 0, "roaming_down": 0}
            for row in conn.execute(
                "SELECT roaming, bytes_up, bytes_down FROM usage_period "
                "WHERE sim = ? AND period_start = ?",
                (sim, period.start.isoformat()),
            ):
                prefix = "roaming" if row["roaming"] else "home"
                values[f"{prefix}_up"] += row["bytes_up"]
                values[f"{prefix}_down"] += row["bytes_down"]
            return Usage(sim, period, **values)

        return self._db.read(run)

    def history(self, sim: str) -> list[tuple[date, bool, int, int]]:
        """Every recorded period of ``sim``: (period start, roaming, bytes up, bytes down)."""
        rows = self._db.read(
            lambda c: c.execute(
                "SELECT period_start, roaming, bytes_up, bytes_down FROM usage_period "
                "WHERE sim = ? ORDER BY period_start, roaming",
                (sim,),
            ).fetchall()
        )
        return [(date.fromisoformat(r[0]), bool(r[1]), r[2], r[3]) for r in rows]


def _add_usage(
    conn: sqlite3.Connection, sim: str, roaming: bool, d_up: int, d_down: int, now: int
) -> list[Crossing]:
    plan = _read_plan(conn, sim)
    period = billing_period(_local_date(now), plan.billing_day)
    start = period.start.isoformat()
    conn.execute(
        "INSERT INTO usage_period (sim, period_start, roaming, bytes_up, bytes_down) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sim, period_start, roaming) DO UPDATE SET "
        "bytes_up = usage_period.bytes_up + excluded.bytes_up, "
        "bytes_down = usage_period.bytes_down + excluded.bytes_down",
        (sim, start, int(roaming), d_up, d_down),
    )
    limit = plan.roaming_limit if roaming else plan.home_limit
    if not limit:
        return []
    used = conn.execute(
        "SELECT bytes_up + bytes_down FROM usage_period "
        "WHERE sim = ? AND period_start = ? AND roaming = ?",
        (sim, start, int(roaming)),
    ).fetchone()[0]
    fired: Iterable[sqlite3.Row] = conn.execute(
        "SELECT threshold FROM usage_alert WHERE sim = ? AND period_start = ? AND roaming = ?",
        (sim, start, int(roaming)),
    )
    tracker = UsageTracker(limit, plan.thresholds, plan.disconnect_at_limit, sim, roaming,
                           {r[0] for r in fired})
    crossings = tracker.feed(used)
    conn.executemany(
        "INSERT INTO usage_alert (sim, period_start, roaming, threshold, fired_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(sim, start, int(roaming), c.threshold, now) for c in crossings],
    )
    return crossings


def period_days(period: Period) -> int:
    return (period.end - period.start) // timedelta(days=1)
