"""Statistics: billing-period usage against the plan, live throughput and signal graphs, the
session's totals and the connection records."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeView,
    QWidget,
)

from cmgui.controllers.app import AppController
from cmgui.controllers.models import RecordRole, human_duration
from cmgui.controllers.statistics import HISTORY
from cmgui.views import format as fmt
from cmgui.views.graph import Series, TimeSeriesGraph
from cmgui.views.widgets import Card, InfoGrid, PageHeader, page_layout

#: Progress bar colours by usage level (the first threshold: amber, the last: red).
LEVEL_COLORS = {"normal": "#3584e4", "warning": "#e5a50a", "critical": "#e01b24"}

DOWN_COLOR = QColor("#3584e4")
UP_COLOR = QColor("#e66100")
SIGNAL_COLOR = QColor("#2ec27e")


class StatisticsPage(QWidget):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = app.statistics
        self.usage = app.usage
        self.connection = app.connection
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("Statistics"),
                                 self.tr("Data used this billing period, live throughput and "
                                         "signal, and past sessions.")))
        lay.addWidget(self._build_usage())
        totals = Card(self.tr("This session"))
        self.totals = InfoGrid(columns=3)
        for key, label in (("sent", self.tr("Sent")), ("received", self.tr("Received")),
                           ("duration", self.tr("Duration")), ("rate_dl", self.tr("Download")),
                           ("rate_ul", self.tr("Upload")), ("peak", self.tr("Peak download"))):
            self.totals.add_row(key, label)
        totals.body.addWidget(self.totals)
        lay.addWidget(totals)
        graphs = QHBoxLayout()
        graphs.setSpacing(14)
        through = Card(self.tr("Throughput"))
        self.throughput = TimeSeriesGraph(capacity=HISTORY, label=fmt.rate, min_top=10_000)
        self.throughput.setAccessibleName(self.tr("Throughput graph"))
        through.body.addWidget(self.throughput)
        graphs.addWidget(through, 3)
        sig = Card(self.tr("Signal"))
        self.signal = TimeSeriesGraph(capacity=HISTORY, fixed_max=100.0,
                                      label=lambda v: f"{v:.0f} %")
        self.signal.setAccessibleName(self.tr("Signal graph"))
        sig.body.addWidget(self.signal)
        graphs.addWidget(sig, 2)
        lay.addLayout(graphs, 1)
        lay.addWidget(self._build_records(), 1)
        self.ctrl.sampled.connect(self.refresh)
        self.usage.usageChanged.connect(self.refresh_usage)
        self.refresh()
        self.refresh_usage()

    def _build_usage(self) -> Card:
        card = Card(self.tr("This billing period"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.period = QLabel()
        self.period.setObjectName("dimLabel")
        self.period.setAccessibleName(self.tr("Billing period"))
        grid.addWidget(self.period, 0, 0, 1, 3)
        self.bars: dict[bool, QProgressBar] = {}
        self.amounts: dict[bool, QLabel] = {}
        for row, roaming in enumerate((False, True), start=1):
            name = self.tr("Roaming") if roaming else self.tr("Home network")
            grid.addWidget(QLabel(name), row, 0)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("%1 data used of the limit").replace("%1", name))
            grid.addWidget(bar, row, 1)
            amount = QLabel()
            amount.setAccessibleName(self.tr("%1 data used").replace("%1", name))
            grid.addWidget(amount, row, 2)
            self.bars[roaming] = bar
            self.amounts[roaming] = amount
        card.body.addLayout(grid)
        return card

    def _build_records(self) -> Card:
        card = Card(self.tr("Connection records"))
        self.records = QTreeView()
        self.records.setModel(self.connection.records)
        self.records.setRootIsDecorated(False)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.setAccessibleName(self.tr("Connection records"))
        self.records.setMinimumHeight(100)
        self.records.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        card.body.addWidget(self.records)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_record_button = QPushButton(self.tr("&Delete record"))
        self.delete_record_button.setAccessibleName(self.tr("Delete the selected record"))
        self.delete_record_button.clicked.connect(self.delete_record)
        row.addWidget(self.delete_record_button)
        card.body.addLayout(row)
        self.records.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_record_buttons())
        self.connection.records.modelReset.connect(self._update_record_buttons)
        self._update_record_buttons()
        return card

    def _selected_record(self) -> object | None:
        rows = self.records.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _update_record_buttons(self) -> None:
        record = self._selected_record()
        finished = record is not None and getattr(record, "ended", None) is not None
        self.delete_record_button.setEnabled(
            finished and getattr(record, "index", None) is not None)

    def delete_record(self) -> None:
        record = self._selected_record()
        index = getattr(record, "index", None)
        if isinstance(index, int):
            self.connection.delete_record(index)

    def refresh_usage(self) -> None:
        u = self.usage
        usage, plan = u.usage, u.plan
        if usage is None:
            self.period.setText(self.tr("Usage is counted once a SIM is unlocked."))
        else:
            start = usage.period.start.strftime("%d.%m.%Y")
            end = (usage.period.end - timedelta(days=1)).strftime("%d.%m.%Y")
            self.period.setText(self.tr("From %1 to %2").replace("%1", start).replace("%2", end))
        for roaming, bar in self.bars.items():
            used = 0 if usage is None else (usage.roaming if roaming else usage.home)
            limit = plan.roaming_limit if roaming else plan.home_limit
            level = u.level(roaming)
            if limit:
                bar.setValue(min(1000, int(used * 1000 / limit)))
                text = self.tr("%1 of %2 (%3 %)").replace("%1", fmt.size(used)).replace(
                    "%2", fmt.size(limit)).replace("%3", str(int(used * 100 / limit)))
            else:
                bar.setValue(0)
                text = self.tr("%1, no limit").replace("%1", fmt.size(used))
            bar.setProperty("level", level)
            bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {LEVEL_COLORS[level]}; border-radius: 3px; }}")
            self.amounts[roaming].setText(text)

    def refresh(self) -> None:
        c = self.ctrl
        self.throughput.set_series([
            Series(self.tr("Download"), DOWN_COLOR, list(c.rate_dl)),
            Series(self.tr("Upload"), UP_COLOR, list(c.rate_ul)),
        ])
        self.signal.set_series([Series(self.tr("Signal"), SIGNAL_COLOR, list(c.signal))])
        sent, received, duration = c.totals
        t = self.totals
        t.set_value("sent", fmt.size(sent))
        t.set_value("received", fmt.size(received))
        t.set_value("duration", human_duration(duration))
        t.set_value("rate_dl", fmt.rate(c.rate_dl[-1] if c.rate_dl else 0))
        t.set_value("rate_ul", fmt.rate(c.rate_ul[-1] if c.rate_ul else 0))
        t.set_value("peak", fmt.rate(c.peak_dl))
