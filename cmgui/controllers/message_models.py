"""Item models of the Messages page: the conversations, and the messages of one conversation (or
of a search), newest first, read a page at a time.

:class:`PagedMessageModel` asks its :data:`~cmgui.service.message_repository.MessagePages` for
the next ``PAGE`` rows only when a view scrolls near the end (``canFetchMore``/``fetchMore``), so
a conversation of 100 000 archived messages opens with one small keyset query and scrolls with
one more per page. The pages come from a
:class:`~cmgui.service.message_repository.MessageRepository`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cmgui.controllers.models import Column, KeyRole, RecordRole, RecordTableModel, when_text
from cmgui.i18n import noop, translate
from cmgui.service.message_repository import Conversation, MessagePages, SmsItem

__all__ = ["DELIVERY_TEXT", "PAGE", "Conversation", "OldestFirstModel", "PagedMessageModel",
           "SmsConversationModel",
           "SmsItem", "sms_accessible_text"]

Index = QModelIndex | QPersistentModelIndex

#: Rows per query: small enough that one page costs a few milliseconds on the Qt thread.
PAGE = 50

DELIVERY_TEXT = {
    "": "", "sending": noop("Models", "Sending…"), "sent": noop("Models", "Sent"),
    "delivered": noop("Models", "Delivered"), "failed": noop("Models", "Not delivered"),
}


def _delivery_text(delivery: str) -> str:
    return translate("Models", DELIVERY_TEXT.get(delivery, delivery)) if delivery else ""


def sms_accessible_text(m: SmsItem) -> str:
    """What a screen reader says for one message: direction, number, time, text, status."""
    head = (translate("Models", "From %1") if m.incoming else translate("Models", "To %1")
            ).replace("%1", m.address)
    parts = [head, when_text(m.timestamp), m.text, _delivery_text(m.delivery)]
    return ", ".join(p for p in parts if p)


class SmsConversationModel(RecordTableModel[Conversation]):
    columns = (
        Column[Conversation](noop("Models", "Number"), lambda c: c.address),
        Column[Conversation](
            noop("Models", "Last message"), lambda c: c.last_text.replace("\n", " ")),
        Column[Conversation](noop("Models", "Date"), lambda c: when_text(c.last_time),
                             sort=lambda c: c.last_time.timestamp() if c.last_time else 0.0),
        Column[Conversation](noop("Models", "Unread"), lambda c: str(c.unread) if c.unread else "",
                             sort=lambda c: c.unread, align_right=True),
    )

    def key(self, record: Conversation) -> Any:
        return record.address


class PagedMessageModel(QAbstractListModel):
    """Messages newest first, fetched lazily from :data:`MessagePages`."""

    def __init__(self, parent: QObject | None = None, *, page: int = PAGE) -> None:
        super().__init__(parent)
        self.page = page
        self._rows: list[SmsItem] = []
        self._source: MessagePages | None = None
        self._cursor: Any = None
        self._more = False
        self._fetching = False
        #: Queries made so far (tests and the stall benchmark read it).
        self.fetches = 0

    # --- controllers ----------------------------------------------------------------------

    def set_source(self, source: MessagePages | None, *, keep: int = 0) -> None:
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


class OldestFirstModel(QAbstractListModel):
    """A :class:`PagedMessageModel` upside down, as a phone shows a conversation: the oldest
    message on top, the newest at the bottom beside the composer.

    Older messages are read on request (:meth:`fetch_older`, when the view is scrolled to the
    top) and come in at the top; a view keeps its place by :attr:`last_prepended` rows.
    ``canFetchMore`` says no, so a view never reads by itself when it reaches the bottom.
    """

    def __init__(self, source: PagedMessageModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.last_prepended = 0
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self.endResetModel)
        source.rowsAboutToBeInserted.connect(self._about_to_insert)
        source.rowsInserted.connect(self._inserted)
        source.rowsAboutToBeRemoved.connect(self._about_to_remove)
        source.rowsRemoved.connect(self._removed)
        source.dataChanged.connect(self._changed)

    def _flip(self, row: int) -> int:
        return self.source.rowCount() - 1 - row

    def _about_to_insert(self, _parent: Index, first: int, last: int) -> None:
        # The source appends older rows at its end: here they arrive at the top.
        count = self.source.rowCount()
        if first == count:
            self.beginInsertRows(QModelIndex(), 0, last - first)
        else:  # not how the source grows; keep the views right anyway
            self.beginResetModel()

    def _inserted(self, _parent: Index, first: int, last: int) -> None:
        if first == self.source.rowCount() - (last - first + 1):
            self.last_prepended = last - first + 1
            self.endInsertRows()
        else:
            self.endResetModel()

    def _about_to_remove(self, _parent: Index, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), self._flip(last), self._flip(first))

    def _removed(self, *_args: object) -> None:
        self.endRemoveRows()

    def _changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        self.dataChanged.emit(self.index(self._flip(bottom.row())),
                              self.index(self._flip(top.row())))

    def can_fetch_older(self) -> bool:
        return self.source.canFetchMore()

    def fetch_older(self) -> int:
        """Read the next page of older messages; returns how many came in at the top."""
        self.last_prepended = 0
        if self.source.canFetchMore():
            self.source.fetchMore()
        return self.last_prepended

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.source.rowCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.source.rowCount():
            return None
        return self.source.data(self.source.index(self._flip(index.row())), role)
