"""USSD: one session at a time (``*100#``, then replies while the network asks), and its
history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.models import Column, RecordTableModel
from cmgui.controllers.settings import SettingsController
from cmgui.controllers.tasks import AsyncOperation
from cmgui.i18n import noop, translate


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


#: What the network's answer means when it carries no text, by USSD state.
STATE_TEXT = {
    "timeout": noop("UssdController",
                    "The network did not answer in time. Try again in a minute."),
    "notSupported": noop("UssdController", "The network does not offer this code."),
    "terminatedByNetwork": noop("UssdController", "The network ended the session."),
    "otherClientResponded": noop("UssdController", "Another program answered this session."),
}

SAVED_CODES = "ussd.saved_codes"


class UssdController(PageController):
    """One USSD session at a time, with its history, and the codes saved for each SIM.

    Signals:
        sessionChanged(bool): a session waits for the user's reply (True) or ended (False).
        responseReceived(str): the network's latest text (or what its silence means).
        savedCodesChanged(): the codes saved for the current SIM changed.
    """

    sessionChanged = Signal(bool)
    responseReceived = Signal(str)
    savedCodesChanged = Signal()

    def __init__(self, parent: QObject | None = None,
                 settings: SettingsController | None = None) -> None:
        super().__init__(parent)
        self.history = UssdHistoryModel(self)
        self.settings = settings
        self._active = False
        self._pending = 0  # requests in flight: their answer comes as the result, not an event

    # --- saved codes (per SIM, by ICCID) --------------------------------------------------

    def _sim(self) -> str:
        dc = self.device
        return "" if dc is None else dc.status.iccid or dc.status.imsi

    def saved_codes(self) -> list[tuple[str, str]]:
        """(name, code) saved for the SIM in the current device, in the order saved."""
        sim = self._sim()
        if self.settings is None or not sim:
            return []
        rows = self.settings.get(SAVED_CODES).get(sim, [])
        return [(str(r[0]), str(r[1])) for r in rows if isinstance(r, list) and len(r) == 2]

    def save_code(self, name: str, code: str) -> None:
        """Save ``code`` under ``name`` for this SIM (a code saved before gets the new name)."""
        sim = self._sim()
        if self.settings is None or not sim or not code.strip():
            return
        rows = [[n, c] for n, c in self.saved_codes() if c != code.strip()]
        rows.append([name.strip() or code.strip(), code.strip()])
        self._store(sim, rows)

    def forget_code(self, code: str) -> None:
        sim = self._sim()
        if self.settings is None or not sim:
            return
        self._store(sim, [[n, c] for n, c in self.saved_codes() if c != code])

    def _store(self, sim: str, rows: list[list[str]]) -> None:
        assert self.settings is not None
        everything = dict(self.settings.get(SAVED_CODES))
        if rows:
            everything[sim] = rows
        else:
            everything.pop(sim, None)
        self.settings.set(SAVED_CODES, everything)
        self.savedCodesChanged.emit()

    @property
    def active(self) -> bool:
        return self._active

    def attach(self, device: DeviceController) -> None:
        device.ussdReceived.connect(self._on_event)
        device.statusChanged.connect(self.savedCodesChanged)
        self.savedCodesChanged.emit()

    def detach(self, device: DeviceController) -> None:
        device.ussdReceived.disconnect(self._on_event)
        device.statusChanged.disconnect(self.savedCodesChanged)
        self._set_active(False)
        self.savedCodesChanged.emit()

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.sessionChanged.emit(active)

    def _on_event(self, text: str, state: str) -> None:
        if not self._pending:
            self._on_network(text, state)

    def _on_network(self, text: str, state: str) -> None:
        if not text.strip() and state in STATE_TEXT:
            text = self.tr(STATE_TEXT[state])
        self.history.append(UssdEntry(datetime.now(UTC), False, text, state))
        self._set_active(state == "actionRequired")
        self.responseReceived.emit(text)

    def send(self, code: str) -> AsyncOperation:
        """Send a code (``*100#``) or, during a session, a reply."""
        dev = self.require_device().device
        self.history.append(UssdEntry(datetime.now(UTC), True, code))

        async def go() -> t.USSDResult:
            self._pending += 1
            try:
                result = await dev.ussd_request(ussd_string=code)
            finally:
                self._pending -= 1
            self._on_network(result["USSDString"], result["USSDState"])
            return result

        return self.run(go(), label=self.tr("Waiting for the network"), expected_seconds=10)

    def cancel(self) -> AsyncOperation:
        dev = self.require_device().device

        async def go() -> None:
            try:
                await dev.ussd_release()
            finally:
                self._set_active(False)

        return self.run(go(), label=self.tr("Ending the session"))
