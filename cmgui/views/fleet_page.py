"""The Fleet page: platform accounts, the SIM table (status badges, usage bars, search, filters,
a column chooser), bulk status changes with confirmation, progress, cancel and a result report,
the audit log, CSV export, and a detail panel for one SIM (identity, usage, packages, CDRs, SMS).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.fleet_models import (
    DEFAULT_COLUMNS,
    SIM_COLUMNS,
    StatusRole,
    UsageRole,
    outcome_text,
    size_text,
    status_text,
    usage_text,
)
from cmgui.controllers.messages import segment_info
from cmgui.views.widgets import Card, InfoGrid, PageHeader, page_layout

if TYPE_CHECKING:
    from cmgui.controllers.fleet import FleetController
    from cmgui.controllers.team_jobs import TeamJobsController

Index = QModelIndex | QPersistentModelIndex

#: The ten normalised statuses, for the status filter and the bulk menu.
STATUSES = ("CREATED", "PENDING_ACTIVE", "INVENTORY", "ACTIVE", "SUSPENDED", "BLOCKED",
            "PENDING_TERMINATE", "TERMINATED", "DELETED", "UNKNOWN")
#: What users change SIMs to (the others are the platform's to set).
CHANGEABLE = ("ACTIVE", "SUSPENDED", "BLOCKED", "TERMINATED")
BADGE_COLOURS = {
    "ACTIVE": "#2e7d32", "SUSPENDED": "#ef6c00", "BLOCKED": "#c62828", "TERMINATED": "#616161",
    "DELETED": "#616161", "PENDING_TERMINATE": "#8d6e63", "PENDING_ACTIVE": "#1565c0",
    "INVENTORY": "#00838f", "CREATED": "#6a1b9a",
}


class StatusBadgeDelegate(QStyledItemDelegate):
    """The status as a coloured rounded badge (grey for words that map to no status)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text = str(index.data(StatusRole) or option.text)  # the platform's word: tooltip
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        colour = QColor(BADGE_COLOURS.get(str(index.data(StatusRole)), "#757575"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 14)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - metrics.height() / 2 - 1,
                      width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 8))
        painter.restore()


class UsageBarDelegate(QStyledItemDelegate):
    """Usage against the plan as a thin bar under the figures."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        used, limit = index.data(UsageRole) or (None, None)
        if used is None or not limit:
            return
        fraction = max(0.0, min(1.0, used / limit))
        painter.save()
        rect = option.rect.adjusted(4, option.rect.height() - 5, -4, -2)
        palette = option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Midlight))
        filled = QRectF(rect.x(), rect.y(), rect.width() * fraction, rect.height())
        painter.fillRect(filled, QColor("#c62828") if fraction >= 0.9
                         else palette.color(QPalette.ColorRole.Highlight))
        painter.restore()


class AddAccountDialog(QDialog):
    """Name, address and credentials of a platform account (secrets are read from files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a fleet account"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("cmo+https://HOST/TENANT · cmp+https://HOST")
        self.client_id = QLineEdit()
        self.token_url = QLineEdit()
        self.key_id = QLineEdit()
        self.secret_file = QLineEdit()
        self.private_key_file = QLineEdit()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("CMO client &ID:"), self.client_id)
        form.addRow(self.tr("CMO &token URL:"), self.token_url)
        form.addRow(self.tr("CMP &key ID:"), self.key_id)
        form.addRow(self.tr("&Secret file:"), self._with_browse(self.secret_file))
        form.addRow(self.tr("&Private key file:"), self._with_browse(self.private_key_file))
        note = QLabel(self.tr("Secrets go to the system keyring; they are read from the files "
                              "you name and never written to the settings."))
        note.setWordWrap(True)
        note.setObjectName("dimLabel")
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(edit, 1)
        browse = QToolButton()
        browse.setText("…")
        browse.setAccessibleName(self.tr("Choose a file"))
        browse.clicked.connect(lambda: self._browse(edit))
        lay.addWidget(browse)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"))
        if path:
            edit.setText(path)

    def values(self) -> dict[str, str]:
        return {"name": self.name.text(), "url": self.url.text(),
                "client_id": self.client_id.text(), "token_url": self.token_url.text(),
                "key_id": self.key_id.text(), "secret_file": self.secret_file.text(),
                "private_key_file": self.private_key_file.text()}


