"""Item models the views show. Each holds plain Python rows; controllers replace or edit them.

Every model is a :class:`RecordTableModel`: a list of frozen records and a list of columns, each
column a header and a function from record to display text. ``RecordRole`` hands views the whole
record (for delegates and details panes); ``SortRole`` gives a value that sorts sensibly.
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

from cmgui.i18n import noop, translate

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


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


# --- devices ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeviceEntry:
    address: str
    label: str
    kind: str
    state: str = "closed"
    demo: bool = False


class DeviceListModel(RecordTableModel[DeviceEntry]):
    columns = (
        Column[DeviceEntry](noop("Models", "Device"), lambda d: d.label),
        Column[DeviceEntry](noop("Models", "Address"), lambda d: d.address),
    )

    def key(self, record: DeviceEntry) -> Any:
        return record.address


# --- operators -------------------------------------------------------------------------------

@dataclass(frozen=True)
class NetworkRecord:
    plmn: str
    long_name: str
    short_name: str
    technology: str
    status: str  # "available", "current", "forbidden", "unknown"


NETWORK_STATUS_TEXT = {
    "available": noop("Models", "Available"), "current": noop("Models", "Current"),
    "forbidden": noop("Models", "Forbidden"), "unknown": noop("Models", "Unknown"),
}
RAT_TEXT = {
    "GSM": "2G (GSM)", "GSM_COMPACT": "2G (GSM)", "GSM_EGPRS": "2G (EDGE)", "UTRAN": "3G (UMTS)",
    "UTRAN_HSDPA": "3G (HSPA)", "UTRAN_HSUPA": "3G (HSPA)", "UTRAN_HSPA": "3G (HSPA+)",
    "E_UTRAN": "4G (LTE)", "EC_GSM_IOT": "2G (EC-GSM-IoT)", "E_UTRAN_NB_S1": "4G (NB-IoT)",
    "E_UTRA_5GCN": "4G (LTE/5GC)", "NR_5GCN": "5G (NR)", "NG_RAN": "5G (NR)",
    "E_UTRA_NR_DC": "5G (NSA)", "UNKNOWN": "", "": "",
}


def _status_text(status: str) -> str:
    return translate("Models", NETWORK_STATUS_TEXT.get(status, status))


def rat_text(rat: str) -> str:
    return RAT_TEXT.get(rat, rat)


class NetworkListModel(RecordTableModel[NetworkRecord]):
    columns = (
        Column[NetworkRecord](
            noop("Models", "Operator"), lambda n: n.long_name or n.short_name or n.plmn),
        Column[NetworkRecord](noop("Models", "Network code"), lambda n: n.plmn),
        Column[NetworkRecord](noop("Models", "Technology"), lambda n: rat_text(n.technology)),
        Column[NetworkRecord](noop("Models", "Status"), lambda n: _status_text(n.status)),
    )

    def key(self, record: NetworkRecord) -> Any:
        return (record.plmn, record.technology)


# --- messages --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SmsItem:
    key: str  # msgID on the device, or a local id for sent messages
    address: str
    text: str
    incoming: bool
    timestamp: datetime | None = None
    status: str = "read"  # unread, read, sent, unsent
    delivery: str = ""  # "", "sending", "sent", "delivered", "failed"
    message_id: int | None = None  # the archive's id, when the message is archived


DELIVERY_TEXT = {
    "": "", "sending": noop("Models", "Sending…"), "sent": noop("Models", "Sent"),
    "delivered": noop("Models", "Delivered"), "failed": noop("Models", "Not delivered"),
}


def _delivery_text(delivery: str) -> str:
    return translate("Models", DELIVERY_TEXT.get(delivery, delivery)) if delivery else ""


def _direction(m: SmsItem) -> str:
    return translate("Models", "Received") if m.incoming else translate("Models", "Sent")


def sms_accessible_text(m: SmsItem) -> str:
    """What a screen reader says for one message: direction, number, time, text, status."""
    head = (translate("Models", "From %1") if m.incoming else translate("Models", "To %1")
            ).replace("%1", m.address)
    parts = [head, _when(m.timestamp), m.text, _delivery_text(m.delivery)]
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Conversation:
    address: str
    last_text: str
    last_time: datetime | None
    count: int
    unread: int


class SmsConversationModel(RecordTableModel[Conversation]):
    columns = (
        Column[Conversation](noop("Models", "Number"), lambda c: c.address),
        Column[Conversation](
            noop("Models", "Last message"), lambda c: c.last_text.replace("\n", " ")),
        Column[Conversation](noop("Models", "Date"), lambda c: _when(c.last_time),
                             sort=lambda c: c.last_time.timestamp() if c.last_time else 0.0),
        Column[Conversation](noop("Models", "Unread"), lambda c: str(c.unread) if c.unread else "",
                             sort=lambda c: c.unread, align_right=True),
    )

    def key(self, record: Conversation) -> Any:
        return record.address


@dataclass(frozen=True)
class UssdEntry:
    when: datetime
    outgoing: bool
    text: str
    state: str = ""


def _ussd_from(u: UssdEntry) -> str:
    return translate("Models", "You") if u.outgoing else translate("Models", "Network")


class UssdHistoryModel(RecordTableModel[UssdEntry]):
    columns = (
        Column[UssdEntry](
            noop("Models", "Time"), lambda u: u.when.astimezone().strftime("%H:%M:%S")),
        Column[UssdEntry](noop("Models", "From"), _ussd_from),
        Column[UssdEntry](noop("Models", "Text"), lambda u: u.text),
    )


# --- connection ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConnectionRecordItem:
    started: datetime
    ended: datetime | None
    apn: str  # the profile's name, or the APN when the session had no profile
    bytes_sent: int
    bytes_received: int
    reason: str = ""
    index: int | None = None  # CMAPI_NetStatistic_DeleteConnectionRecord's index, if kept
    roaming: bool = False

    @property
    def duration(self) -> float:
        end = self.ended or datetime.now(self.started.tzinfo)
        return (end - self.started).total_seconds()


class ConnectionRecordModel(RecordTableModel[ConnectionRecordItem]):
    columns = (
        Column[ConnectionRecordItem](noop("Models", "Started"), lambda r: _when(r.started),
                                     sort=lambda r: r.started.timestamp()),
        Column[ConnectionRecordItem](
            noop("Models", "Duration"), lambda r: human_duration(r.duration),
                                     sort=lambda r: r.duration, align_right=True),
        Column[ConnectionRecordItem](noop("Models", "Profile"), lambda r: r.apn),
        Column[ConnectionRecordItem](noop("Models", "Sent"), lambda r: human_bytes(r.bytes_sent),
                                     sort=lambda r: r.bytes_sent, align_right=True),
        Column[ConnectionRecordItem](
            noop("Models", "Received"), lambda r: human_bytes(r.bytes_received),
                                     sort=lambda r: r.bytes_received, align_right=True),
        Column[ConnectionRecordItem](
            noop("Models", "Network"),
            lambda r: translate("Models", "Roaming") if r.roaming else translate("Models", "Home")),
    )

    def key(self, record: ConnectionRecordItem) -> Any:
        return record.started if record.index is None else record.index


@dataclass(frozen=True)
class Profile:
    name: str
    apn: str
    user_name: str = ""
    auth_type: str = "none"
    ip_type: str = "IPv4"
    roaming_allowed: bool = True
    has_password: bool = False
    is_default: bool = False


class ProfileModel(RecordTableModel[Profile]):
    columns = (
        Column[Profile](noop("Models", "Name"), lambda p: p.name),
        Column[Profile](noop("Models", "APN"), lambda p: p.apn),
        Column[Profile](noop("Models", "IP type"), lambda p: p.ip_type),
        Column[Profile](noop("Models", "Default"),
                        lambda p: translate("Models", "Default") if p.is_default else ""),
    )

    def key(self, record: Profile) -> Any:
        return record.name


# --- WLAN ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WlanRecord:
    ssid: str
    bssid: str
    security: str
    signal: int  # dBm when negative, else percent
    band: str
    known: bool = False
    connected: bool = False


def _wlan_signal(value: int) -> str:
    """Backends report dBm (negative) or a percentage."""
    return f"{value} dBm" if value < 0 else f"{value} %"


def _ssid(w: WlanRecord) -> str:
    return w.ssid or translate("Models", "(hidden network)")


def _wlan_state(w: WlanRecord) -> str:
    if w.connected:
        return translate("Models", "Connected")
    return translate("Models", "Known") if w.known else ""


class WlanModel(RecordTableModel[WlanRecord]):
    columns = (
        Column[WlanRecord](noop("Models", "Network"), _ssid),
        Column[WlanRecord](noop("Models", "Security"), lambda w: w.security),
        Column[WlanRecord](
            noop("Models", "Signal"), lambda w: _wlan_signal(w.signal), sort=lambda w: w.signal,
            align_right=True),
        Column[WlanRecord](noop("Models", "Band"), lambda w: w.band),
        Column[WlanRecord](noop("Models", "State"), _wlan_state),
    )

    def key(self, record: WlanRecord) -> Any:
        return record.bssid or record.ssid


@dataclass(frozen=True)
class KnownWlan:
    index: int
    ssid: str
    security: str
    hidden: bool
    priority: int


class KnownNetworkModel(RecordTableModel[KnownWlan]):
    columns = (
        Column[KnownWlan](noop("Models", "Network"), lambda k: k.ssid),
        Column[KnownWlan](noop("Models", "Security"), lambda k: k.security),
        Column[KnownWlan](
            noop("Models", "Priority"), lambda k: str(k.priority), sort=lambda k: k.priority,
                          align_right=True),
    )

    def key(self, record: KnownWlan) -> Any:
        return record.index
