"""The base of the item models the views show, and the formatting their columns share.

Every table model is a :class:`RecordTableModel`: a list of frozen records and a list of
columns, each column a header and a function from record to display text. ``RecordRole`` hands
views the whole record (for delegates and details panes); ``SortRole`` gives a value that sorts
sensibly. Each feature's models live beside it (``device_models``, ``message_models``,
``ussd``, ``connection_models``, ``wlan_models``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from cmgui.i18n import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str  # untranslated; translated in the "Models" context when shown
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A table of records ``R`` with declared columns; subclasses set ``columns`` and ``key``."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # --- editing (controllers) ------------------------------------------------------------

    def key(self, record: R) -> Any:
        """A stable identity of a record (default: the record itself)."""
        return record

    def records(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def append(self, record: R) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()

    def upsert(self, record: R) -> None:
        """Replace the record with the same key, or append it."""
        k = self.key(record)
        for row, old in enumerate(self._rows):
            if self.key(old) == k:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
        self.append(record)

    def remove_key(self, key: Any) -> bool:
        for row, old in enumerate(self._rows):
            if self.key(old) == key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return True
        return False

    def row_of(self, key: Any) -> int:
        for row, old in enumerate(self._rows):
            if self.key(old) == key:
                return row
        return -1

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.display(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordRole:
            return record
        if role == KeyRole:
            return self.key(record)
        if role == SortRole:
            return column.sort(record) if column.sort else column.display(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return translate("Models", self.columns[section].header)
        return None


def human_bytes(n: int) -> str:
    """``n`` bytes with a binary-free SI unit: 999 B, 1.2 kB, 3.4 MB, 5.6 GB."""
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if abs(value) < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover - loop always returns


def human_duration(seconds: float) -> str:
    s = max(0, int(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def when_text(value: datetime | None) -> str:
    """A date and time as the tables show it ("" when unknown)."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""
