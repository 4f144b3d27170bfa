"""Connection records, usage per billing period, limits and threshold crossings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.store.db import Database
from cmgui.store.stats import (
    ConnectionLog,
    UsagePlan,
    UsageTracker,
    billing_period,
    period_days,
)

MB = 1_000_000


def ts(y: int, m: int, d: int, hour: int = 12) -> float:
    return datetime(y, m, d, hour).timestamp()  # local time, as billing days are


def test_billing_period_basic_and_month_ends() -> None:
    p = billing_period(date(2026, 3, 20), 15)
    assert (p.start, p.end) == (date(2026, 3, 15), date(2026, 4, 15))
    p = billing_period(date(2026, 3, 10), 15)
    assert (p.start, p.end) == (date(2026, 2, 15), date(2026, 3, 15))
    p = billing_period(date(2026, 1, 3), 5)
    assert (p.start, p.end) == (date(2025, 12, 5), date(2026, 1, 5))
    # Billing day 31 in February falls on its last day.
    p = billing_period(date(2026, 2, 28), 31)
    assert (p.start, p.end) == (date(2026, 2, 28), date(2026, 3, 31))
    p = billing_period(date(2026, 2, 27), 31)
    assert (p.start, p.end) == (date(2026, 1, 31), date(2026, 2, 28))
    with pytest.raises(ValueError):
        billing_period(date(2026, 1, 1), 0)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
       st.integers(min_value=1, max_value=31))
def test_billing_periods_contain_the_day_and_tile(day: date, billing_day: int) -> None:
    p = billing_period(day, billing_day)
    assert p.start <= day < p.end
    assert 28 <= period_days(p) <= 31
    assert billing_period(p.end, billing_day).start == p.end


def test_tracker_fires_each_threshold_once() -> None:
    tracker = UsageTracker(limit=1000, thresholds=(80, 100), disconnect_at_limit=True)
    assert tracker.feed(500) == []
    first = tracker.feed(850)
    assert [(c.threshold, c.disconnect) for c in first] == [(80, False)]
    assert tracker.feed(900) == []
    assert [(c.threshold, c.disconnect) for c in tracker.feed(1200)] == [(100, True)]
    assert tracker.feed(5000) == []
    tracker.reset()
    assert [c.threshold for c in tracker.feed(2000)] == [80, 100]
    assert UsageTracker(limit=0).feed(10**9) == []


def test_plan_validation() -> None:
    with pytest.raises(ValueError, match="billing day"):
        UsagePlan(billing_day=32)
    with pytest.raises(ValueError, match="percentages"):
        UsagePlan(thresholds=(0,))


async def test_connection_record_lifecycle(db: Database) -> None:
    log = ConnectionLog(db)
    rid = await log.start(device="dev1", imsi="001010123456789", iccid="89", profile="work",
                          at=ts(2026, 3, 1))
    assert log.current("dev1") is not None
    await log.byte_count(rid, 1000, 4000, at=ts(2026, 3, 1) + 1)
    await log.byte_count(rid, 1500, 24000, at=ts(2026, 3, 1) + 3)
    await log.end(rid, at=ts(2026, 3, 1) + 60)
    rec = log.record(rid)
    assert rec is not None
    assert (rec.bytes_up, rec.bytes_down, rec.duration, rec.profile) == (1500, 24000, 60, "work")
    assert rec.peak_down_bps == pytest.approx(80_000)  # 20 000 bytes in 2 s
    assert rec.peak_up_bps == pytest.approx(8_000)  # 1000 bytes in the first second
    assert log.current("dev1") is None
    assert [r.id for r in log.records()] == [rid]
    assert await log.delete(rid) and not await log.delete(rid)
    assert log.records() == []
    # Usage survives deleting the record.
    assert log.usage("001010123456789", on=date(2026, 3, 1)).home == 25500


async def test_counter_reset_and_roaming_apart(db: Database) -> None:
    log = ConnectionLog(db)
    home = await log.start(device="d", imsi="111", at=ts(2026, 5, 2))
    await log.byte_count(home, 100, 100, at=ts(2026, 5, 2) + 1)
    await log.byte_count(home, 10, 20, at=ts(2026, 5, 2) + 2)  # the modem restarted its counters
    roam = await log.start(device="d", imsi="111", roaming=True, at=ts(2026, 5, 3))
    await log.byte_count(roam, 7, 3, at=ts(2026, 5, 3) + 1)
    usage = log.usage("111", on=date(2026, 5, 10))
    assert (usage.home_up, usage.home_down, usage.roaming) == (110, 120, 10)
    rec = log.record(home)
    assert rec is not None and (rec.bytes_up, rec.bytes_down) == (110, 120)


async def test_usage_is_split_by_billing_period(db: Database) -> None:
    log = ConnectionLog(db)
    await log.set_plan("222", UsagePlan(billing_day=15))
    rid = await log.start(device="d", imsi="222", at=ts(2026, 4, 14))
    await log.byte_count(rid, 0, 300, at=ts(2026, 4, 14, 23))
    await log.byte_count(rid, 0, 500, at=ts(2026, 4, 15, 1))  # the new period got 200
    assert log.usage("222", on=date(2026, 4, 14)).home == 300
    assert log.usage("222", on=date(2026, 4, 20)).home == 200
    starts = [h[0] for h in log.history("222")]
    assert starts == [date(2026, 3, 15), date(2026, 4, 15)]


async def test_limits_warn_once_even_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    db = Database(path)
    log = ConnectionLog(db)
    await log.set_plan("333", UsagePlan(home_limit=10 * MB, disconnect_at_limit=True,
                                        roaming_limit=1 * MB))
    assert log.plan("333").home_limit == 10 * MB
    rid = await log.start(device="d", imsi="333", at=ts(2026, 6, 1))
    assert await log.byte_count(rid, 0, 7 * MB, at=ts(2026, 6, 1, 13)) == []
    crossed = await log.byte_count(rid, 0, 8 * MB, at=ts(2026, 6, 1, 14))
    assert [(c.threshold, c.disconnect, c.roaming) for c in crossed] == [(80, False, False)]
    db.close()

    db = Database(path)  # restart: the 80 % warning is not repeated
    log = ConnectionLog(db)
    rid = await log.start(device="d", imsi="333", at=ts(2026, 6, 2))
    crossed = await log.byte_count(rid, 0, 1 * MB, at=ts(2026, 6, 2, 13))
    assert crossed == []
    crossed = await log.byte_count(rid, 1 * MB, 2 * MB, at=ts(2026, 6, 2, 14))
    assert [(c.threshold, c.disconnect, c.used) for c in crossed] == [(100, True, 11 * MB)]
    # A new billing period warns again.
    crossed = await log.byte_count(rid, 1 * MB, 12 * MB, at=ts(2026, 7, 2, 14))
    assert [c.threshold for c in crossed] == [80, 100]
    assert await log.close_dangling() == 2  # neither session was ended
    db.close()


async def test_one_dangling_session_ends_at_its_last_sample(db: Database) -> None:
    log = ConnectionLog(db)
    sampled = await log.start(device="a", imsi="444", at=ts(2026, 8, 1))
    await log.byte_count(sampled, 10, 10, at=ts(2026, 8, 1) + 30)
    silent = await log.start(device="b", imsi="555", at=ts(2026, 8, 2))
    assert await log.close_dangling(record_id=sampled) == 1
    assert await log.close_dangling(record_id=sampled) == 0  # ended already
    ended = log.record(sampled)
    assert ended is not None and ended.ended_at == pytest.approx(ts(2026, 8, 1) + 30)
    assert log.current("b") is not None  # the other session is left alone
    assert await log.close_dangling(record_id=silent) == 1
    never_sampled = log.record(silent)
    assert never_sampled is not None and never_sampled.duration == 0


async def test_known_sims_have_usage_or_a_plan(db: Database) -> None:
    log = ConnectionLog(db)
    assert log.known_sims() == []
    await log.set_plan("999", UsagePlan(billing_day=3))
    rid = await log.start(device="d", imsi="777", at=ts(2026, 9, 1))
    await log.byte_count(rid, 1, 1, at=ts(2026, 9, 1) + 1)
    await log.start(device="d", iccid="8988", at=ts(2026, 9, 2))  # no bytes yet: no usage
    assert log.known_sims() == ["777", "999"]
