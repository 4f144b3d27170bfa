"""The About dialog: version, licence, Qt/PySide6 and Python versions, the project's link, and
the vendor's product and support link when the app is provisioned."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.provisioning import ProvisioningController
from cmgui.qt import icon


def _link(url: str) -> str:
    shown = url.removeprefix("mailto:")
    return f'<a href="{escape(url, quote=True)}">{escape(shown)}</a>'


class AboutDialog(QDialog):
    """About cmgui (and the vendor's product, when provisioned)."""

    def __init__(self, provisioning: ProvisioningController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        facts = provisioning.about()
        name = provisioning.product_name
        self.setWindowTitle(self.tr("About %1").replace("%1", name))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel()
        path = provisioning.icon_path
        logo.setPixmap((QIcon(str(path)) if path else icon("cmgui")).pixmap(QSize(56, 56)))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        self.title = QLabel(name)
        self.title.setObjectName("pageTitle")
        heading.addWidget(self.title)
        based = (self.tr("Based on cmgui %1").replace("%1", facts.version) if provisioning.active
                 and name != "cmgui" else self.tr("Version %1").replace("%1", facts.version))
        self.subtitle = QLabel(based)
        self.subtitle.setObjectName("pageSubtitle")
        heading.addWidget(self.subtitle)
        heading.addWidget(QLabel(self.tr(
            "Connection manager for cellular modems, SMS gateways and IoT SIM fleets.")))
        top.addLayout(heading, 1)
        lay.addLayout(top)
        lay.addSpacing(8)

        form = QFormLayout()
        self.rows: dict[str, QLabel] = {}

        def row(key: str, label: str, text: str, rich: bool = False) -> None:
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            if rich:
                value.setTextFormat(Qt.TextFormat.RichText)
                value.setOpenExternalLinks(True)
            self.rows[key] = value
            form.addRow(label, value)

        if provisioning.active:
            row("vendor", self.tr("Provided by:"), escape(facts.vendor), rich=True)
            if facts.support_url:
                row("support", self.tr("Support:"), _link(facts.support_url), rich=True)
        row("version", self.tr("cmgui version:"), facts.version)
        row("licence", self.tr("Licence:"), self.tr(
            "%1 (GNU General Public License, version 3 or later)").replace("%1", facts.licence))
        row("qt", self.tr("Qt:"), self.tr("%1 (PySide6 %2)").replace("%1", facts.qt_version)
            .replace("%2", facts.pyside_version))
        row("python", self.tr("Python:"), facts.python_version)
        row("project", self.tr("Project:"), _link(facts.project_url), rich=True)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
