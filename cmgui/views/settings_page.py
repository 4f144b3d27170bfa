"""Settings: the declared settings users change most, saved as soon as they change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from cmgui.controllers.settings import SettingsController
from cmgui.controllers.usage import UsageController
from cmgui.views.plan_editor import PlanEditor
from cmgui.views.widgets import Card, PageHeader, page_layout

#: The languages cmgui ships, each named in itself (translations/cmgui_*.ts).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
    ("it", "Italiano"), ("pt_BR", "Português (Brasil)"), ("ar", "العربية"),
)


class SettingsPage(QScrollArea):
    def __init__(self, ctrl: SettingsController, usage: UsageController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("Settings"), self.tr("Changes are saved at once.")))
        self.checks: dict[str, QCheckBox] = {}

        general = Card(self.tr("General"))
        self._check(general, "ui.start_minimized", self.tr("Start &hidden in the system tray"))
        self._check(general, "ui.close_to_tray",
                    self.tr("&Closing the window keeps cmgui running in the tray"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctrl.get("ui.language"))))
        self.language.currentIndexChanged.connect(
            lambda _i: ctrl.set("ui.language", self.language.currentData()))
        form.addRow(self.tr("&Language:"), self.language)
        general.body.addLayout(form)
        note = QLabel(self.tr("A new language applies at once."))
        note.setObjectName("dimLabel")
        general.body.addWidget(note)
        lay.addWidget(general)

        conn = Card(self.tr("Connection and messages"))
        self._check(conn, "connection.auto_reconnect",
                    self.tr("&Reconnect when the network drops the connection"))
        self._check(conn, "sms.request_delivery_reports", self.tr("Ask for &delivery reports"))
        self._check(conn, "sms.delete_after_sync",
                    self.tr("Delete messages from the SIM once they are &archived"))
        lay.addWidget(conn)

        if usage is not None:
            self.plan = PlanEditor(usage)
            lay.addWidget(self.plan)

        privacy = Card(self.tr("Privacy"))
        self._check(privacy, "secrets.remember_pin",
                    self.tr("Remember SIM &PINs in the system keyring"))
        lay.addWidget(privacy)
        lay.addStretch(1)

    def _check(self, card: Card, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(bool(self.ctrl.get(name)))
        box.setToolTip(self.ctrl.description(name))
        box.toggled.connect(lambda on: self.ctrl.set(name, on))
        card.body.addWidget(box)
        self.checks[name] = box
        return box
