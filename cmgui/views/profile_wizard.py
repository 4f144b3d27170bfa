"""New-profile wizard, as GNOME's: country, then provider, then plan, from the
mobile-broadband-provider-info database, starting at the SIM's own provider.

It only chooses: :attr:`ProfileWizard.chosen` is the plan picked, which the Connection page then
opens in the profile dialog to name, complete (a password) and save. "Enter the settings
myself" leaves ``chosen`` empty and goes straight to that dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.connection import ProviderCatalogue, SuggestedProfile
from cmgui.controllers.connection_models import Profile
from cmgui.i18n import translate

TEST_COUNTRY = "zz"


def country_name(code: str) -> str:
    """A country as people there write it ("Deutschland"), with its English name if that
    differs; the test networks as such."""
    if code == TEST_COUNTRY:
        return translate("ProfileWizard", "Test networks (demo modem)")
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    english = QLocale.territoryToString(territory)
    native = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName()
    return english if not native or native == english else f"{native} ({english})"


class ProfileWizard(QDialog):
    """Choose country, provider and plan; ``chosen`` is the result (None: enter by hand)."""

    def __init__(self, catalogue: ProviderCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.chosen: SuggestedProfile | None = None
        self.setWindowTitle(self.tr("New profile"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose your provider and plan; cmgui fills in the settings. Your SIM's provider "
            "is chosen already when it is known."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        codes = sorted(catalogue.countries,
                       key=lambda c: (c == TEST_COUNTRY, country_name(c).casefold()))
        for code in codes:
            self.country.addItem(country_name(code), code)
        form.addRow(self.tr("&Country:"), self.country)
        self.provider = QListWidget()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setMinimumHeight(110)
        form.addRow(self.tr("&Provider:"), self.provider)
        self.plan = QListWidget()
        self.plan.setAccessibleName(self.tr("Plan"))
        self.plan.setMinimumHeight(80)
        form.addRow(self.tr("P&lan:"), self.plan)
        lay.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("dimLabel")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.manual = QPushButton(self.tr("Enter the settings &myself…"))
        self.next = QPushButton(self.tr("C&ontinue…"))
        self.next.setDefault(True)
        self.buttons.addButton(self.manual, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.next.clicked.connect(self._continue)
        self.manual.clicked.connect(self._manual)
        lay.addWidget(self.buttons)
        self.country.currentIndexChanged.connect(self._fill_providers)
        self.provider.currentRowChanged.connect(self._fill_plans)
        self.plan.currentRowChanged.connect(self._show_plan)
        self.plan.itemActivated.connect(lambda _i: self._continue())
        home = catalogue.home
        if home is not None:
            self.country.setCurrentIndex(max(0, self.country.findData(home.country)))
        self._fill_providers()
        if home is not None:
            names = [self.provider.item(n).text() for n in range(self.provider.count())]
            if home.name in names:
                self.provider.setCurrentRow(names.index(home.name))
        if self.provider.currentRow() < 0 and self.provider.count():
            self.provider.setCurrentRow(0)
        self.plan.setFocus()

    def _fill_providers(self, *_args: object) -> None:
        self.provider.clear()
        for choice in self.catalogue.countries.get(self.country.currentData() or "", []):
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.provider.addItem(item)
        if self.provider.count():
            self.provider.setCurrentRow(0)
        else:
            self._fill_plans(-1)

    def _fill_plans(self, row: int) -> None:
        self.plan.clear()
        item = self.provider.item(row) if row >= 0 else None
        if item is not None:
            for plan in item.data(Qt.ItemDataRole.UserRole).plans:
                label = plan.name.removeprefix(plan.provider).strip() or plan.apn
                entry = QListWidgetItem(f"{label} — {plan.apn}")
                entry.setData(Qt.ItemDataRole.UserRole, plan)
                self.plan.addItem(entry)
        if self.plan.count():
            self.plan.setCurrentRow(0)
        self._show_plan(self.plan.currentRow())

    def _show_plan(self, row: int) -> None:
        item = self.plan.item(row) if row >= 0 else None
        self.next.setEnabled(item is not None)
        if item is None:
            self.summary.setText(self.tr("No plan listed: enter the settings yourself."))
            return
        plan = item.data(Qt.ItemDataRole.UserRole)
        text = self.tr("APN: %1").replace("%1", plan.apn)
        if plan.user_name:
            text += " · " + self.tr("User name: %1").replace("%1", plan.user_name)
        self.summary.setText(text)

    def _continue(self) -> None:
        item = self.plan.currentItem()
        if item is None:
            return
        plan = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = SuggestedProfile(
            Profile(plan.name, plan.apn, plan.user_name, plan.auth_type, "IPv4", True),
            plan.password, plan.provider)
        self.accept()

    def _manual(self) -> None:
        self.chosen = None
        self.accept()
