"""The Messages page over a 100 000-message SMS archive (a real SQLite file): conversations by
number, lazy pages while scrolling, search, delivery status, and how long the Qt thread stalls."""

from __future__ import annotations

import sqlite3
import time
import uuid
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.message_models import PAGE
from cmgui.controllers.models import RecordRole
from cmgui.service.stores import Stores
from cmgui.store.sms_types import DeliveryStatus
from cmgui.views.main_window import MainWindow
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import run, until
from tests.gui.fakes import FakeDevice

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]

BIG = "+15550123"
TOTAL = 100_000
OTHERS = 200
WORDS = ("hello", "meeting", "train", "late", "coffee", "parcel", "balance", "photo")


def _rows(count: int) -> list[tuple[Any, ...]]:
    """``count`` archived messages: 90 % in one conversation, the rest over 200 numbers."""
    start = 1_700_000_000_000
    rows = []
    for n in range(count):
        number = BIG if n % 10 else f"+4917{(n // 10) % OTHERS:07d}"
        incoming = n % 3 != 0
        text = f"{WORDS[n % len(WORDS)]} {WORDS[(n // 7) % len(WORDS)]} number {n}"
        rows.append((uuid.uuid4().hex, "in" if incoming else "out",
                     "inbox" if incoming else "sent", number, number, text,
                     start + n * 60_000, None, start, None, "001010123456789", None, 1, None, 1,
                     1, 1, None, "none" if incoming else "delivered"))
    return rows


_FTS_INSERT = """CREATE TRIGGER sms_fts_insert AFTER INSERT ON sms_message BEGIN
    INSERT INTO sms_fts (rowid, text, number) VALUES (new.id, new.text, new.number);
END"""


