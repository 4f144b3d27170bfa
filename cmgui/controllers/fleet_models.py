"""Item models of the Fleet page.

:class:`SimTableModel` shows an account's cached SIMs (10 000 and more) without holding them:
``rowCount`` is the count of the filtered cache, and ``data`` reads the block of rows around the
one asked for from the local database (one small query per ``BLOCK`` rows, the last few blocks
kept), so a view scrolls, or jumps to the end, at once. The rows come from a
:class:`~cmgui.service.fleet_cache.SimCache`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cmgui.controllers.models import (
    Column,
    KeyRole,
    RecordRole,
    RecordTableModel,
    SortRole,
    when_text,
)
from cmgui.i18n import noop, translate
from cmgui.service.fleet import Cdr, Package, Sim, SimFilter

Index = QModelIndex | QPersistentModelIndex

#: Rows per query, and how many blocks stay in memory.
BLOCK = 200
KEEP_BLOCKS = 8
#: (used bytes, limit bytes or None) of the SIM, for the usage bar.
UsageRole = Qt.ItemDataRole.UserRole + 10
#: The normalised status (or the platform's word), for the status badge.
StatusRole = Qt.ItemDataRole.UserRole + 11

#: The SIM table's columns: (id, untranslated header, text of a SIM).
SIM_COLUMNS: tuple[tuple[str, str, Callable[[Sim], str]], ...] = (
    ("iccid", noop("Fleet", "ICCID"), lambda s: s.iccid),
    ("status", noop("Fleet", "Status"), lambda s: s.status),
    ("backend", noop("Fleet", "Backend"), lambda s: s.backend),
    ("usage", noop("Fleet", "Usage"), lambda s: usage_text(s.used_bytes, s.limit_bytes)),
    ("last_seen", noop("Fleet", "Last seen"), lambda s: when_text(s.last_seen)),
    ("imsi", noop("Fleet", "IMSI"), lambda s: s.imsi),
    ("msisdn", noop("Fleet", "MSISDN"), lambda s: s.msisdn),
    ("imei", noop("Fleet", "IMEI"), lambda s: s.imei),
    ("name", noop("Fleet", "Name"), lambda s: s.name),
    ("plan", noop("Fleet", "Plan"), lambda s: s.plan),
    ("native", noop("Fleet", "Platform status"), lambda s: s.native_status),
)
#: Columns shown until the user chooses.
DEFAULT_COLUMNS = ("iccid", "status", "backend", "usage", "last_seen", "msisdn", "name")


#: A bulk job's per-SIM outcomes and an SMS's delivery states, as users read them.
OUTCOME_TEXT = {
    "ok": noop("Fleet", "changed"), "unchanged": noop("Fleet", "unchanged"),
    "refused": noop("Fleet", "refused"), "failed": noop("Fleet", "failed"),
    "pending": noop("Fleet", "pending"), "sent": noop("Fleet", "sent"),
    "delivered": noop("Fleet", "delivered"), "none": "",
}


def outcome_text(outcome: str) -> str:
    text = OUTCOME_TEXT.get(outcome, outcome)
    return translate("Fleet", text) if text else ""


def size_text(value: int | None) -> str:
    """Bytes in binary units as platforms count them (1 MB = 1024 KB)."""
    if value is None:
        return ""
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if abs(value) >= factor:
            return f"{value / factor:.1f} {unit}"
    return f"{value} B"


def usage_text(used: int | None, limit: int | None) -> str:
    if used is None:
        return ""
    if not limit:
        return size_text(used)
    return translate("Fleet", "%1 of %2").replace("%1", size_text(used)).replace(
        "%2", size_text(limit))


def status_text(sim: Sim) -> str:
    """The status, with the platform's own word when it says something else."""
    if sim.native_status and sim.native_status.casefold() != sim.status.casefold():
        return f"{sim.status} ({sim.native_status})"
    return sim.status


