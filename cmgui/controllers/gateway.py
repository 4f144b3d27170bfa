"""The gateway page's controller: one SMS gateway at a time, its port grid kept live, its load,
bulk SMS from a CSV (preview, per-recipient results, progress) and the inbound SMS of all its
ports with the port they came in on.

The gateway is reached through the gateway seam (:func:`cmgui.service.gateway.open_gateway`);
its ports are devices, so "open" on a port asks the app to open that port's address like any
modem (``openPortRequested``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cmgui.cmapi.errors import CmapiError
from cmgui.controllers.errors import user_message
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.fleet import FleetError
from cmgui.service.gateway import (
    BulkOutcome,
    BulkProgress,
    Gateway,
    GatewayStatus,
    InboundMessage,
    PortState,
    Recipient,
    RecipientResult,
    RecipientsError,
    fill_template,
    open_gateway,
    parse_recipients,
)
from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry
from cmgui.service.team import require_to_send_in_use

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


def error_text(exc: BaseException) -> str:
    """``exc`` for the page: the driver's reason when it gives one (it names the gateway and what
    to do), else the app's sentence for the error."""
    reason = exc.data.get("reason") if isinstance(exc, CmapiError) and isinstance(
        exc.data, dict) else None
    if isinstance(reason, str) and reason:
        return reason[0].upper() + reason[1:] + ("" if reason.endswith(".") else ".")
    return user_message(exc)
#: Seconds between load (CPU/memory) readings while the page has a gateway.
STATUS_EVERY = 10.0
AddressRole = Qt.ItemDataRole.UserRole + 1
BarsRole = Qt.ItemDataRole.UserRole + 2


class _ColumnsModel(QAbstractTableModel):
    """A table with named ``COLUMNS``, translated ``headers()`` and ``row_total()`` rows."""

    COLUMNS: tuple[str, ...] = ()

    def row_total(self) -> int:
        return 0

    def headers(self) -> list[str]:
        return list(self.COLUMNS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None


class PortTableModel(_ColumnsModel):
    """Every port of the gateway: state, operator, signal, SIM, number, last activity."""

    COLUMNS = ("port", "type", "state", "signal", "operator", "sim", "number", "activity")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PortState] = []
        self.now = time.time

    def headers(self) -> list[str]:
        return [self.tr("Port"), self.tr("Type"), self.tr("State"), self.tr("Signal"),
                self.tr("Operator"), self.tr("SIM (IMSI)"), self.tr("Number"),
                self.tr("Last activity")]

    def state_text(self, reg: str) -> str:
        return {
            "REGISTER_OK": self.tr("Registered"), "SEARCHING_NETWORK": self.tr("Searching"),
            "UNREGISTER": self.tr("Not registered"), "NO_SIM": self.tr("No SIM"),
            "PIN_REQUIRE": self.tr("PIN required"), "PUK_REQUIRE": self.tr("PUK required"),
            "POWER_OFF": self.tr("Radio off"),
        }.get(reg, self.tr("Unknown"))

    def ago(self, stamp: float | None) -> str:
        if stamp is None:
            return "—"
        seconds = max(0, int(self.now() - stamp))
        if seconds < 60:
            return self.tr("%n s ago", "", seconds)
        if seconds < 3600:
            return self.tr("%n min ago", "", seconds // 60)
        return time.strftime("%H:%M", time.localtime(stamp))

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        port = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == AddressRole:
            return port.address
        if role == BarsRole:
            return port.bars if port.registration_state == "registeredHome" else -1
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("IMEI %1, ICCID %2").replace("%1", port.imei or "—") \
                .replace("%2", port.iccid or "—")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        registered = port.registration_state == "registeredHome"
        return {
            "port": str(port.port), "type": port.type or "—",
            "state": self.state_text(port.reg),
            "signal": f"{port.signal_percentage} %" if registered else "—",
            "operator": port.operator or "—", "sim": port.imsi or "—",
            "number": port.number or "—", "activity": self.ago(port.last_activity),
        }[column]

    def port_at(self, row: int) -> PortState | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_ports(self, ports: Sequence[PortState]) -> None:
        rows = list(ports)
        if [p.port for p in rows] != [p.port for p in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        for row, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


class RecipientTableModel(_ColumnsModel):
    """The recipients of a bulk send: number, the filled message, then port and status."""

    COLUMNS = ("number", "message", "port", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recipients: list[Recipient] = []
        self.template = ""
        self._results: dict[int, RecipientResult] = {}

    def row_total(self) -> int:
        return len(self.recipients)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Message"), self.tr("Port"),
                self.tr("Status")]

    def status_text(self, status: str) -> str:
        return {"SENDING": self.tr("Sending"), "SENT_OK": self.tr("Sent"),
                "DELIVERED": self.tr("Delivered"), "FAILED": self.tr("Failed"),
                "NOT_SENT": self.tr("Not sent"), "UNKNOWN": self.tr("No result")}.get(
            status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.recipients):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        recipient = self.recipients[index.row()]
        result = self._results.get(index.row())
        column = self.COLUMNS[index.column()]
        if column == "number":
            return recipient.number
        if column == "message":
            return fill_template(self.template, recipient.params)
        if column == "port":
            return "—" if result is None or result.port is None else str(result.port)
        return self.tr("Waiting") if result is None else self.status_text(result.status)

    def set_recipients(self, recipients: Sequence[Recipient]) -> None:
        self.beginResetModel()
        self.recipients = list(recipients)
        self._results.clear()
        self.endResetModel()

    def set_template(self, text: str) -> None:
        self.template = text
        if self.recipients:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.recipients) - 1, 1))

    def clear_results(self) -> None:
        self._results.clear()
        if self.recipients:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.recipients) - 1, 3))

    def set_result(self, row: int, result: RecipientResult) -> None:
        if 0 <= row < len(self.recipients):
            self._results[row] = result
            self.dataChanged.emit(self.index(row, 2), self.index(row, 3))

    def status_of(self, row: int) -> str | None:
        result = self._results.get(row)
        return None if result is None else result.status


