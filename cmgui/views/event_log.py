"""Opt-in structured log of what the user would see (``--log-json FILE`` / ``CMGUI_LOG_JSON``):
one JSON object per line, ``{"t": seconds, "event": name, ...}``. End-to-end tests wait for
these lines (``focus`` names the control that has the keyboard); nothing secret (no PIN, no
message text) is ever written. With a screenshot folder (``CMGUI_SCREENSHOTS``) each page the
user opens, and the PIN dialog, is saved there as PNG."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cmgui.controllers.app import AppController
from cmgui.controllers.device import DeviceController

#: Time a page is given to paint (and its data to arrive) before it is logged as shown.
SETTLE_MS = 400


class EventLog(QObject):
    def __init__(self, path: Path, app: AppController, window: Any,
                 shots: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: IO[str] = path.open("a", encoding="utf-8", buffering=1)
        self.window = window
        self.shots = shots
        window.nav.currentRowChanged.connect(self._on_page)
        app.devices.currentChanged.connect(self._on_device)
        app.messages.messageSent.connect(lambda number: self.write("sms-sent", to=number))
        app.messages.messageArrived.connect(
            lambda sender, _text: self.write("sms-received", sender=sender))
        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            qapp.focusChanged.connect(self._on_focus)

    def write(self, event: str, **fields: Any) -> None:
        self._file.write(json.dumps({"t": round(time.time(), 3), "event": event, **fields})
                         + "\n")

    def _on_device(self, dc: DeviceController | None) -> None:
        if dc is None:
            return
        dc.stateChanged.connect(lambda state: self._on_state(dc, state))
        # Connected after the window's own handler: the dialog exists when this runs.
        dc.pinRequired.connect(lambda state, left: self._pin(state, left))

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Where the keyboard goes now: the focused control's accessible name."""
        if new is not None:
            self.write("focus", name=new.accessibleName())

    def _on_state(self, dc: DeviceController, state: str) -> None:
        self.write(f"device-{state}", address=dc.address)

    def _pin(self, state: str, left: int) -> None:
        dialog = self.window.pin_dialog
        self.write("pin-dialog-shown", state=state, attempts=left,
                   visible=bool(dialog is not None and dialog.isVisible()))
        if dialog is not None:
            self._shoot(dialog, "e2e-pin-dialog", "pin-dialog")
            dialog.finished.connect(lambda result: self.write("pin-dialog-closed",
                                                              accepted=bool(result)))

    def _on_page(self, row: int) -> None:
        from cmgui.views.main_window import PAGE_NAMES

        name = PAGE_NAMES[row] if 0 <= row < len(PAGE_NAMES) else str(row)
        self._shoot(self.window, f"e2e-{row + 1}-{name}", name)

    def _shoot(self, widget: QWidget, file_stem: str, name: str) -> None:
        """Log that ``name`` is shown, once it has painted (and save it, with a folder)."""

        def later() -> None:
            fields: dict[str, Any] = {"name": name}
            if self.shots is not None:
                target = self.shots / f"{file_stem}.png"
                fields["file"] = str(target) if widget.grab().save(str(target)) else ""
            self.write("view-shown", **fields)

        QTimer.singleShot(SETTLE_MS, later)

    def close(self) -> None:
        self._file.close()