class SimTableModel(QAbstractTableModel):
    """The filtered SIMs of a source, read a block at a time."""

    def __init__(self, parent: QObject | None = None, *, block: int = BLOCK) -> None:
        super().__init__(parent)
        self.block = block
        self._count: Callable[[SimFilter], int] | None = None
        self._page: Callable[[int, int, SimFilter], list[Sim]] | None = None
        self._filter = SimFilter()
        self._rows = 0
        self._blocks: OrderedDict[int, list[Sim]] = OrderedDict()
        #: Queries made so far (tests read it).
        self.queries = 0

    def set_source(self, count: Callable[[SimFilter], int] | None,
                   page: Callable[[int, int, SimFilter], list[Sim]] | None,
                   where: SimFilter | None = None) -> None:
        self.beginResetModel()
        self._count, self._page = count, page
        if where is not None:
            self._filter = where
        self._reload()
        self.endResetModel()

    def set_filter(self, where: SimFilter) -> None:
        self.beginResetModel()
        self._filter = where
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the source again (after a refresh or a status change)."""
        self.set_filter(self._filter)

    @property
    def filter(self) -> SimFilter:
        return self._filter

    def _reload(self) -> None:
        self._blocks.clear()
        self._rows = self._count(self._filter) if self._count is not None else 0
        self.queries += 1

    def sim(self, row: int) -> Sim | None:
        if not 0 <= row < self._rows or self._page is None:
            return None
        number = row // self.block
        rows = self._blocks.get(number)
        if rows is None:
            rows = self._page(number * self.block, self.block, self._filter)
            self.queries += 1
            self._blocks[number] = rows
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        offset = row - number * self.block
        return rows[offset] if offset < len(rows) else None

    def replace(self, sim: Sim) -> None:
        """Show ``sim`` in place of the loaded row with its ICCID (details read later)."""
        for number, rows in self._blocks.items():
            for offset, old in enumerate(rows):
                if old.iccid == sim.iccid:
                    rows[offset] = sim
                    row = number * self.block + offset
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(SIM_COLUMNS) - 1))
                    return

    def iccids(self, rows: list[int]) -> list[str]:
        return [s.iccid for r in rows if (s := self.sim(r)) is not None]

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SIM_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(SIM_COLUMNS)):
            return translate("Fleet", SIM_COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(SIM_COLUMNS):
            return None
        sim = self.sim(index.row())
        if sim is None:
            return None
        column = SIM_COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return status_text(sim) if column == "status" else SIM_COLUMNS[index.column()][2](
                sim)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status":
            return status_text(sim)
        if role == RecordRole:
            return sim
        if role == KeyRole:
            return sim.iccid
        if role == StatusRole:
            return sim.status
        if role == UsageRole:
            return (sim.used_bytes, sim.limit_bytes)
        return None


class PackageModel(RecordTableModel[Package]):
    columns = (
        Column[Package](noop("Models", "Package"), lambda p: p.name or p.code),
        Column[Package](noop("Models", "Status"), lambda p: p.status),
        Column[Package](noop("Models", "Used"), lambda p: size_text(p.used_bytes),
                        sort=lambda p: p.used_bytes or 0, align_right=True),
        Column[Package](noop("Models", "Volume"), lambda p: size_text(p.flow_bytes),
                        sort=lambda p: p.flow_bytes or 0, align_right=True),
        Column[Package](noop("Models", "Expires"),
                        lambda p: p.expires.isoformat() if p.expires else ""),
        Column[Package](noop("Models", "Order"), lambda p: p.order_id),
    )

    def key(self, record: Package) -> Any:
        return record.order_id


class CdrModel(RecordTableModel[Cdr]):
    columns = (
        Column[Cdr](noop("Models", "Start"), lambda c: when_text(c.start),
                    sort=lambda c: c.start.timestamp() if c.start else 0.0),
        Column[Cdr](noop("Models", "Kind"), lambda c: c.kind if not c.direction
                    else f"{c.kind} {c.direction}"),
        Column[Cdr](noop("Models", "Volume"), lambda c: size_text(c.bytes),
                    sort=lambda c: c.bytes or 0, align_right=True),
        Column[Cdr](noop("Models", "Peer / network"), lambda c: c.peer or c.network),
        Column[Cdr](noop("Models", "Result"), lambda c: c.status),
    )


class JobModel(RecordTableModel[dict[str, Any]]):
    """The audit log: one row per bulk job (``cmgui.service.fleet_jobs.job_json`` rows)."""

    columns = (
        Column[dict[str, Any]](noop("Models", "Job"), lambda j: str(j["id"]),
                               sort=lambda j: j["id"], align_right=True),
        Column[dict[str, Any]](noop("Models", "Account"), lambda j: j["account"]),
        Column[dict[str, Any]](noop("Models", "Change"),
                               lambda j: f"{j['action']} {j['argument']}"),
        Column[dict[str, Any]](noop("Models", "Who"), lambda j: j["user"]),
        Column[dict[str, Any]](noop("Models", "When"), lambda j: _when(j["created"]),
                               sort=lambda j: j["created"]),
        Column[dict[str, Any]](noop("Models", "State"), lambda j: j["state"]),
        Column[dict[str, Any]](noop("Models", "Outcome"), lambda j: ", ".join(
            f"{outcome_text(k)} {v}" for k, v in j["counts"].items())),
    )

    def key(self, record: dict[str, Any]) -> Any:
        return record["id"]


def _when(seconds: int) -> str:
    return when_text(datetime.fromtimestamp(seconds, UTC))


__all__ = ["BLOCK", "DEFAULT_COLUMNS", "SIM_COLUMNS", "CdrModel", "JobModel", "PackageModel",
           "RecordRole", "SimTableModel", "SortRole", "StatusRole", "UsageRole", "outcome_text",
           "size_text",
           "status_text", "usage_text"]
