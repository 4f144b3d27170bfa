"""The gateway page: pick a gateway, see every port at a glance (live), its CPU and memory, send
bulk SMS from a CSV file (preview of each filled message, the result per recipient, progress)
and read what all ports received."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from cmgui.views.widgets import Card, PageHeader, page_layout

if TYPE_CHECKING:
    from cmgui.controllers.app import AppController

LOGIN_HINT = "cmcli login dinstar+https://HOST --user USER"


def _fingerprint(hexa: str) -> str:
    """``AB:CD:…`` as browsers and gateway web UIs show it."""
    text = hexa.upper()
    return ":".join(text[i:i + 2] for i in range(0, len(text), 2))


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class GatewayPage(QScrollArea):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = app.gateway
        self.team_jobs = app.team_jobs
        lay = page_layout(self)
        lay.addWidget(PageHeader(
            self.tr("SMS gateways"),
            self.tr("Every port of a gateway at a glance, bulk SMS from a file, and what all "
                    "ports received. A port opens like a modem: double-click it.")))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        lay.addWidget(self.error)
        lay.addWidget(self._build_certificate())
        lay.addWidget(self._build_gateway())
        lay.addWidget(self._build_ports(), 2)
        lay.addWidget(self._build_bulk(), 2)
        lay.addWidget(self._build_inbound(), 1)
        lay.addWidget(self._build_team_jobs(), 1)
        c = self.ctrl
        c.gatewayChanged.connect(self._on_gateway)
        c.statusChanged.connect(self._on_status)
        c.bulkProgress.connect(self._on_progress)
        c.bulkFinished.connect(self._on_finished)
        c.busyChanged.connect(self._on_busy)
        c.errorOccurred.connect(self.show_error)
        c.certificateQuestion.connect(self._on_certificate)
        self.team_jobs.errorOccurred.connect(self.show_error)  # the job list's, and refusals
        self.reload_gateways()
        self._on_gateway(c.address)
        self._on_status()

    # --- building ------------------------------------------------------------------------------

    def _build_certificate(self) -> Card:
        card = Card(self.tr("Certificate"))
        self.certificate_text = QLabel()
        self.certificate_text.setWordWrap(True)
        self.certificate_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(self.certificate_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.trust_button = QPushButton(self.tr("&Trust this certificate"))
        self.trust_button.setAccessibleName(
            self.tr("Trust the certificate the gateway presents"))
        self.trust_button.clicked.connect(self._trust)
        row.addWidget(self.trust_button)
        card.body.addLayout(row)
        card.hide()
        self.certificate = card
        self._question: tuple[str, str] | None = None
        return card

    def _on_certificate(self, address: str, presented: str, pinned: str) -> None:
        shown = _fingerprint(presented)
        if pinned:
            text = self.tr("The certificate of %1 has changed. It now presents SHA-256 %2; the "
                           "pinned one was %3. Trust the new one only if the gateway's web UI "
                           "shows the same fingerprint.")
        else:
            text = self.tr("%1 presents a certificate no authority vouches for (self-signed), "
                           "with SHA-256 %2. Trust it only if the gateway's web UI shows the "
                           "same fingerprint.")
        self.certificate_text.setText(text.replace("%1", address).replace("%2", shown)
                                      .replace("%3", _fingerprint(pinned) if pinned else ""))
        self._question = (address, presented)
        self.certificate.show()

    def _trust(self) -> None:
        if self._question is not None:
            address, presented = self._question
            self._question = None
            self.certificate.hide()
            self.show_error("")
            self.ctrl.trust_certificate(address, presented)

    def _build_gateway(self) -> Card:
        card = Card(self.tr("Gateway"))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Address:"))
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.setMinimumContentsLength(32)
        self.address.setAccessibleName(self.tr("Gateway address"))
        line = self.address.lineEdit()
        if line is not None:
            line.setPlaceholderText("dinstar+https://HOST")
        label.setBuddy(self.address)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setAccessibleName(self.tr("Connect to the gateway"))
        self.connect_button.clicked.connect(self._connect)
        row.addWidget(label)
        row.addWidget(self.address, 1)
        row.addWidget(self.connect_button)
        card.body.addLayout(row)
        self.hint = QLabel(self.tr("Log in to a gateway once, then pick it here: %1")
                           .replace("%1", LOGIN_HINT))
        self.hint.setObjectName("dimLabel")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(self.hint)
        load = QGridLayout()
        load.setColumnStretch(1, 1)
        self.cpu = QProgressBar()
        self.cpu.setRange(0, 100)
        self.cpu.setTextVisible(False)
        self.cpu.setAccessibleName(self.tr("CPU load of the gateway"))
        self.memory = QProgressBar()
        self.memory.setRange(0, 1000)
        self.memory.setTextVisible(False)
        self.memory.setAccessibleName(self.tr("Memory used on the gateway"))
        self.cpu_text = QLabel()
        self.memory_text = QLabel()
        load.addWidget(QLabel(self.tr("CPU")), 0, 0)
        load.addWidget(self.cpu, 0, 1)
        load.addWidget(self.cpu_text, 0, 2)
        load.addWidget(QLabel(self.tr("Memory")), 1, 0)
        load.addWidget(self.memory, 1, 1)
        load.addWidget(self.memory_text, 1, 2)
        card.body.addLayout(load)
        return card

    def _build_ports(self) -> Card:
        card = Card(self.tr("Ports"))
        self.port_table = _table(self.ctrl.ports, self.tr("Ports of the gateway"))
        self.port_table.setMinimumHeight(self.fontMetrics().height() * 12)
        self.port_table.doubleClicked.connect(self._open_port)
        card.body.addWidget(self.port_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_port_button = QPushButton(self.tr("&Use this port"))
        self.open_port_button.setAccessibleName(
            self.tr("Open the selected port like a modem"))
        self.open_port_button.clicked.connect(
            lambda: self._open_port(self.port_table.currentIndex()))
        row.addWidget(self.open_port_button)
        card.body.addLayout(row)
        return card

    def _build_bulk(self) -> Card:
        card = Card(self.tr("Bulk SMS"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.file_button = QPushButton(self.tr("Recipients &file…"))
        self.file_button.setAccessibleName(self.tr("Choose the recipients file (CSV)"))
        self.file_button.clicked.connect(self._choose_file)
        self.file_label = QLabel(self.tr("A CSV file with a header row: number, then param "
                                         "columns for #param#, optionally user_id."))
        self.file_label.setObjectName("dimLabel")
        self.file_label.setWordWrap(True)
        grid.addWidget(self.file_button, 0, 0)
        grid.addWidget(self.file_label, 0, 1, 1, 3)
        message = QLabel(self.tr("&Message:"))
        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Message template"))
        self.template.setPlaceholderText(self.tr("Hello #param#, …"))
        self.template.textChanged.connect(self._template_changed)
        message.setBuddy(self.template)
        grid.addWidget(message, 1, 0)
        grid.addWidget(self.template, 1, 1, 1, 3)
        ports = QLabel(self.tr("&Ports:"))
        self.port_filter = QLineEdit()
        self.port_filter.setAccessibleName(self.tr("Ports to send on"))
        self.port_filter.setPlaceholderText(self.tr("any free port (or e.g. 0,3)"))
        ports.setBuddy(self.port_filter)
        self.report = QCheckBox(self.tr("Ask for &delivery reports"))
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send the messages"))
        self.send_button.clicked.connect(self._send)
        self.queue_button = QPushButton(self.tr("&Queue for the team"))
        self.queue_button.setAccessibleName(
            self.tr("Queue the messages for the team's server"))
        self.queue_button.setToolTip(self.tr(
            "The team's server (cmcli serve --team) sends them, even after cmgui is closed; "
            "every desktop sees the job below."))
        self.queue_button.clicked.connect(self._queue)
        self.queue_button.setVisible(self.team_jobs.available)
        buttons = QHBoxLayout()
        buttons.addWidget(self.queue_button)
        buttons.addWidget(self.send_button)
        grid.addWidget(ports, 2, 0)
        grid.addWidget(self.port_filter, 2, 1)
        grid.addWidget(self.report, 2, 2)
        grid.addLayout(buttons, 2, 3)
        card.body.addLayout(grid)
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_text = QLabel()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_text)
        card.body.addLayout(progress)
        self.result_table = _table(self.ctrl.recipients,
                                   self.tr("Recipients, messages and results"))
        self.result_table.setMinimumHeight(self.fontMetrics().height() * 8)
        card.body.addWidget(self.result_table)
        return card

    def _build_inbound(self) -> Card:
        card = Card(self.tr("Received on all ports"))
        self.inbound_table = _table(self.ctrl.inbound, self.tr("Received messages"))
        self.inbound_table.setMinimumHeight(self.fontMetrics().height() * 6)
        card.body.addWidget(self.inbound_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.fetch_button = QPushButton(self.tr("&Fetch new messages"))
        self.fetch_button.setAccessibleName(
            self.tr("Fetch and archive the messages every port received"))
        self.fetch_button.clicked.connect(self._fetch)
        row.addWidget(self.fetch_button)
        card.body.addLayout(row)
        return card

    def _build_team_jobs(self) -> Card:
        card = Card(self.tr("Team jobs"))
        self.job_table = _table(self.team_jobs.model, self.tr("The team's queued jobs"))
        self.job_table.setMinimumHeight(self.fontMetrics().height() * 6)
        card.body.addWidget(self.job_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_job_button = QPushButton(self.tr("Cancel &job"))
        self.cancel_job_button.setAccessibleName(
            self.tr("Cancel the selected job if no server has taken it yet"))
        self.cancel_job_button.clicked.connect(self._cancel_job)
        row.addWidget(self.cancel_job_button)
        card.body.addLayout(row)
        card.setVisible(self.team_jobs.available)  # a one-person store has no team to ask
        self.team_card = card
        return card

    # --- reacting ------------------------------------------------------------------------------

    def reload_gateways(self) -> None:
        current = self.address.currentText()
        self.address.clear()
        known = self.ctrl.known_gateways()
        self.address.addItems(known)
        self.hint.setVisible(not known)
        if current:
            self.address.setCurrentText(current)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _connect(self) -> None:
        address = self.address.currentText().strip()
        if address:
            self.show_error("")
            self.certificate.hide()
            self.ctrl.request_open(address)

    def _on_gateway(self, address: str) -> None:
        connected = bool(address)
        for widget in (self.port_table, self.open_port_button, self.send_button,
                       self.queue_button, self.fetch_button, self.file_button):
            widget.setEnabled(connected)
        if connected:
            self.address.setCurrentText(address)
        self._on_status()

    def _on_status(self) -> None:
        s = self.ctrl.status
        cpu = s.cpu_percent if s is not None else None
        memory = s.memory_percent if s is not None else None
        self.cpu.setValue(round(cpu) if cpu is not None else 0)
        self.cpu_text.setText(f"{cpu:.0f} %" if cpu is not None else "—")
        self.memory.setValue(round(memory * 10) if memory is not None else 0)
        if memory is not None and s is not None and s.memory_total:
            self.memory_text.setText(self.tr("%1 % of %2 MiB").replace("%1", f"{memory:.0f}")
                                     .replace("%2", f"{s.memory_total / 1024:.0f}"))
        else:
            self.memory_text.setText("—")

    def _open_port(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctrl.open_port(index.row())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Recipients"), "", self.tr("CSV files (*.csv);;All files (*)"))
        if path and self.ctrl.load_recipients(Path(path)):
            self.file_label.setText(self.tr("%n recipient(s) from %1", "",
                                            len(self.ctrl.recipients.recipients))
                                    .replace("%1", path))

    def _template_changed(self, text: str) -> None:
        self.ctrl.set_template(text)

    def ports_wanted(self) -> tuple[int, ...] | None:
        """The ports typed in (empty: any); None when the text is not a list of ports."""
        text = self.port_filter.text().replace(" ", "")
        if not text:
            return ()
        try:
            ports = tuple(int(p) for p in text.split(",") if p)
        except ValueError:
            return None
        return ports if all(0 <= p <= 31 for p in ports) else None

    def _bulk_wanted(self) -> tuple[int, ...] | None:
        """The ports to send on, once the form is complete (None: what is missing is shown)."""
        ports = self.ports_wanted()
        if ports is None:
            self.show_error(self.tr("Ports are numbers from 0 to 31 separated by commas."))
            return None
        if not self.ctrl.recipients.recipients or not self.template.text():
            self.show_error(self.tr("Choose a recipients file and write the message first."))
            return None
        self.show_error("")
        return ports

    def _send(self) -> None:
        ports = self._bulk_wanted()
        if ports is not None:
            self.ctrl.send_bulk(ports, self.report.isChecked())

    def _queue(self) -> None:
        ports = self._bulk_wanted()
        if ports is not None:
            op = self.team_jobs.queue_bulk_sms(
                self.ctrl.address, self.ctrl.recipients.template,
                self.ctrl.recipients.recipients, ports=ports, report=self.report.isChecked())
            if op is not None:
                op.succeeded.connect(self._on_queued)

    def _on_queued(self, job_id: int | None) -> None:
        if job_id is not None:  # None: refused, and said as an error
            self.progress_text.setText(self.tr("Queued as job %1: the team's server sends it.")
                                       .replace("%1", str(job_id)))

    def _cancel_job(self) -> None:
        index = self.job_table.currentIndex()
        if index.isValid():
            record = self.team_jobs.model.record(index.row())
            self.team_jobs.cancel(int(record["id"]))

    def _fetch(self) -> None:
        self.ctrl.sync_inbound()

    def _on_progress(self, done: int, total: int, sent: int, failed: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("%1 of %2 done: %3 sent, %4 failed")
                                   .replace("%1", str(done)).replace("%2", str(total))
                                   .replace("%3", str(sent)).replace("%4", str(failed)))

    def _on_finished(self, all_sent: bool) -> None:
        if all_sent:
            self.progress_text.setText(self.tr("Every message was sent."))

    def _on_busy(self, busy: bool) -> None:
        for button in (self.send_button, self.queue_button, self.file_button):
            button.setEnabled(not busy and bool(self.ctrl.address))
