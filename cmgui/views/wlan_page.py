"""WLAN: networks in range, known networks, connect and disconnect."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.app import AppController
from cmgui.controllers.errors import Action
from cmgui.controllers.models import RecordRole
from cmgui.controllers.wlan_models import WlanRecord
from cmgui.views.widgets import Card, EmptyState, OperationBar, PageHeader, page_layout


class WlanPasswordDialog(QDialog):
    def __init__(self, network: WlanRecord, parent: QWidget | None = None,
                 error: str = "") -> None:
        super().__init__(parent)
        self.network = network
        self.setWindowTitle(self.tr("Connect to %1").replace("%1", network.ssid))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("“%1” is protected (%2). Enter its password.")
                       .replace("%1", network.ssid).replace("%2", network.security))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.error = QLabel(error)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        lay.addWidget(self.error)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Wi-Fi password"))
        form.addRow(self.tr("&Password:"), self.key)
        self.remember = QCheckBox(self.tr("&Remember this network"))
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class WlanPage(QScrollArea):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = app.wlan
        self.password_dialog: WlanPasswordDialog | None = None
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("WLAN"),
                                 self.tr("Wi-Fi of the device: for routers and hotspots.")))
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.unsupported = EmptyState(self.tr("This device has no Wi-Fi."))
        self.stack.addWidget(self.unsupported)
        body = QWidget()
        blay = QVBoxLayout(body)
        blay.setContentsMargins(0, 0, 0, 0)
        blay.setSpacing(14)
        self.stack.addWidget(body)

        status = Card(self.tr("Wi-Fi"))
        srow = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("bigValue")
        self.status.setAccessibleName(self.tr("Wi-Fi state"))
        srow.addWidget(self.status, 1)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"))
        self.disconnect_button.clicked.connect(lambda: self.ctrl.disconnect_network())
        self.scan_button = QPushButton(self.tr("&Scan"))
        self.scan_button.clicked.connect(self.scan)
        srow.addWidget(self.disconnect_button)
        srow.addWidget(self.scan_button)
        status.body.addLayout(srow)
        self.bar = OperationBar()
        status.body.addWidget(self.bar)
        lay_nets = Card(self.tr("Networks in range"))
        self.networks = QTreeView()
        self.networks.setModel(self.ctrl.networks)
        self.networks.setRootIsDecorated(False)
        self.networks.setAlternatingRowColors(True)
        self.networks.setAccessibleName(self.tr("Networks in range"))
        self.networks.setMinimumHeight(150)
        self.networks.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.networks.header().setStretchLastSection(False)
        self.networks.doubleClicked.connect(lambda _i: self.connect_selected())
        lay_nets.body.addWidget(self.networks)
        nrow = QHBoxLayout()
        nrow.addStretch(1)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.clicked.connect(self.connect_selected)
        nrow.addWidget(self.connect_button)
        lay_nets.body.addLayout(nrow)
        known = Card(self.tr("Known networks"))
        self.known = QTreeView()
        self.known.setModel(self.ctrl.known)
        self.known.setRootIsDecorated(False)
        self.known.setAccessibleName(self.tr("Known networks"))
        self.known.setMinimumHeight(100)
        self.known.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        known.body.addWidget(self.known)
        krow = QHBoxLayout()
        krow.addStretch(1)
        self.forget_button = QPushButton(self.tr("&Forget"))
        self.forget_button.setAccessibleName(self.tr("Forget the selected known network"))
        self.forget_button.clicked.connect(self.forget_selected)
        krow.addWidget(self.forget_button)
        known.body.addLayout(krow)
        blay.addWidget(status)
        blay.addWidget(lay_nets)
        blay.addWidget(known)
        blay.addStretch(1)
        self.ctrl.supportedChanged.connect(self._on_supported)
        self.ctrl.connectionChanged.connect(self.refresh)
        self.ctrl.busyChanged.connect(self.refresh)
        self.networks.selectionModel().selectionChanged.connect(lambda *_a: self.refresh())
        self.known.selectionModel().selectionChanged.connect(lambda *_a: self.refresh())
        self._on_supported(self.ctrl.supported)

    def _on_supported(self, supported: bool) -> None:
        self.stack.setCurrentIndex(1 if supported else 0)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        dc = self.ctrl.device
        connected = dc is not None and dc.status.wlan_connected
        if connected and dc is not None:
            self.status.setText(self.tr("Connected to %1").replace("%1", dc.status.wlan_ssid))
        else:
            self.status.setText(self.tr("Not connected"))
        self.disconnect_button.setEnabled(connected)
        self.scan_button.setEnabled(dc is not None and not self.ctrl.busy)
        self.connect_button.setEnabled(self.networks.selectionModel().hasSelection())
        self.forget_button.setEnabled(self.known.selectionModel().hasSelection())

    def scan(self) -> None:
        self.bar.bind(self.ctrl.refresh())

    def connect_selected(self) -> WlanPasswordDialog | None:
        index = self.networks.currentIndex()
        if not index.isValid():
            return None
        net: WlanRecord = index.data(RecordRole)
        for k in self.ctrl.known.records():
            if k.ssid == net.ssid:
                self.bar.bind(self.ctrl.connect_known(k.index))
                return None
        if net.security == "open":
            self.bar.bind(self.ctrl.connect_network(net.ssid, "open"))
            return None
        return self.ask_password(net)

    def ask_password(self, net: WlanRecord, error: str = "") -> WlanPasswordDialog:
        """Ask for the network's password; a wrong one asks again, saying so."""
        dialog = WlanPasswordDialog(net, self, error)

        def accepted() -> None:
            op = self.ctrl.connect_network(net.ssid, net.security,  # type: ignore[arg-type]
                                           dialog.key.text(), dialog.remember.isChecked())
            self.bar.bind(op)
            op.failed.connect(lambda message: self._connect_failed(net, message,
                                                                   op.error_action))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _connect_failed(self, net: WlanRecord, message: str, action: Action) -> None:
        if action is Action.WIFI_PASSWORD:
            self.ask_password(net, message)

    def forget_selected(self) -> None:
        index = self.known.currentIndex()
        if index.isValid():
            self.ctrl.forget(index.data(RecordRole).index)
