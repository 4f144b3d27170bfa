"""The system tray icon: status at a glance, quick connect/disconnect, and notifications for
new messages, USSD answers, a locked SIM, data usage warnings and a full message store."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cmgui.controllers.app import AppController
from cmgui.controllers.device import DeviceController
from cmgui.qt import icon
from cmgui.views import format as fmt


class Tray(QObject):
    """Owns the tray icon and its menu. Without a tray (offscreen, some desktops) it still
    builds its menu and texts, and notifications are only recorded in ``last_notice``.

    Signals:
        showRequested(): the user wants the main window.
        quitRequested(): the user chose Quit.
    """

    showRequested = Signal()
    quitRequested = Signal()

    def __init__(self, app: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(icon("cmgui"), self)
        self.menu = QMenu()
        self.status_action = QAction(self.menu)
        self.status_action.setEnabled(False)
        self.connect_action = QAction(self.menu)
        self.connect_action.triggered.connect(self.toggle_connection)
        self.show_action = QAction(self.tr("&Show cmgui"), self.menu)
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.quit_action.triggered.connect(self.quitRequested)
        for a in (self.status_action, self.connect_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.last_notice: tuple[str, str] = ("", "")
        app.devices.currentChanged.connect(self._on_device)
        app.messages.messageArrived.connect(self._sms)
        app.usage.thresholdCrossed.connect(self._usage)
        self.refresh()
        if self.available:
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

    def _on_device(self, dc: DeviceController | None) -> None:
        if dc is not None:
            dc.statusChanged.connect(self.refresh)
            dc.pinRequired.connect(self._pin_required)
            dc.ussdReceived.connect(self._ussd)
            dc.smsStorageFull.connect(self._storage_full)
        self.refresh()

    def status_text(self) -> str:
        dc = self.app.devices.current
        if dc is None:
            return self.tr("No device")
        s = dc.status
        parts = [s.operator or fmt.device_state(dc.state)]
        if s.technology:
            parts.append(fmt.technology(s.technology))
        parts.append(fmt.connection_state(s.connection_state))
        return " · ".join(p for p in parts if p)

    def refresh(self) -> None:
        text = self.status_text()
        self.status_action.setText(text)
        self.icon.setToolTip("cmgui — " + text)
        dc = self.app.devices.current
        connected = dc is not None and dc.status.connection_state in ("connected", "connecting")
        self.connect_action.setText(self.tr("&Disconnect") if connected else self.tr("&Connect"))
        self.connect_action.setEnabled(dc is not None and dc.state == "ready")

    def toggle_connection(self) -> None:
        dc = self.app.devices.current
        if dc is None:
            return
        if dc.status.connection_state in ("connected", "connecting"):
            self.app.connection.disconnect_session()
        else:
            self.app.connection.connect_profile(None)

    def notify(self, title: str, text: str) -> None:
        self.last_notice = (title, text)
        if self.available and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, icon("cmgui"), 8000)

    def _sms(self, sender: str, text: str) -> None:
        self.notify(self.tr("New message from %1").replace("%1", sender), text)

    def _ussd(self, text: str, _state: str) -> None:
        self.notify(self.tr("Network message"), text)

    def _pin_required(self, state: str, _attempts: int) -> None:
        if state == "PUKRequired":
            self.notify(self.tr("SIM blocked"), self.tr("Enter the PUK to unblock the SIM card."))
        else:
            self.notify(self.tr("SIM locked"), self.tr("Enter the PIN to use the modem."))


    def _usage(self, roaming: bool, threshold: int, used: int, limit: int,
               disconnecting: bool) -> None:
        title = (self.tr("Roaming data: %1 % of the limit used") if roaming
                 else self.tr("Data: %1 % of the limit used")).replace("%1", str(threshold))
        text = self.tr("%1 of %2 used this billing period.").replace(
            "%1", fmt.size(used)).replace("%2", fmt.size(limit))
        if disconnecting:
            text += " " + self.tr("The connection is closed, as the plan asks.")
        self.notify(title, text)

    def _storage_full(self, message: str) -> None:
        self.notify(self.tr("Message memory full"), message)
