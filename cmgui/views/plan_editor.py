"""The data plan of the current SIM: billing day, limits, warning thresholds, disconnect at the
limit (kept per SIM by the host's store; see :class:`~cmgui.controllers.usage.UsageController`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cmgui.controllers.usage import UsageController, UsagePlan
from cmgui.views.widgets import Card

MB = 1_000_000


class PlanEditor(Card):
    def __init__(self, usage: UsageController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Data plan of this SIM"), parent)
        self.usage = usage
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.billing_day = QSpinBox()
        self.billing_day.setRange(1, 31)
        self.billing_day.setAccessibleName(self.tr("Billing day"))
        form.addRow(self.tr("&Billing period starts on day:"), self.billing_day)
        self.home_limit = self._limit_box(self.tr("Monthly limit"))
        form.addRow(self.tr("Monthly &limit:"), self.home_limit)
        self.roaming_limit = self._limit_box(self.tr("Roaming limit"))
        form.addRow(self.tr("R&oaming limit:"), self.roaming_limit)
        self.thresholds = QLineEdit()
        self.thresholds.setPlaceholderText("80, 100")
        self.thresholds.setAccessibleName(self.tr("Warning thresholds in percent"))
        form.addRow(self.tr("&Warn at (% of the limit):"), self.thresholds)
        self.body.addLayout(form)
        self.disconnect_at_limit = QCheckBox(self.tr("D&isconnect when the limit is reached"))
        self.body.addWidget(self.disconnect_at_limit)
        row = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("dimLabel")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Data plan status"))
        row.addWidget(self.note, 1)
        self.save_button = QPushButton(self.tr("&Save plan"))
        self.save_button.setAccessibleName(self.tr("Save the data plan"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        usage.usageChanged.connect(self.load)
        self.load()

    def _limit_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 10_000_000)
        box.setSingleStep(500)
        box.setSuffix(" MB")
        box.setSpecialValueText(self.tr("No limit"))
        box.setMinimumWidth(self.fontMetrics().horizontalAdvance("10000000 MB") + 40)
        box.setAccessibleName(name)
        return box

    def load(self) -> None:
        """Show the current SIM's plan (editing is off without a SIM to keep it for)."""
        plan = self.usage.plan
        self.billing_day.setValue(plan.billing_day)
        self.home_limit.setValue((plan.home_limit or 0) // MB)
        self.roaming_limit.setValue((plan.roaming_limit or 0) // MB)
        self.thresholds.setText(", ".join(str(t) for t in plan.thresholds))
        self.disconnect_at_limit.setChecked(plan.disconnect_at_limit)
        available = self.usage.available
        for w in (self.billing_day, self.home_limit, self.roaming_limit, self.thresholds,
                  self.disconnect_at_limit, self.save_button):
            w.setEnabled(available)
        self.note.setText("" if available else self.tr(
            "Unlock a SIM to set its plan; usage is counted per SIM."))

    def plan(self) -> UsagePlan:
        """The plan as entered; ValueError (in the user's terms) when it is not valid."""
        home, roaming = self.home_limit.value(), self.roaming_limit.value()
        return self.usage.make_plan(self.billing_day.value(), home * MB if home else None,
                                    roaming * MB if roaming else None, self.thresholds.text(),
                                    self.disconnect_at_limit.isChecked())

    def save(self) -> None:
        try:
            plan = self.plan()
        except ValueError as err:
            self.note.setText(str(err))
            return
        self.note.setText(self.tr("Saved."))
        self.usage.save_plan(plan)
