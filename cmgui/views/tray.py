"""The system tray icon: status at a glance, quick connect/disconnect, and notifications for
new messages, USSD answers, a locked SIM, data usage warnings and a full message store.

The icon itself shows the signal (bars), the connection (a green dot) and unread messages (a
red dot). A notification lasts ``NOTICE_MS``: a newer one replaces it, and it is withdrawn when
its time is up (``last_notice`` empties), whatever the desktop does with the balloon.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cmgui.controllers.app import AppController
from cmgui.controllers.device import DeviceController
from cmgui.qt import icon
from cmgui.views import format as fmt

#: How long a notification stays up.
NOTICE_MS = 8000
#: Characters of a message's text a notification shows.
PREVIEW_CHARS = 80
ICON_SIZE = 32


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of a message on one line, cut at a word with an ellipsis when long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut.rstrip(",.;:") + "…"


def status_icon(bars: int, connected: bool, unread: bool, available: bool) -> QIcon:
    """cmgui's icon with the signal bars, a connection dot and an unread dot drawn on it."""
    pixmap = icon("cmgui").pixmap(ICON_SIZE, ICON_SIZE)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for n in range(5):  # five bars along the bottom edge, filled up to ``bars``
        height = 4 + 2.5 * n
        rect = QRectF(ICON_SIZE - 15 + 3 * n, ICON_SIZE - height, 2.4, height)
        on = available and n < bars
        painter.setBrush(QColor("#2ec27e") if on else QColor(128, 128, 128, 150))
        painter.drawRect(rect)
    if connected:
        painter.setBrush(QColor("#33d17a"))
        painter.drawEllipse(QPointF(6, ICON_SIZE - 6), 5, 5)
    if unread:
        painter.setBrush(QColor("#e01b24"))
        painter.drawEllipse(QPointF(ICON_SIZE - 6, 6), 5.5, 5.5)
    painter.end()
    return QIcon(pixmap)


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
        self.show_action = QAction(self.menu)
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quitRequested)
        for a in (self.status_action, self.connect_action):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self.label_menu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.last_notice: tuple[str, str] = ("", "")
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expire)
        #: What the icon shows now: (bars, connected, unread) (tests read it).
        self.shown: tuple[int, bool, bool] = (-1, False, False)
        app.devices.currentChanged.connect(self._on_device)
        app.messages.messageArrived.connect(self._sms)
        app.messages.conversations.modelReset.connect(self.refresh)
        app.messages.conversations.dataChanged.connect(self.refresh)
        app.usage.thresholdCrossed.connect(self._usage)
        self.refresh()
        if self.available:
            self.icon.show()

    def label_menu(self) -> None:
        self.show_action.setText(self.tr("&Show cmgui"))
        self.quit_action.setText(self.tr("&Quit"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

    def _on_device(self, dc: DeviceController | None) -> None:
        if dc is not None:
            dc.statusChanged.connect(self.refresh)
            dc.signalChanged.connect(self.refresh)
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
        unread = self.unread()
        if unread:
            parts.append(self.tr("%n unread message(s)", "", unread))
        return " · ".join(p for p in parts if p)

    def unread(self) -> int:
        return sum(c.unread for c in self.app.messages.conversations.records())

    def refresh(self, *_args: object) -> None:
        text = self.status_text()
        self.status_action.setText(text)
        self.icon.setToolTip("cmgui — " + text)
        dc = self.app.devices.current
        connected = dc is not None and dc.status.connection_state == "connected"
        up = dc is not None and dc.status.connection_state in ("connected", "connecting")
        self.connect_action.setText(self.tr("&Disconnect") if up else self.tr("&Connect"))
        self.connect_action.setEnabled(dc is not None and dc.state == "ready")
        bars = dc.status.bars if dc is not None else 0
        shown = (bars, connected, self.unread() > 0)
        if shown != self.shown:
            self.shown = shown
            self.icon.setIcon(status_icon(bars, connected, shown[2],
                                          available=dc is not None and bool(dc.status.operator)))

    def toggle_connection(self) -> None:
        dc = self.app.devices.current
        if dc is None:
            return
        if dc.status.connection_state in ("connected", "connecting"):
            self.app.connection.disconnect_session()
        else:
            self.app.connection.connect_profile(None)

    def notify(self, title: str, text: str) -> None:
        """Show one notification for ``NOTICE_MS``; it replaces the one before."""
        self.last_notice = (title, text)
        self._expiry.start(NOTICE_MS)
        if self.available and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, icon("cmgui"), NOTICE_MS)

    def _expire(self) -> None:
        self.last_notice = ("", "")
        if self.available and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage("", "", QIcon(), 1)  # withdraws a balloon Qt draws itself

    def _sms(self, sender: str, text: str) -> None:
        self.notify(self.tr("New message from %1").replace("%1", sender), preview(text))

    def _ussd(self, text: str, _state: str) -> None:
        self.notify(self.tr("Network message"), preview(text))

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

    def tell_still_running(self) -> None:
        """Said once, the first time closing the window leaves cmgui in the tray."""
        self.notify(self.tr("cmgui is still running"),
                    self.tr("It stays in the tray to receive messages. Quit it from the tray "
                            "menu."))
