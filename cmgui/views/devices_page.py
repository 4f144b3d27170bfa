"""The Devices page: state, network and signal, device details, operators and SIM security."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeView,
    QWidget,
)

from cmgui.controllers.app import AppController
from cmgui.controllers.models import RecordRole
from cmgui.controllers.tasks import AsyncOperation
from cmgui.i18n import noop
from cmgui.views import format as fmt
from cmgui.views.pin_dialogs import PinDialog
from cmgui.views.widgets import (
    Badge,
    Card,
    InfoGrid,
    OperationBar,
    PageHeader,
    SignalBars,
    page_layout,
)

#: Mode preference choices: (label, permitted bearers).
MODE_CHOICES: tuple[tuple[str, list[str]], ...] = (
    (noop("DevicesPage", "Automatic"), ["auto"]),
    (noop("DevicesPage", "5G, 4G, 3G, 2G"), ["5G", "4G", "3G", "2G"]),
    (noop("DevicesPage", "4G and 3G"), ["4G", "3G"]),
    (noop("DevicesPage", "4G only"), ["4G"]),
    (noop("DevicesPage", "3G only"), ["3G"]),
    (noop("DevicesPage", "2G only"), ["2G"]),
)


class DevicesPage(QScrollArea):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        lay = page_layout(self)
        self.header = PageHeader(self.tr("Devices"),
                                 self.tr("The modem in use, its network and its SIM card."))
        lay.addWidget(self.header)

        # Status card.
        status = Card(self.tr("Status"))
        top = QHBoxLayout()
        self.operator = QLabel("—")
        self.operator.setObjectName("bigValue")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.bars = SignalBars()
        self.bars.setMinimumSize(34, 22)
        self.roaming = Badge(self.tr("Roaming"), "warning")
        self.demo = Badge(self.tr("Demo"), "info")
        top.addWidget(self.bars)
        top.addWidget(self.operator)
        top.addWidget(self.roaming)
        top.addWidget(self.demo)
        top.addStretch(1)
        self.radio = QPushButton()
        self.radio.setCheckable(True)
        self.radio.setAccessibleName(self.tr("Radio"))
        self.radio.clicked.connect(self._toggle_radio)
        top.addWidget(self.radio)
        status.body.addLayout(top)
        self.status_grid = InfoGrid(columns=2)
        for key, label in (("state", self.tr("State")), ("registration", self.tr("Network")),
                           ("technology", self.tr("Technology")), ("signal", self.tr("Signal")),
                           ("plmn", self.tr("Network code")), ("sim", self.tr("SIM"))):
            self.status_grid.add_row(key, label)
        status.body.addWidget(self.status_grid)
        lay.addWidget(status)

        # Details card.
        details = Card(self.tr("Device details"))
        self.details = InfoGrid(columns=2)
        for key, label in (("manufacturer", self.tr("Manufacturer")), ("model", self.tr("Model")),
                           ("firmware", self.tr("Firmware")), ("imei", self.tr("IMEI")),
                           ("imsi", self.tr("IMSI")), ("iccid", self.tr("ICCID")),
                           ("msisdn", self.tr("Phone number")), ("address", self.tr("Address"))):
            self.details.add_row(key, label)
        details.body.addWidget(self.details)
        lay.addWidget(details)

        # Network selection card.
        net = Card(self.tr("Network selection"))
        row = QHBoxLayout()
        self.auto = QRadioButton(self.tr("&Automatic"))
        self.manual = QRadioButton(self.tr("&Manual"))
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.manual)
        self.auto.setChecked(True)
        self.auto.clicked.connect(self._select_automatic)
        row.addWidget(self.auto)
        row.addWidget(self.manual)
        row.addSpacing(24)
        mode_label = QLabel(self.tr("&Mode:"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Network mode"))
        mode_label.setBuddy(self.mode)
        for label, _bearers in MODE_CHOICES:
            self.mode.addItem(self.tr(label))
        self.mode.activated.connect(self._set_mode)
        row.addWidget(mode_label)
        row.addWidget(self.mode)
        row.addStretch(1)
        self.scan_button = QPushButton(self.tr("&Search for networks"))
        self.scan_button.clicked.connect(self._scan)
        row.addWidget(self.scan_button)
        net.body.addLayout(row)
        self.scan_bar = OperationBar()
        net.body.addWidget(self.scan_bar)
        self.networks = QTreeView()
        self.networks.setModel(app.network.networks)
        self.networks.setRootIsDecorated(False)
        self.networks.setAlternatingRowColors(True)
        self.networks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.networks.setAccessibleName(self.tr("Networks found"))
        self.networks.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.networks.setMinimumHeight(140)
        self.networks.doubleClicked.connect(lambda _i: self._register())
        net.body.addWidget(self.networks)
        reg_row = QHBoxLayout()
        self.scan_hint = QLabel(self.tr(
            "Searching takes one to three minutes; the modem stays usable meanwhile."))
        self.scan_hint.setObjectName("dimLabel")
        self.scan_hint.setWordWrap(True)
        reg_row.addWidget(self.scan_hint, 1)
        self.register_button = QPushButton(self.tr("&Register on selected network"))
        self.register_button.clicked.connect(self._register)
        reg_row.addWidget(self.register_button)
        net.body.addLayout(reg_row)
        lay.addWidget(net)

        # SIM security card.
        sim = Card(self.tr("SIM security"))
        sim_row = QHBoxLayout()
        self.pin_state = QLabel()
        sim_row.addWidget(self.pin_state, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.pin_on_button = QPushButton(self.tr("Turn PIN o&n…"))
        self.pin_off_button = QPushButton(self.tr("Turn PIN o&ff…"))
        self.change_pin_button = QPushButton(self.tr("C&hange PIN…"))
        self.unlock_button.clicked.connect(lambda: self.open_pin_dialog(self._unlock_mode()))
        self.pin_on_button.clicked.connect(lambda: self.open_pin_dialog("enable"))
        self.pin_off_button.clicked.connect(lambda: self.open_pin_dialog("disable"))
        self.change_pin_button.clicked.connect(lambda: self.open_pin_dialog("change"))
        for b in (self.unlock_button, self.pin_on_button, self.pin_off_button,
                  self.change_pin_button):
            sim_row.addWidget(b)
        sim.body.addLayout(sim_row)
        lay.addWidget(sim)
        lay.addStretch(1)

        app.devices.currentChanged.connect(self._on_device)
        app.network.scanStarted.connect(self._on_scan_started)
        app.network.busyChanged.connect(self._update_buttons)
        self.networks.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.pin_dialog: PinDialog | None = None
        self._on_device(app.devices.current)

    # --- binding --------------------------------------------------------------------------

    def _on_device(self, device: object) -> None:
        dc = self.app.devices.current
        if dc is not None:
            dc.statusChanged.connect(self.refresh)
            dc.stateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        dc = self.app.devices.current
        if dc is None:
            self.operator.setText(self.tr("No device"))
            self.bars.set_bars(0, available=False)
            for w in (self.roaming, self.demo):
                w.hide()
            self._update_buttons()
            return
        s = dc.status
        registered = s.registration in ("registeredHome", "registeredRoaming", "smsOnlyHome",
                                        "smsOnlyRoaming")
        self.operator.setText(s.operator or (fmt.registration(s.registration)
                                             if s.registration else fmt.device_state(dc.state)))
        self.bars.set_bars(s.bars, available=registered)
        self.roaming.setVisible(s.roaming)
        self.demo.setVisible(dc.kind == "virtual" or dc.address.startswith("virtual"))
        g = self.status_grid
        g.set_value("state", fmt.device_state(dc.state))
        g.set_value("registration", fmt.registration(s.registration))
        g.set_value("technology", fmt.technology(s.technology))
        signal = f"{s.signal_percent} %" if registered else ""
        if registered and s.signal_dbm is not None:
            signal += f" ({s.signal_dbm} dBm)"
        g.set_value("signal", signal)
        g.set_value("plmn", s.plmn)
        g.set_value("sim", fmt.pin_state(s.pin_state))
        d = self.details
        for key in ("manufacturer", "model", "firmware", "imei", "imsi", "iccid", "msisdn"):
            d.set_value(key, getattr(s, key))
        d.set_value("address", dc.address)
        self.radio.setChecked(s.radio_on)
        self.radio.setText(self.tr("Radio on") if s.radio_on else self.tr("Radio off"))
        self.auto.setChecked(s.selection_mode != "manual")
        self.manual.setChecked(s.selection_mode == "manual")
        bearers = list(s.permitted_bearers)
        for i, (_label, choice) in enumerate(MODE_CHOICES):
            if choice == bearers:
                self.mode.setCurrentIndex(i)
        if s.pin_state in ("PINRequired", "PUKRequired", "blocked"):
            self.pin_state.setText(self.tr("The SIM card is locked."))
        elif s.pin_enabled:
            self.pin_state.setText(self.tr("The PIN is on: the SIM asks for it at start."))
        elif s.pin_enabled is False:
            self.pin_state.setText(self.tr("The PIN is off."))
        else:
            self.pin_state.setText(fmt.pin_state(s.pin_state))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        dc = self.app.devices.current
        ready = dc is not None and dc.state == "ready"
        locked = dc is not None and dc.state == "locked"
        scanning = self.app.network.scan_op is not None and self.app.network.scan_op.running
        for w in (self.radio, self.auto, self.manual, self.mode):
            w.setEnabled(ready)
        self.scan_button.setEnabled(ready and not scanning)
        self.register_button.setEnabled(ready and self.networks.selectionModel().hasSelection())
        pin_enabled = dc.status.pin_enabled if dc is not None else None
        self.unlock_button.setVisible(locked)
        self.pin_on_button.setVisible(ready and pin_enabled is False)
        self.pin_off_button.setVisible(ready and pin_enabled is True)
        self.change_pin_button.setVisible(ready and pin_enabled is True)

    # --- actions --------------------------------------------------------------------------

    def _toggle_radio(self, on: bool) -> None:
        self.app.network.set_radio(on)

    def _select_automatic(self) -> None:
        self.app.network.select_operator(None)

    def _set_mode(self, index: int) -> None:
        self.app.network.set_mode(list(MODE_CHOICES[index][1]))  # type: ignore[arg-type]

    def _scan(self) -> None:
        self.app.network.scan()

    def _on_scan_started(self, op: AsyncOperation) -> None:
        self.scan_bar.bind(op)
        self._update_buttons()

    def _register(self) -> None:
        index = self.networks.currentIndex()
        if not index.isValid():
            return
        record = index.data(RecordRole)
        self.manual.setChecked(True)
        self.app.network.select_operator(record.plmn, record.technology)

    def _unlock_mode(self) -> str:
        dc = self.app.devices.current
        if dc is not None and dc.status.pin_state in ("PUKRequired", "blocked"):
            return "puk"
        return "verify"

    def open_pin_dialog(self, mode: str) -> PinDialog:
        dialog = PinDialog(self.app.sim, mode, self)
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()
        return dialog