class FleetPage(QWidget):
    """The Fleet page over a :class:`~cmgui.controllers.fleet.FleetController`."""

    def __init__(self, ctrl: FleetController, parent: QWidget | None = None, *,
                 team_jobs: TeamJobsController | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        #: On a team's store a change can be queued for the team's server instead.
        self.team_jobs = team_jobs if team_jobs is not None and team_jobs.available else None
        lay = page_layout(self)
        lay.addWidget(PageHeader(
            self.tr("Fleet"),
            self.tr("IoT SIMs on your platforms: find them, change their status, read their "
                    "usage and CDRs, send them SMS.")))
        lay.addLayout(self._account_row())
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        lay.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._sims_tab(), self.tr("SIMs"))
        self.tabs.addTab(self._audit_tab(), self.tr("Audit log"))
        lay.addWidget(self.tabs, 1)
        self.report = ""
        ctrl.accountsChanged.connect(self._fill_accounts)
        ctrl.accountChanged.connect(self._on_account)
        ctrl.simsChanged.connect(self._on_sims)
        ctrl.refreshed.connect(self._on_refreshed)
        ctrl.errorOccurred.connect(self.show_error)
        ctrl.busyChanged.connect(self._on_busy)
        ctrl.jobProgress.connect(self._on_job_progress)
        ctrl.jobFinished.connect(self._on_job_finished)
        ctrl.detailsReady.connect(self._show_details)
        # Bound methods, not lambdas: a page rebuilt (a new language) disconnects with it.
        ctrl.cdrsReady.connect(self._on_cdrs)
        ctrl.smsSent.connect(self._on_sms_sent)
        ctrl.exported.connect(self._on_exported)
        self._fill_accounts()

    def _on_refreshed(self, _n: int) -> None:
        self._fill_filters()

    def _on_cdrs(self, n: int) -> None:
        self.cdr_note.setText(self.tr("%n record(s)", "", n))

    def _on_exported(self, path: str, n: int) -> None:
        self.status.setText(self.tr("%n SIM(s) written to %1", "", n).replace("%1", path))

    # --- building -----------------------------------------------------------------------------

    def _account_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Account:"))
        self.accounts = QComboBox()
        self.accounts.setMinimumContentsLength(18)
        self.accounts.setAccessibleName(self.tr("Fleet account"))
        label.setBuddy(self.accounts)
        self.accounts.activated.connect(
            lambda _row: self.ctrl.select_account(self.accounts.currentText()))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read every SIM from the platform again"))
        self.refresh_button.clicked.connect(self.ctrl.refresh)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a fleet account"))
        self.add_button.clicked.connect(self.add_account)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the fleet account"))
        self.remove_button.clicked.connect(self.remove_account)
        row.addWidget(label)
        row.addWidget(self.accounts)
        row.addWidget(self.refresh_button)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("dimLabel")
        row.addWidget(self.status)
        return row

    def _sims_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ICCID, IMSI, MSISDN, IMEI or name"))
        self.search.setAccessibleName(self.tr("Search SIMs"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.backend_filter = QComboBox()
        self.backend_filter.setAccessibleName(self.tr("Backend filter"))
        for combo in (self.status_filter, self.backend_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.activated.connect(lambda _r: self._apply_filter())
        self.backend_filter.activated.connect(lambda _r: self._apply_filter())
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        self.change_button = QToolButton()
        self.change_button.setText(self.tr("Change status"))
        self.change_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.change_menu = QMenu(self.change_button)
        for status in CHANGEABLE:
            selected = self.change_menu.addAction(
                self.tr("Selected SIMs → %1").replace("%1", status))
            selected.triggered.connect(lambda _c=False, s=status: self.change_selected(s))
        self.change_menu.addSeparator()
        for status in CHANGEABLE:
            from_csv = self.change_menu.addAction(
                self.tr("SIMs from a CSV file → %1…").replace("%1", status))
            from_csv.triggered.connect(lambda _c=False, s=status: self.change_from_csv(s))
        self.change_button.setMenu(self.change_menu)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.backend_filter)
        filters.addWidget(self.columns_button)
        filters.addWidget(self.change_button)
        filters.addWidget(self.export_button)
        lay.addLayout(filters)
        split = QSplitter()
        self.table = QTableView()
        self.table.setModel(self.ctrl.sims)
        self.table.setAccessibleName(self.tr("SIMs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status_delegate = StatusBadgeDelegate(self.table)
        self.usage_delegate = UsageBarDelegate(self.table)
        ids = [c[0] for c in SIM_COLUMNS]
        self.table.setItemDelegateForColumn(ids.index("status"), self.status_delegate)
        self.table.setItemDelegateForColumn(ids.index("usage"), self.usage_delegate)
        width = self.fontMetrics().horizontalAdvance("0")
        for n, (column, _, _) in enumerate(SIM_COLUMNS):
            self.table.setColumnWidth(n, width * {"iccid": 21, "status": 17, "backend": 10,
                                                  "usage": 19, "last_seen": 16}.get(column, 15))
        self._build_columns_menu()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_enabled())
        split.addWidget(self.table)
        split.addWidget(self._detail_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([width * 110, width * 60])
        lay.addWidget(split, 1)
        lay.addWidget(self._job_bar())
        return tab

    def _build_columns_menu(self) -> None:
        for n, (column, header, _) in enumerate(SIM_COLUMNS):
            action = self.columns_menu.addAction(self.ctrl.sims.headerData(
                n, Qt.Orientation.Horizontal) or header)
            action.setCheckable(True)
            shown = column in DEFAULT_COLUMNS
            action.setChecked(shown)
            self.table.setColumnHidden(n, not shown)
            action.toggled.connect(lambda on, n=n: self.table.setColumnHidden(n, not on))

    def _detail_panel(self) -> QWidget:
        self.detail = QTabWidget()
        self.detail.setAccessibleName(self.tr("SIM details"))
        overview = QWidget()
        o = QVBoxLayout(overview)
        card = Card(self.tr("Identity"))
        self.info = InfoGrid()
        for key, label in (("iccid", self.tr("ICCID")), ("status", self.tr("Status")),
                           ("backend", self.tr("Backend")), ("imsi", self.tr("IMSI")),
                           ("msisdn", self.tr("MSISDN")), ("imei", self.tr("IMEI")),
                           ("name", self.tr("Name")), ("plan", self.tr("Plan"))):
            self.info.add_row(key, label)
        card.body.addWidget(self.info)
        o.addWidget(card)
        self.usage_card = Card(self.tr("Usage"))
        self.usage_bars = QVBoxLayout()
        self.usage_card.body.addLayout(self.usage_bars)
        o.addWidget(self.usage_card)
        self.extra = QLabel()
        self.extra.setObjectName("dimLabel")
        self.extra.setWordWrap(True)
        self.extra.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        o.addWidget(self.extra)
        o.addStretch(1)
        self.detail.addTab(overview, self.tr("Overview"))
        self.package_table = self._record_table(self.ctrl.packages, self.tr("Packages"))
        self.detail.addTab(self.package_table, self.tr("Packages"))
        cdr_tab = QWidget()
        c = QVBoxLayout(cdr_tab)
        cdr_row = QHBoxLayout()
        self.cdr_button = QPushButton(self.tr("Load the last 30 days"))
        self.cdr_button.clicked.connect(self.load_cdrs)
        self.cdr_note = QLabel()
        self.cdr_note.setObjectName("dimLabel")
        cdr_row.addWidget(self.cdr_button)
        cdr_row.addWidget(self.cdr_note, 1)
        c.addLayout(cdr_row)
        self.cdr_table = self._record_table(self.ctrl.cdrs, self.tr("Call detail records"))
        c.addWidget(self.cdr_table, 1)
        self.detail.addTab(cdr_tab, self.tr("CDRs"))
        self.detail.addTab(self._sms_tab(), self.tr("SMS"))
        self.detail.setEnabled(False)
        return self.detail

    def _record_table(self, model: Any, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        return table

    def _sms_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.sms_history = QListWidget()
        self.sms_history.setAccessibleName(self.tr("SMS with this SIM"))
        lay.addWidget(self.sms_history, 1)
        self.sms_text = QPlainTextEdit()
        self.sms_text.setPlaceholderText(self.tr("Write a message to the SIM"))
        self.sms_text.setAccessibleName(self.tr("Message text"))
        self.sms_text.setTabChangesFocus(True)
        self.sms_text.setMaximumHeight(90)
        self.sms_text.textChanged.connect(self._update_counter)
        lay.addWidget(self.sms_text)
        row = QHBoxLayout()
        self.sms_counter = QLabel()
        self.sms_counter.setObjectName("dimLabel")
        self.sms_counter.setAccessibleName(self.tr("Message length"))
        self.sms_button = QPushButton(self.tr("S&end"))
        self.sms_button.clicked.connect(self.send_sms)
        row.addWidget(self.sms_counter, 1)
        row.addWidget(self.sms_button)
        lay.addLayout(row)
        self._update_counter()
        return tab

    def _job_bar(self) -> QWidget:
        bar = QWidget()
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 0, 0, 0)
        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setAccessibleName(self.tr("Progress"))
        self.job_cancel = QPushButton(self.tr("Cancel"))
        self.job_cancel.setAccessibleName(self.tr("Cancel the status change"))
        self.job_cancel.clicked.connect(self.ctrl.cancel_job)
        lay.addWidget(self.job_label)
        lay.addWidget(self.job_progress, 1)
        lay.addWidget(self.job_cancel)
        bar.hide()
        self.job_bar = bar
        return bar

    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.jobs_table = self._record_table(self.ctrl.jobs, self.tr("Audit log"))
        lay.addWidget(self.jobs_table, 1)
        row = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("Resume the job"))
        self.resume_button.setToolTip(self.tr(
            "Run a job that was cut off again; SIMs it changed already are left alone"))
        self.resume_button.clicked.connect(self.resume_selected)
        row.addStretch(1)
        row.addWidget(self.resume_button)
        lay.addLayout(row)
        self.jobs_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_enabled())
        return tab

    # --- following the controller -------------------------------------------------------------

    def _fill_accounts(self) -> None:
        names = self.ctrl.account_names()
        self.accounts.clear()
        self.accounts.addItems(names)
        if self.ctrl.account in names:
            self.accounts.setCurrentText(self.ctrl.account)
        self._update_enabled()

    def _on_account(self, name: str) -> None:
        if name and self.accounts.currentText() != name:
            self.accounts.setCurrentText(name)
        self._fill_filters()
        self._clear_details()

    def _fill_filters(self) -> None:
        for combo, everything, values in (
                (self.status_filter, self.tr("All statuses"),
                 sorted(set(STATUSES) | set(self.ctrl.statuses()),
                        key=lambda s: (s not in STATUSES, s))),
                (self.backend_filter, self.tr("All backends"), self.ctrl.backends())):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _apply_filter(self) -> None:
        self.ctrl.set_filter(self.status_filter.currentData() or "",
                             self.backend_filter.currentData() or "", self.search.text())

    def _on_sims(self, count: int) -> None:
        self.status.setText(self.tr("%n SIM(s)", "", count))
        self._update_enabled()

    def _on_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy and bool(self.ctrl.account))
        if busy:
            self.error.hide()

    def show_error(self, message: str) -> None:
        """Show ``message`` above the tabs ("" hides the line)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _update_enabled(self) -> None:
        has_account = bool(self.ctrl.account)
        selected = self.table.selectionModel().hasSelection()
        running = self.ctrl.job is not None
        self.refresh_button.setEnabled(has_account and not self.ctrl.busy)
        self.remove_button.setEnabled(has_account)
        self.change_button.setEnabled(has_account and not running)
        for action in self.change_menu.actions()[:len(CHANGEABLE)]:
            action.setEnabled(selected)
        self.export_button.setEnabled(has_account)
        job = self._selected_job()
        self.resume_button.setEnabled(bool(job and job.get("resumable")) and not running)

    # --- one SIM ------------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sim = self.ctrl.sims.sim(current.row()) if current.isValid() else None
        if sim is None:
            self._clear_details()
            return
        self.detail.setEnabled(True)
        for key, value in (("iccid", sim.iccid), ("status", status_text(sim)),
                           ("backend", sim.backend), ("imsi", sim.imsi),
                           ("msisdn", sim.msisdn), ("imei", sim.imei), ("name", sim.name),
                           ("plan", sim.plan)):
            self.info.set_value(key, value)
        self.ctrl.cdrs.set_records([])
        self.cdr_note.clear()
        self._show_messages(sim.iccid)
        self.ctrl.select_sim(sim.iccid)

    def _clear_details(self) -> None:
        self.detail.setEnabled(False)
        for key in ("iccid", "status", "backend", "imsi", "msisdn", "imei", "name", "plan"):
            self.info.set_value(key, "")
        self._set_usage([])
        self.extra.clear()
        self.sms_history.clear()

    def _set_usage(self, buckets: list[tuple[str, int, int | None]]) -> None:
        while self.usage_bars.count():
            item = self.usage_bars.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name, used, limit in buckets:
            label = QLabel(f"{name}: {usage_text(used, limit)}")
            self.usage_bars.addWidget(label)
            if limit:
                bar = QProgressBar()
                bar.setRange(0, 1000)
                bar.setValue(int(min(1.0, used / limit) * 1000))
                bar.setTextVisible(False)
                bar.setMaximumHeight(10)
                bar.setAccessibleName(name)
                self.usage_bars.addWidget(bar)
        if not buckets:
            self.usage_bars.addWidget(QLabel(self.tr("No usage reported")))

    def _show_details(self, details: Any) -> None:
        sim = details.sim
        current = self.table.currentIndex()
        shown = self.ctrl.sims.sim(current.row()) if current.isValid() else None
        if shown is None or shown.iccid != sim.iccid:
            return
        for key, value in (("status", status_text(sim)), ("backend", sim.backend),
                           ("imsi", sim.imsi), ("msisdn", sim.msisdn), ("imei", sim.imei),
                           ("name", sim.name), ("plan", sim.plan)):
            self.info.set_value(key, value)
        self._set_usage([(u.name, u.used_bytes, u.limit_bytes) for u in details.usage])
        facts = [f"{k}: {v}" for k, v in {**details.attributes, **details.extra}.items()]
        self.extra.setText("\n".join(facts))
        offers_sms = self.ctrl.offers("send_sms")
        self.sms_text.setEnabled(offers_sms)
        self.sms_text.setPlaceholderText(
            self.tr("Write a message to the SIM") if offers_sms
            else self.tr("This platform does not send SMS to SIMs"))
        self.cdr_button.setEnabled(self.ctrl.offers("cdrs"))
        self._update_counter()

    def _current_iccid(self) -> str:
        current = self.table.currentIndex()
        sim = self.ctrl.sims.sim(current.row()) if current.isValid() else None
        return sim.iccid if sim is not None else ""

    def load_cdrs(self) -> None:
        iccid = self._current_iccid()
        if iccid:
            today = date.today()
            self.ctrl.load_cdrs(iccid, today - timedelta(days=30), today)

    def _show_messages(self, iccid: str) -> None:
        self.sms_history.clear()
        try:
            rows = self.ctrl.messages(iccid)
        except Exception:  # the archive is a nicety here; the page works without it
            rows = []
        for row in reversed(rows):
            arrow = "←" if row["direction"] == "in" else "→"
            state = f" [{outcome_text(row['delivery'])}]" if row["direction"] == "out" else ""
            self.sms_history.addItem(f"{arrow} {row['text']}{state}")

    def _update_counter(self) -> None:
        info = segment_info(self.sms_text.toPlainText())
        self.sms_counter.setText(
            self.tr("%n character(s)", "", info.characters) + " · "
            + self.tr("%n message(s)", "", info.segments) + " · " + info.encoding)
        self.sms_button.setEnabled(self.sms_text.isEnabled()
                                   and bool(self.sms_text.toPlainText().strip()))

    def send_sms(self) -> None:
        iccid, text = self._current_iccid(), self.sms_text.toPlainText().strip()
        if iccid and text:
            self.ctrl.send_sms(iccid, text)

    def _on_sms_sent(self, iccid: str, msg_id: str) -> None:
        self.sms_text.clear()
        if iccid == self._current_iccid():
            self._show_messages(iccid)
        self.status.setText(self.tr("SMS sent (%1)").replace("%1", msg_id))

    # --- bulk changes -------------------------------------------------------------------------

    def selected_iccids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return self.ctrl.sims.iccids(rows)

    def confirm(self, status: str, count: int) -> bool:
        """Ask before changing SIMs (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Change the status"),
            self.tr("Change the status of %n SIM(s) to %1?", "", count).replace("%1", status),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def change_selected(self, status: str) -> None:
        self._change(status, self.selected_iccids())

    def change_from_csv(self, status: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("SIMs to change"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self._change(status, self.ctrl.iccids_from_csv(path))

    def ask_change(self, status: str, count: int) -> str:
        """How to change ``count`` SIMs: "now" (from this computer), "queue" (for the team's
        server, on a team's store) or "" (not at all). Tests replace this."""
        if self.team_jobs is None:
            return "now" if self.confirm(status, count) else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the status"),
                          self.tr("Change the status of %n SIM(s) to %1?", "", count)
                          .replace("%1", status), QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Queued, the team's server (cmcli serve --team) changes them, even after cmgui is "
            "closed; the audit log shows the job once it runs."))
        now = box.addButton(self.tr("Change &now"), QMessageBox.ButtonRole.AcceptRole)
        queue = box.addButton(self.tr("&Queue for the team"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "now" if clicked is now else "queue" if clicked is queue else ""

    def _change(self, status: str, iccids: list[str]) -> None:
        if not iccids:
            return
        how = self.ask_change(status, len(iccids))
        if how == "queue" and self.team_jobs is not None:
            self.show_error("")
            op = self.team_jobs.queue_status_change(self.ctrl.account, status, iccids)
            if op is not None:  # this page's own job: its outcome shows here
                op.succeeded.connect(lambda job_id, op=op: self._on_queued(job_id, op.error))
            return
        if how != "now":
            return
        self.job_label.setText(self.tr("Changing %n SIM(s) to %1", "", len(iccids)).replace(
            "%1", status))
        self.job_progress.setRange(0, len(iccids))
        self.job_progress.setValue(0)
        self.job_bar.show()
        self.ctrl.change_status(status, iccids)
        self._update_enabled()
        if self.ctrl.job is not None:
            self.ctrl.job.finished.connect(self._on_job_over)

    def _on_queued(self, job_id: int | None, error: str) -> None:
        if job_id is None:
            self.show_error(error)
            return
        self.status.setText(self.tr("Queued as job %1: the team's server changes the SIMs.")
                            .replace("%1", str(job_id)))

    def _on_job_progress(self, done: int, total: int, _result: object) -> None:
        self.job_progress.setRange(0, total)
        self.job_progress.setValue(done)

    def _on_job_over(self) -> None:
        self.job_bar.hide()
        self._update_enabled()

    def _on_job_finished(self, report: Any) -> None:
        ok = sum(1 for r in report.results if r.outcome in ("ok", "unchanged"))
        failed = [r for r in report.results if r.outcome not in ("ok", "unchanged")]
        lines = [self.tr("Job %1: %2 of %n SIM(s) changed.", "", len(report.results))
                 .replace("%1", str(report.job_id)).replace("%2", str(ok))]
        lines += [f"{r.iccid}: {outcome_text(r.outcome)} — {r.detail}" for r in failed[:50]]
        self.report = "\n".join(lines)
        self.show_report(self.report, bool(failed))

    def show_report(self, text: str, problems: bool) -> None:
        """Show a job's result (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information,
                          self.tr("Status change"), text.split("\n", 1)[0], parent=self)
        if "\n" in text:
            box.setDetailedText(text.split("\n", 1)[1])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- audit log, accounts, export ----------------------------------------------------------

    def _selected_job(self) -> dict[str, Any] | None:
        rows = self.jobs_table.selectionModel().selectedRows()
        return self.ctrl.jobs.record(rows[0].row()) if rows else None

    def resume_selected(self) -> None:
        job = self._selected_job()
        if not job or not self.confirm(job["argument"], int(job["remaining"])):
            return
        self.job_label.setText(self.tr("Resuming job %1").replace("%1", str(job["id"])))
        self.job_bar.show()
        self.ctrl.resume_job(int(job["id"]), str(job["account"]))
        if self.ctrl.job is not None:
            self.ctrl.job.finished.connect(self._on_job_over)

    def add_account(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self)
        dialog.accepted.connect(lambda: self.ctrl.add_account(**dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_account(self) -> None:
        name = self.ctrl.account
        if name and QMessageBox.question(
                self, self.tr("Remove the account"),
                self.tr("Forget the account %1 and its secret?").replace("%1", name)
        ) == QMessageBox.StandardButton.Yes:
            self.ctrl.remove_account(name)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export SIMs"), "sims.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.ctrl.export_csv(path)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)


__all__ = ["FleetPage", "StatusBadgeDelegate", "UsageBarDelegate", "size_text"]
