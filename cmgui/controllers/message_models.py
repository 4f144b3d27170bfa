"""The messages of a conversation (or of a search), newest first, read a page at a time.

:class:`PagedMessageModel` asks its :data:`MessageSource` for the next ``PAGE`` rows only when a
view scrolls near the end (``canFetchMore``/``fetchMore``), so a conversation of 100 000
archived messages opens with one small keyset query and scrolls with one more per page.
Sources: :func:`archive_source` (SQLite, :class:`~cmgui.store.sms.SmsArchive`) and
:func:`list_source` (the messages a device without an archive holds, in memory).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cmgui.controllers.models import KeyRole, RecordRole, SmsItem, sms_accessible_text
from cmgui.store.sms_types import Message

Index = QModelIndex | QPersistentModelIndex

#: Rows per query: small enough that one page costs a few milliseconds on the Qt thread.
PAGE = 50

#: ``source(after, limit)``: up to ``limit`` messages after the opaque cursor ``after`` (None:
#: from the newest), newest first, and the cursor of the next page (None: there is none).
MessageSource = Callable[[Any, int], tuple[list[SmsItem], Any]]

DELIVERY_OF_STATUS = {"pending": "sending", "sent": "sent", "delivered": "delivered",
                      "failed": "failed", "none": ""}


def _delivery(m: Message) -> str:
    """A sent message waits for its report as "pending": the network took it, so "sent"."""
    if m.delivery_status == "pending" and m.folder == "sent":
        return "sent"
    return DELIVERY_OF_STATUS.get(m.delivery_status, "")


def item_from_message(m: Message) -> SmsItem:
    """An archived message as the views show it."""
    incoming = m.direction == "in"
    if incoming:
        status = "read" if m.is_read else "unread"
    else:
        status = "unsent" if m.folder in ("draft", "outbox") else "sent"
    return SmsItem(
        key=f"archive:{m.id}", address=m.number, text=m.text, incoming=incoming,
        timestamp=datetime.fromtimestamp(m.sort_ts / 1000, UTC), status=status,
        delivery="" if incoming else _delivery(m),
        message_id=m.id,
    )


def archive_source(archive: Any, *, conversation: str | None = None,
                   query: str = "") -> MessageSource:
    """Pages of ``archive`` (an SmsArchive): one conversation, a search, or everything."""

    def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
        if query:
            page = archive.search(query, limit, after)
        else:
            page = archive.page(after, limit, conversation=conversation)
        return [item_from_message(m) for m in page.messages], page.next

    return fetch


def list_source(items: Sequence[SmsItem]) -> MessageSource:
    """Pages of an in-memory list (sorted newest first here); the cursor is an offset."""
    rows = sorted(items, key=lambda m: m.timestamp.timestamp() if m.timestamp else 0.0,
                  reverse=True)

    def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
        start = int(after or 0)
        end = start + limit
        return rows[start:end], end if end < len(rows) else None

    return fetch


class PagedMessageModel(QAbstractListModel):
    """Messages newest first, fetched lazily from a :data:`MessageSource`."""

    def __init__(self, parent: QObject | None = None, *, page: int = PAGE) -> None:
        super().__init__(parent)
        self.page = page
        self._rows: list[SmsItem] = []
        self._source: MessageSource | None = None
        self._cursor: Any = None
        self._more = False
        self._fetching = False
        #: Queries made so far (tests and the stall benchmark read it).
        self.fetches = 0

    # --- controllers ----------------------------------------------------------------------

    def set_source(self, source: MessageSource | None, *, keep: int = 0) -> None:
        """Show ``source`` from its newest message; read the first page (at least ``keep``
        rows, to keep the rows a view had loaded when the same source is read again)."""
        self.beginResetModel()
        self._source = source
        self._rows = []
        self._cursor = None
        self._more = source is not None
        while self._more and len(self._rows) < max(keep, 1):
            self._fetch_into(max(self.page, keep - len(self._rows)))
        self.endResetModel()

    def records(self) -> list[SmsItem]:
        return list(self._rows)

    def record(self, row: int) -> SmsItem:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((n for n, m in enumerate(self._rows) if m.key == key), -1)

    def remove(self, keys: Sequence[str]) -> None:
        gone = set(keys)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].key in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def replace(self, item: SmsItem) -> None:
        """Update the row with ``item``'s key (its read or delivery status changed)."""
        row = self.row_of(item.key)
        if row >= 0:
            self._rows[row] = item
            self.dataChanged.emit(self.index(row), self.index(row))

    def _fetch_into(self, limit: int) -> int:
        assert self._source is not None
        items, self._cursor = self._source(self._cursor, limit)
        self.fetches += 1
        self._more = self._cursor is not None and bool(items)
        self._rows.extend(items)
        return len(items)

    # --- Qt model interface ---------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views ask again while they take in the rows just inserted: one page per call.
        if parent.isValid() or not self._more or self._source is None or self._fetching:
            return
        self._fetching = True
        try:
            items, cursor = self._source(self._cursor, self.page)
            self.fetches += 1
            self._cursor = cursor
            self._more = cursor is not None and bool(items)
            if items:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
                self._rows.extend(items)
                self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return sms_accessible_text(item)
        if role == RecordRole:
            return item
        if role == KeyRole:
            return item.key
        return None