class InboundTableModel(_ColumnsModel):
    """The newest inbound SMS of the gateway, with the port each came in on."""

    COLUMNS = ("received", "port", "number", "text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InboundMessage] = []

    def row_total(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Port"), self.tr("From"),
                self.tr("Message")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self._rows[index.row()]
        return {"received": time.strftime("%Y-%m-%d %H:%M", time.localtime(m.received)),
                "port": "—" if m.port is None else str(m.port), "number": m.number,
                "text": m.text}[self.COLUMNS[index.column()]]

    def set_messages(self, messages: Sequence[InboundMessage]) -> None:
        self.beginResetModel()
        self._rows = list(messages)
        self.endResetModel()


class GatewayController(QObject):
    """See the module docstring.

    Signals:
        gatewayChanged(str): another gateway (its address; "" for none) is shown.
        statusChanged(): the gateway's CPU/memory reading changed (``status``).
        portsChanged(): the port grid was refreshed.
        bulkProgress(int, int, int, int): done, total, sent, failed of the running bulk send.
        bulkFinished(bool): the bulk send ended (True: every recipient was sent).
        inboundChanged(): the inbound list was reloaded.
        busyChanged(bool): a bulk send or a sync started or ended.
        openPortRequested(str): the user wants to use this port (its device address).
        certificateQuestion(str, str, str): the gateway (address) presents a certificate that
            is not trusted: its SHA-256 fingerprint, and the pinned one ("" if none).
        errorOccurred(str): something failed, in the user's terms.
    """

    gatewayChanged = Signal(str)
    statusChanged = Signal()
    portsChanged = Signal()
    bulkProgress = Signal(int, int, int, int)
    bulkFinished = Signal(bool)
    inboundChanged = Signal()
    busyChanged = Signal(bool)
    openPortRequested = Signal(str)
    certificateQuestion = Signal(str, str, str)
    errorOccurred = Signal(str)

    def __init__(self, parent: QObject | None = None, *,
                 saved: SavedDevices | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self.ports = PortTableModel(self)
        self.recipients = RecipientTableModel(self)
        self.inbound = InboundTableModel(self)
        self.status: GatewayStatus | None = None
        self.address = ""
        self.outcome: BulkOutcome | None = None
        self._gateway: Gateway | None = None
        self._watch: asyncio.Task[None] | None = None
        self._bulk: AsyncOperation | None = None

    # --- which gateway --------------------------------------------------------------------------

    def known_gateways(self) -> list[str]:
        """The gateways the user logged in to (cmcli login), in the saved list."""
        try:
            return [e.address for e in (self.saved or SavedDevices()).entries(GATEWAY)]
        except OSError as exc:
            log.warning("the saved list cannot be read: %s", exc)
            return []

    @property
    def busy(self) -> bool:
        return self._bulk is not None

    async def open(self, address: str) -> bool:
        """Show ``address``'s gateway (closing the one shown); False (and an error) when it
        cannot be reached."""
        await self.close()
        try:
            gateway = open_gateway(address)
            await gateway.open()
        except CmapiError as err:
            presented = err.data.get("presented") if isinstance(err.data, dict) else None
            if presented:
                pinned = str(err.data.get("expected") or "")
                self.certificateQuestion.emit(address, str(presented), pinned)
            self.errorOccurred.emit(error_text(err))
            return False
        except Exception as exc:
            self.errorOccurred.emit(error_text(exc))
            return False
        self._gateway = gateway
        self.address = address
        self.gatewayChanged.emit(address)
        self._watch = asyncio.get_event_loop().create_task(self._follow(gateway))
        await self.reload_inbound()
        return True

    def trust_certificate(self, address: str, fingerprint: str) -> asyncio.Task[bool]:
        """Pin ``fingerprint`` for the gateway (as ``cmcli login --trust-on-first-use`` does)
        and connect again."""
        saved = self.saved or SavedDevices()
        entry = saved.find(GATEWAY, address) or SavedEntry.new(GATEWAY, address)
        saved.put(SavedEntry(GATEWAY, entry.fields | {"cert_sha256": fingerprint}))
        return self.request_open(address)

    def request_open(self, address: str) -> asyncio.Task[bool]:
        return asyncio.get_event_loop().create_task(self.open(address))

    async def close(self) -> None:
        if self._bulk is not None:
            self._bulk.cancel()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.cancel()
            await asyncio.wait([watch])
        gateway, self._gateway = self._gateway, None
        if gateway is not None:
            await gateway.close()
            self.address = ""
            self.status = None
            self.ports.set_ports([])
            self.gatewayChanged.emit("")

    async def _follow(self, gateway: Gateway) -> None:
        """Keep the port grid and the load current while the gateway is shown."""
        loop = asyncio.get_event_loop()
        next_status = 0.0
        try:
            async for ports in gateway.watch_ports():
                self.ports.set_ports(ports)
                self.portsChanged.emit()
                if loop.time() >= next_status:
                    next_status = loop.time() + STATUS_EVERY
                    await self._read_status(gateway)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.errorOccurred.emit(error_text(exc))

    async def _read_status(self, gateway: Gateway) -> None:
        try:
            self.status = await gateway.status()
        except Exception as exc:  # the grid goes on without the load
            log.info("no load reading from %s: %s", self.address, exc)
            return
        self.statusChanged.emit()

    async def reload_inbound(self) -> None:
        if self._gateway is None:
            return
        try:
            self.inbound.set_messages(await self._gateway.recent_inbound())
        except Exception as exc:
            self.errorOccurred.emit(error_text(exc))
            return
        self.inboundChanged.emit()

    def sync_inbound(self) -> AsyncOperation | None:
        """Archive what arrived on every port, then show it."""
        gateway = self._gateway
        if gateway is None:
            return None

        async def sync() -> None:
            await gateway.sync_inbound()
            await self.reload_inbound()

        op = AsyncOperation(sync(), label=self.tr("Fetching received messages"), parent=self)
        op.failed.connect(self.errorOccurred)
        op.finished.connect(op.deleteLater)
        return op

    def open_port(self, row: int) -> None:
        port = self.ports.port_at(row)
        if port is not None:
            self.openPortRequested.emit(port.address)

    # --- bulk SMS --------------------------------------------------------------------------------

    def load_recipients(self, path: Path) -> bool:
        """Read the recipients CSV; False (and an error) when it cannot be used."""
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
            recipients = parse_recipients(text)
        except (OSError, UnicodeDecodeError) as exc:
            self.errorOccurred.emit(self.tr("The file %1 cannot be read: %2")
                                    .replace("%1", str(path)).replace("%2", str(exc)))
            return False
        except RecipientsError as err:
            self.errorOccurred.emit(self.tr("The file %1 cannot be used: %2")
                                    .replace("%1", Path(path).name).replace("%2", str(err)))
            return False
        self.recipients.set_recipients(recipients)
        return True

    def set_template(self, text: str) -> None:
        self.recipients.set_template(text)

    def send_bulk(self, ports: Sequence[int] = (), report: bool = False) -> AsyncOperation | None:
        gateway = self._gateway
        recipients = list(self.recipients.recipients)
        text = self.recipients.template
        if gateway is None or not recipients or not text or self._bulk is not None:
            return None
        self.recipients.clear_results()

        def progress(p: BulkProgress) -> None:
            for row, result in p.updates:
                self.recipients.set_result(row, result)
            self.bulkProgress.emit(p.done, p.total, p.sent, p.failed)

        async def send() -> BulkOutcome:
            try:  # a viewer on a team's shared store may not send
                await require_to_send_in_use()
            except FleetError as err:  # a viewer on a team's store, say
                self.errorOccurred.emit(user_message(err))
                raise asyncio.CancelledError from None
            return await gateway.send_bulk(text, recipients, ports=ports, report=report,
                                           progress=progress)

        op = AsyncOperation(send(), label=self.tr("Sending %n message(s)", "", len(recipients)),
                            parent=self)
        self._bulk = op
        op.failed.connect(self.errorOccurred)
        op.succeeded.connect(self._bulk_done)
        op.finished.connect(lambda: self._bulk_ended(op))
        self.busyChanged.emit(True)
        return op

    def _bulk_done(self, outcome: BulkOutcome) -> None:
        self.outcome = outcome
        for row, result in enumerate(outcome.results):
            self.recipients.set_result(row, result)
        self.bulkFinished.emit(all(r.status in ("SENT_OK", "DELIVERED")
                                   for r in outcome.results))

    def _bulk_ended(self, op: AsyncOperation) -> None:
        if self._bulk is op:
            self._bulk = None
        op.deleteLater()
        self.busyChanged.emit(False)
