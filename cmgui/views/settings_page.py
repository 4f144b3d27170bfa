"""Settings: the declared settings users change most, saved as soon as they change."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from cmgui.common.marks import noop
from cmgui.controllers.provisioning import ProvisioningController, set_by_note
from cmgui.controllers.secrets_choice import (
    ASK_EACH_TIME,
    ENCRYPTED_FILE,
    SYSTEM_KEYRING,
    SecretsChoiceController,
)
from cmgui.controllers.settings import SettingsController
from cmgui.controllers.usage import UsageController
from cmgui.i18n import translate
from cmgui.views.about import AboutDialog
from cmgui.views.plan_editor import PlanEditor
from cmgui.views.secrets_dialogs import SecretsSetup
from cmgui.views.widgets import Card, PageHeader, page_layout

#: The languages cmgui ships, each named in itself (translations/cmgui_*.ts).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
    ("it", "Italiano"), ("pt_BR", "Português (Brasil)"), ("ar", "العربية"),
)

#: Where secrets can be kept (``secrets.storage``), as the Secrets card's list names them.
SECRET_PLACES: tuple[tuple[str, str], ...] = (
    (SYSTEM_KEYRING, noop("SettingsPage", "System keyring")),
    (ENCRYPTED_FILE, noop("SettingsPage", "Encrypted file (passphrase)")),
    (ASK_EACH_TIME, noop("SettingsPage", "Don't store (ask each time)")),
)


def vendor_rule(ctrl: SettingsController, name: str, control: QWidget,
                layout: QBoxLayout) -> QLabel | None:
    """What the vendor decided about the setting ``name`` shown by ``control`` (in
    ``layout``): a hidden one is hidden; a fixed one is disabled, with a note saying who set
    it (returned)."""
    if ctrl.hidden(name):
        control.hide()
    vendor = ctrl.set_by(name)
    if not vendor:
        return None
    control.setEnabled(False)
    note = QLabel(set_by_note(vendor))
    note.setObjectName("dimLabel")
    note.setIndent(24)
    note.setVisible(not ctrl.hidden(name))
    layout.insertWidget(layout.indexOf(control) + 1, note)
    return note


#: What the vendor card calls a fixed setting (others: the setting's description).
FIXED_NAMES: dict[str, str] = {
    "connection.auto_connect": noop("SettingsPage", "Connect automatically"),
    "connection.auto_connect_roaming": noop("SettingsPage",
                                            "Connect automatically while roaming"),
    "connection.auto_reconnect": noop("SettingsPage",
                                      "Reconnect when the network drops the connection"),
    "sms.request_delivery_reports": noop("SettingsPage", "Ask for delivery reports"),
    "sms.delete_after_sync": noop("SettingsPage",
                                  "Delete messages from the SIM once they are archived"),
    "secrets.remember_pin": noop("SettingsPage", "Remember SIM PINs in the system keyring"),
    "secrets.storage": noop("SettingsPage", "Where secrets are kept"),
    "ui.start_minimized": noop("SettingsPage", "Start hidden in the system tray"),
    "ui.close_to_tray": noop("SettingsPage",
                             "Closing the window keeps cmgui running in the tray"),
    "ui.language": noop("SettingsPage", "Language"),
}


class SettingsPage(QScrollArea):
    def __init__(self, ctrl: SettingsController, usage: UsageController | None = None,
                 parent: QWidget | None = None,
                 provisioning: ProvisioningController | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.provisioning = provisioning
        self.about_dialog: AboutDialog | None = None
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("Settings"), self.tr("Changes are saved at once.")))
        self.checks: dict[str, QCheckBox] = {}
        #: The "Set by …" notes beside what the vendor fixed, by setting.
        self.notes: dict[str, QLabel] = {}
        if provisioning is not None and provisioning.active:
            lay.addWidget(self._vendor_card(provisioning))

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
        language_row = QWidget()
        language_row.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        general.body.addWidget(language_row)
        note = QLabel(self.tr("A new language applies at once."))
        note.setObjectName("dimLabel")
        general.body.addWidget(note)
        self._rule("ui.language", language_row, general)
        note.setVisible(not ctrl.hidden("ui.language") and not ctrl.fixed("ui.language"))
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
        lay.addWidget(self._secrets_card(ctrl))
        lay.addWidget(self._store_card(ctrl))
        for card in (general, conn, privacy):  # a card the vendor emptied is not shown
            card.setVisible(any(not ctrl.hidden(n) for n in self._shown_in(card)))
        if provisioning is not None:
            about = Card(self.tr("About"))
            row = QHBoxLayout()
            version = QLabel(self.tr("%1, version %2").replace(
                "%1", provisioning.product_name).replace("%2", provisioning.about().version))
            self.about_button = QPushButton(self.tr("A&bout…"))
            self.about_button.clicked.connect(self.show_about)
            row.addWidget(version, 1)
            row.addWidget(self.about_button)
            about.body.addLayout(row)
            lay.addWidget(about)
        lay.addStretch(1)

    def _vendor_card(self, provisioning: ProvisioningController) -> Card:
        """Who provisioned this computer, how to reach their support, what they decided."""
        card = Card(self.tr("Provided by %1").replace("%1", provisioning.vendor))
        lines = []
        if provisioning.support_url:
            url = provisioning.support_url
            lines.append(self.tr("Support: %1").replace(
                "%1", f'<a href="{escape(url, quote=True)}">'
                      f"{escape(url.removeprefix('mailto:'))}</a>"))
        fixed = [n for n in self.ctrl.settings.registry if self.ctrl.fixed(n)]
        if fixed:
            lines.append(self.tr("Settings fixed by %1:").replace(
                "%1", escape(provisioning.vendor)))
            lines += [f"&nbsp;&nbsp;• {escape(self._fixed_text(n))}" for n in fixed]
        if not provisioning.manual_network_selection:
            lines.append(self.tr("Networks are selected automatically only."))
        self.vendor_text = QLabel("<br>".join(lines))
        self.vendor_text.setTextFormat(Qt.TextFormat.RichText)
        self.vendor_text.setOpenExternalLinks(True)
        self.vendor_text.setWordWrap(True)
        card.body.addWidget(self.vendor_text)
        return card

    def _fixed_text(self, name: str) -> str:
        """A fixed setting and its value: "Ask for delivery reports: on"."""
        value = self.ctrl.get(name)
        shown = (self.tr("on") if value else self.tr("off")) if isinstance(value, bool) \
            else self._value_text(name, str(value))
        named = (translate("SettingsPage", FIXED_NAMES[name]) if name in FIXED_NAMES
                 else re.sub(r"\s*\(.*\)\s*$", "", self.ctrl.description(name).rstrip(".")))
        return self.tr("%1: %2").replace("%1", named).replace("%2", shown)

    def _value_text(self, name: str, value: str) -> str:
        """A fixed value as its list shows it (a language, a place for secrets), else as is."""
        if name == "ui.language":
            return dict(LANGUAGES).get(value, value) if value else self.tr("System language")
        if name == "secrets.storage":
            label = dict(SECRET_PLACES).get(value or SYSTEM_KEYRING)
            return translate("SettingsPage", label) if label else value
        return value

    def _store_card(self, ctrl: SettingsController) -> Card:
        """Where the archive, records and fleet live (``store_url``; used from the next
        start)."""
        card = Card(self.tr("Store"))
        self.store_url = QLineEdit(str(ctrl.get("store_url")))
        self.store_url.setPlaceholderText(self.tr("This computer (SQLite)"))
        self.store_url.setAccessibleName(self.tr("Store URL"))
        self.store_url.setToolTip(ctrl.description("store_url"))
        note = QLabel(self.tr("Empty for this computer's file, or postgresql://host/database "
                              "for a team's shared store (the password stays in the keyring "
                              "or ~/.pgpass). Used from the next start."))
        note.setObjectName("dimLabel")
        note.setWordWrap(True)

        def apply() -> None:
            try:
                ctrl.set("store_url", self.store_url.text().strip())
            except ValueError:
                self.store_url.setText(str(ctrl.get("store_url")))

        self.store_url.editingFinished.connect(apply)
        form = QFormLayout()
        form.addRow(self.tr("S&tore:"), self.store_url)
        card.body.addLayout(form)
        card.body.addWidget(note)
        self._rule("store_url", self.store_url, card)
        return card

    def _secrets_card(self, ctrl: SettingsController) -> Card:
        """Where passwords, tokens and remembered PINs go (``secrets.storage``; docs/security.md):
        what is in effect and why; a change applies at once to secrets saved from then on."""
        card = Card(self.tr("Secrets"))
        self.secrets = SecretsChoiceController(ctrl, self)
        self.secrets_setup: SecretsSetup | None = None
        self.secret_place = QComboBox()
        self.secret_place.setAccessibleName(self.tr("Where secrets are kept"))
        self.secret_place.setToolTip(ctrl.description("secrets.storage"))
        for place, label in SECRET_PLACES:
            self.secret_place.addItem(translate("SettingsPage", label), place)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Keep &secrets in:"), self.secret_place)
        row = QWidget()
        row.setLayout(form)
        card.body.addWidget(row)
        self.secrets_why = QLabel()
        self.secrets_why.setObjectName("dimLabel")
        self.secrets_why.setWordWrap(True)
        card.body.addWidget(self.secrets_why)
        self.secrets_note = QLabel(self.tr(
            "A change applies at once to the passwords and tokens saved from then on. Those "
            "stored before stay where they are (nothing is moved or deleted): to keep one in the "
            "new place, enter it again."))
        self.secrets_note.setObjectName("dimLabel")
        self.secrets_note.setWordWrap(True)
        card.body.addWidget(self.secrets_note)
        self._rule("secrets.storage", row, card)
        if ctrl.hidden("secrets.storage"):  # (showing it here would open it as a window)
            card.hide()
        self.show_secrets()
        self.secret_place.currentIndexChanged.connect(self._secret_place_chosen)
        ctrl.changed.connect(self._setting_changed)  # the start-up question answered, say
        return card

    def _setting_changed(self, name: str) -> None:
        if name == "secrets.storage":
            self.show_secrets()

    def show_secrets(self) -> None:
        """Show where secrets go now, and why."""
        state = self.secrets.storage()
        box = self.secret_place
        model = box.model()
        if isinstance(model, QStandardItemModel):  # no keyring: its choice greyed out
            item = model.item(box.findData(SYSTEM_KEYRING))
            item.setEnabled(state.keyring_available)
        box.blockSignals(True)
        box.setCurrentIndex(box.findData(state.choice))
        box.blockSignals(False)
        if state.from_environment:
            box.setEnabled(False)
        why = []
        if state.from_environment:
            why.append(self.tr("Set by CMGUI_SECRETS (it wins over this setting)."))
        if not state.keyring_available:
            why.append(self.tr("No secure keyring on this computer."))
        if state.file_locked:
            why.append(self.tr("The encrypted file stays locked this time (no passphrase was "
                               "given): passwords and tokens are asked for when needed."))
        elif not state.stored:
            why.append(self.tr("Nothing is stored: passwords and tokens are asked for when "
                               "needed and kept until cmgui quits."))
        self.secrets_why.setText(" ".join(why))
        self.secrets_why.setVisible(bool(why))

    def _secret_place_chosen(self, _index: int) -> None:
        self.secrets.set_storage(str(self.secret_place.currentData()))
        if self.secrets.passphrase_needed():  # the encrypted file: its passphrase now
            self.secrets_setup = SecretsSetup(self.secrets, self)
            self.secrets_setup.finished.connect(self.show_secrets)
            self.secrets_setup.start()
        else:
            self.show_secrets()

    def _shown_in(self, card: Card) -> list[str]:
        names = [n for n, box in self.checks.items() if card.isAncestorOf(box)]
        return names + (["ui.language"] if card.isAncestorOf(self.language) else [])

    def _rule(self, name: str, control: QWidget, card: Card) -> None:
        note = vendor_rule(self.ctrl, name, control, card.body)
        if note is not None:
            self.notes[name] = note

    def show_about(self) -> AboutDialog | None:
        if self.provisioning is None:
            return None
        dialog = AboutDialog(self.provisioning, self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def _check(self, card: Card, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(bool(self.ctrl.get(name)))
        box.setToolTip(self.ctrl.description(name))
        box.toggled.connect(lambda on: self.ctrl.set(name, on))
        card.body.addWidget(box)
        self.checks[name] = box
        self._rule(name, box, card)
        return box