def _bulk_insert(stores: Stores, count: int) -> None:
    """Bulk-load like the schema's own migration does: rows first, then the full-text index
    rebuilt once (instead of one trigger run per row)."""
    rows = _rows(count)

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TRIGGER IF EXISTS sms_fts_insert")
        conn.executemany(
            "INSERT INTO sms_message (uid, direction, folder, number, conversation, text, "
            "sort_ts, sent_at, created_at, imei, imsi, iccid, is_read, concat_ref, "
            "concat_total, parts_present, complete, group_key, delivery_status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if stores.archive.has_fts:
            conn.execute(_FTS_INSERT)
            conn.execute("INSERT INTO sms_fts (sms_fts) VALUES ('rebuild')")

    stores.db.write(write).result()


@pytest.fixture
def big_archive(stores: Stores) -> Stores:
    started = time.perf_counter()
    _bulk_insert(stores, TOTAL)
    print(f"built a {TOTAL}-message archive in {time.perf_counter() - started:.1f} s")
    return stores


@pytest.mark.slow
def test_browse_search_and_scroll_100k(big_archive: Stores, app_ctrl: AppController, loop: Any,
                                       qtbot: QtBot, record_property: Any) -> None:
    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    window.show()
    window.show_page("messages")
    page: Any = window.pages["messages"]
    m = app_ctrl.messages

    started = time.perf_counter()
    dc = run(loop, app_ctrl.open_device("fake"))
    assert dc is not None
    run(loop, until(lambda: m.conversations.rowCount() == OTHERS + 3))  # + the device's 2
    conversations_ms = (time.perf_counter() - started) * 1000
    numbers = [c.address for c in m.conversations.records()]
    assert BIG in numbers and "+491701234567" in numbers  # the archive and the device's own
    big = next(c for c in m.conversations.records() if c.address == BIG)
    assert big.count == TOTAL - TOTAL // 10

    # Open the big conversation: one page, newest first.
    started = time.perf_counter()
    page.conversations.setCurrentIndex(m.conversations.index(m.conversations.row_of(BIG), 0))
    open_ms = (time.perf_counter() - started) * 1000
    assert m.selected == BIG
    assert PAGE <= m.messages.rowCount() <= 2 * PAGE  # a page (and one the view asked for)
    assert m.messages.records()[0].text.endswith(f"number {TOTAL - 1}")
    sent = next(x for x in m.messages.records() if not x.incoming)
    assert sent.delivery == "delivered"

    # The conversation opens at its newest message, at the bottom (as on a phone).
    app = QApplication.instance()
    assert app is not None
    view = page.thread_view
    run(loop, until(lambda: view.at_bottom()))
    last = view.model().index(view.model().rowCount() - 1, 0)
    assert last.data(RecordRole).text.endswith(f"number {TOTAL - 1}")

    # Scroll back through 90 000 messages the way a user drags up: older pages come in above.
    bar = view.verticalScrollBar()
    # A stall is the Qt thread's own work (its CPU time): on a loaded machine the wall clock
    # also counts the time other processes had the CPU, which no query can shorten.
    stalls: list[float] = []
    wall: list[float] = []
    deadline = time.monotonic() + 4
    steps = 0
    while m.messages.canFetchMore() and time.monotonic() < deadline:
        before, before_wall = time.thread_time(), time.perf_counter()
        bar.setValue(bar.minimum())
        app.processEvents()
        stalls.append(time.thread_time() - before)
        wall.append(time.perf_counter() - before_wall)
        steps += 1
    loaded = m.messages.rowCount()
    longest = max(stalls) * 1000
    record_property("archive_100k_open_ms", round(open_ms, 1))
    record_property("archive_100k_conversations_ms", round(conversations_ms, 1))
    record_property("archive_100k_longest_scroll_stall_ms", round(longest, 1))
    record_property("archive_100k_longest_scroll_stall_wall_ms", round(max(wall) * 1000, 1))
    print(f"100k archive: conversations listed in {conversations_ms:.0f} ms (with device open), "
          f"conversation opened in {open_ms:.1f} ms, {steps} scroll steps loaded {loaded} rows "
          f"in {m.messages.fetches} queries, longest stall {longest:.1f} ms, "
          f"median {sorted(stalls)[len(stalls) // 2] * 1000:.1f} ms")
    assert loaded > 20 * PAGE  # it really paged on
    assert longest < 250  # generous: a page is a keyset query of 100 rows

    # Search the whole archive: the matching conversations and the matching messages.
    page.search.setText("number 99999")
    assert m.selected == "" and m.query == "number 99999"
    assert [x.text for x in m.messages.records()][:1] == ["photo parcel number 99999"]
    assert page.thread_view.isVisible()
    assert "matching" in page.thread_title.text()
    assert [c.address for c in m.conversations.records()] == [BIG]
    page.search.clear()


def test_send_shows_status_and_delete_removes_from_archive_and_device(
    app_ctrl: AppController, loop: Any, devices: dict[str, FakeDevice], stores: Stores,
    qtmodeltester: Any,
) -> None:
    m = app_ctrl.messages
    qtmodeltester.check(m.messages)
    dc = run(loop, app_ctrl.open_device("fake"))
    assert dc is not None
    run(loop, until(lambda: m.conversations.rowCount() == 2))
    assert stores.archive.count() == 3  # the device's messages were archived
    op = m.send("+4930555", "Thanks", delivery_report=True)
    m.select_conversation("+4930555")
    assert m.messages.records()[0].delivery == "sending"  # before the device took it
    run(loop, until(lambda: not op.running))
    newest = m.messages.records()[0]
    assert (newest.text, newest.delivery, newest.message_id is not None) == (
        "Thanks", "sent", True)
    # A delivery report arrives: the archive's status changes and the view follows.
    assert newest.message_id is not None
    run(loop, stores.archive.set_delivery_status(newest.message_id, DeliveryStatus.DELIVERED))
    dc.smsReportReceived.emit("+4930555")
    assert m.messages.records()[0].delivery == "delivered"
    # Delete the received one: gone from the device (same PDU checked first) and the archive.
    received = next(x for x in m.messages.records() if x.incoming)
    op = m.delete([received.key])
    run(loop, until(lambda: not op.running))
    assert op.error == ""
    assert "sms_delete:SM:3" in devices["fake"].calls
    assert "SM:3" not in devices["fake"].s.sms
    assert received.message_id is not None and stores.archive.get(received.message_id) is None
    assert [x.text for x in m.messages.records()] == ["Thanks"]


def test_delete_skips_a_device_index_that_now_holds_another_message(
    app_ctrl: AppController, loop: Any, devices: dict[str, FakeDevice], stores: Stores,
) -> None:
    m = app_ctrl.messages
    run(loop, app_ctrl.open_device("fake"))
    run(loop, until(lambda: m.conversations.rowCount() == 2))
    m.select_conversation("+4930555")
    received = m.messages.records()[0]
    fake = devices["fake"]
    # The device reused index 3 for another message since it was archived.
    other = dict(fake.s.sms["SM:1"])
    other.update(msgID="SM:3", index=3)
    fake.s.sms["SM:3"] = other  # type: ignore[assignment]
    op = m.delete([received.key])
    run(loop, until(lambda: not op.running))
    assert "sms_delete:SM:3" not in fake.calls and "SM:3" in fake.s.sms
    assert received.message_id is not None and stores.archive.get(received.message_id) is None
