"""The Devices page: state, network and signal, device details, operators and SIM security."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
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

#: How often the radio details are read again while the page is shown.
RADIO_REFRESH_MS = 5000


def _unit(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    number = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{number} {unit}"


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
        self.radio.clicked.connect(self._toggle_radio)
        top.addWidget(self.radio)
        self.reset_button = QPushButton(self.tr("Reset the demo &modem…"))
        self.reset_button.setToolTip(self.tr(
            "Power-cycle the demo modem back to factory state: its SIM asks for the PIN "
            "(1234) again and its messages are gone."))
        self.reset_button.clicked.connect(self.confirm_reset)
        top.addWidget(self.reset_button)
        status.body.addLayout(top)
        self.denied = QLabel()
        self.denied.setObjectName("warningLabel")
        self.denied.setWordWrap(True)
        self.denied.hide()
        status.body.addWidget(self.denied)
        self.status_grid = InfoGrid(columns=2)
        for key, label in (("state", self.tr("State")), ("registration", self.tr("Network")),
                           ("technology", self.tr("Technology")), ("signal", self.tr("Signal")),
                           ("plmn", self.tr("Network code")), ("sim", self.tr("SIM"))):
            self.status_grid.add_row(key, label)
        status.body.addWidget(self.status_grid)
        lay.addWidget(status)

        # Radio details card: the serving cell, read again every few seconds while shown.
        radio = Card(self.tr("Radio details"))
        self.radio_grid = InfoGrid(columns=3)
        for key, label in (("rsrp", "RSRP"), ("rsrq", "RSRQ"), ("sinr", "SINR"),
                           ("rscp", "RSCP"), ("ecio", "Ec/Io"), ("rssi", "RSSI"),
                           ("cell", self.tr("Cell ID")), ("area", "TAC"),
                           ("band", self.tr("Band")), ("channel", "EARFCN")):
            self.radio_grid.add_row(key, label)
        radio.body.addWidget(self.radio_grid)
        lay.addWidget(radio)
        self.radio_timer = QTimer(self)
        self.radio_timer.setInterval(RADIO_REFRESH_MS)
        self.radio_timer.timeout.connect(self.app.network.refresh_radio)

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
        if not app.provisioning.manual_network_selection:  # the vendor allows automatic only
            for w in (self.manual, self.scan_button, self.scan_bar, self.networks,
                      self.scan_hint, self.register_button):
                w.hide()
            self.auto_only = QLabel(self.tr("Networks are selected automatically: %1 allows "
                                            "no manual selection.")
                                    .replace("%1", app.provisioning.vendor))
            self.auto_only.setObjectName("dimLabel")
            net.body.addWidget(self.auto_only)
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
        state = fmt.device_state(dc.state)
        if dc.state == "ready" and not s.radio_on:
            state = self.tr("Ready, radio off")
        g.set_value("state", state)
        g.set_value("registration", fmt.registration(s.registration) if s.radio_on
                    else self.tr("Not registered: the radio is off"))
        self.denied.setText(self.tr(
            "The network refused this SIM (registration denied): the network is forbidden "
            "for it, or the SIM is not allowed here. Choose another network or let the device "
            "choose automatically."))
        self.denied.setVisible(s.radio_on and s.registration == "denied")
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
        self.radio.setText(self.tr("Turn radio &off") if s.radio_on
                           else self.tr("Turn radio &on"))
        self._show_radio_details()
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

    def _show_radio_details(self) -> None:
        dc = self.app.devices.current
        r = dc.status.radio_details if dc is not None else None
        g = self.radio_grid
        if r is None or dc is None or not dc.status.radio_on:
            for key in ("rsrp", "rsrq", "sinr", "rscp", "ecio", "rssi", "cell", "area", "band",
                        "channel"):
                g.set_value(key, "")
            return
        tech = r.radio or {"E_UTRAN": "LTE", "NR": "NR", "UTRAN": "WCDMA_UMTS",
                           "GERAN": "GSM"}.get(dc.status.technology, "")
        lte_like = tech in ("LTE", "NR")
        umts = tech == "WCDMA_UMTS"
        for key, value, shown in (
                ("rsrp", _unit(r.rsrp, "dBm"), lte_like or r.rsrp is not None),
                ("rsrq", _unit(r.rsrq, "dB"), lte_like or r.rsrq is not None),
                ("sinr", _unit(r.sinr, "dB"), lte_like or r.sinr is not None),
                ("rscp", _unit(r.rscp, "dBm"), umts or r.rscp is not None),
                ("ecio", _unit(r.ecio, "dB"), umts or r.ecio is not None),
                ("rssi", _unit(r.rssi, "dBm"), not lte_like and not umts)):
            g.set_value(key, value)
            g.set_row_visible(key, shown)
        g.set_value("cell", "" if r.cell_id is None else f"{r.cell_id} (0x{r.cell_id:X})")
        area = r.tac if lte_like or (r.tac is not None and r.lac is None) else r.lac
        g.set_label("area", "TAC" if lte_like or (r.tac is not None and r.lac is None)
                    else "LAC")
        g.set_value("area", "" if area is None else f"{area} (0x{area:X})")
        g.set_value("band", r.band)
        g.set_label("channel", {"LTE": "EARFCN", "NR": "NR-ARFCN", "WCDMA_UMTS": "UARFCN",
                                "GSM": "ARFCN"}.get(tech, self.tr("Channel")))
        channel = r.channel_dl
        if r.channel_ul and r.channel_ul != r.channel_dl:
            channel = self.tr("%1 down, %2 up").replace("%1", r.channel_dl).replace(
                "%2", r.channel_ul)
        g.set_value("channel", channel)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.radio_timer.start()
        self.app.network.refresh_radio()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.radio_timer.stop()

    def confirm_reset(self) -> QMessageBox:
        """Ask, then power-cycle the demo modem to factory state."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset the demo modem"), self.tr(
            "Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) "
            "again, and its messages, profiles and counters start afresh. The archive on this "
            "computer keeps what it has."), parent=self)
        reset = box.addButton(self.tr("&Reset"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _r: self.app.request_factory_reset() if box.clickedButton() is reset else None)
        box.finished.connect(box.deleteLater)
        self.reset_box = box
        box.open()
        return box

    def _update_buttons(self, *_args: object) -> None:
        dc = self.app.devices.current
        ready = dc is not None and dc.state == "ready"
        locked = dc is not None and dc.state == "locked"
        scanning = self.app.network.scan_op is not None and self.app.network.scan_op.running
        for w in (self.radio, self.auto, self.manual, self.mode):
            w.setEnabled(ready)
        self.reset_button.setVisible(self.app.devices.can_factory_reset())
        self.reset_button.setEnabled(dc is not None and dc.state in ("ready", "locked"))
        self.scan_button.setEnabled(ready and not scanning)
        self.register_button.setEnabled(ready and self.networks.selectionModel().hasSelection())
        pin_enabled = dc.status.pin_enabled if dc is not None else None
        self.unlock_button.setVisible(locked)
        self.pin_on_button.setVisible(ready and pin_enabled is False)
        self.pin_off_button.setVisible(ready and pin_enabled is True)
        self.change_pin_button.setVisible(ready and pin_enabled is True)

    # --- actions --------------------------------------------------------------------------

    def _toggle_radio(self) -> None:
        dc = self.app.devices.current
        if dc is not None:
            self.app.network.set_radio(not dc.status.radio_on)

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
        if not index.isValid() or not self.app.provisioning.manual_network_selection:
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
