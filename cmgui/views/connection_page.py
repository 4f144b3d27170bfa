"""Connection: connect/disconnect with a profile, live state and reasons, profiles, records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.app import AppController
from cmgui.controllers.connection import SuggestedProfile
from cmgui.controllers.connection_models import Profile
from cmgui.controllers.errors import Action
from cmgui.controllers.models import RecordRole, human_duration
from cmgui.views import format as fmt
from cmgui.views.profile_wizard import ProfileWizard
from cmgui.views.settings_page import vendor_rule
from cmgui.views.widgets import Card, InfoGrid, PageHeader, page_layout

AUTH_TYPES = ("none", "PAP", "CHAP", "PAPOrCHAP")
IP_TYPES = ("IPv4", "IPv6", "IPv4v6")


class ProfileDialog(QDialog):
    """Add or edit one profile; the password goes to the keyring, never to a file."""

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None,
                 suggestions: Sequence[SuggestedProfile] = ()) -> None:
        super().__init__(parent)
        self.suggestions = list(suggestions) if profile is None else []
        self.setWindowTitle(self.tr("Edit profile") if profile else self.tr("New profile"))
        self.setMinimumWidth(400)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(profile.name if profile else "")
        self.name.setReadOnly(profile is not None)  # the name is the profile's key
        self.apn = QLineEdit(profile.apn if profile else "")
        self.user = QLineEdit(profile.user_name if profile else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("unchanged") if profile is not None and profile.has_password else "")
        self.auth = QComboBox()
        self.auth.addItems([self.tr("None"), "PAP", "CHAP", self.tr("PAP or CHAP")])
        self.ip = QComboBox()
        self.ip.addItems(list(IP_TYPES))
        self.roaming = QCheckBox(self.tr("Allow while roaming"))
        if profile:
            self.auth.setCurrentIndex(max(0, AUTH_TYPES.index(profile.auth_type)
                                          if profile.auth_type in AUTH_TYPES else 0))
            self.ip.setCurrentText(profile.ip_type)
            self.roaming.setChecked(profile.roaming_allowed)
        else:
            self.roaming.setChecked(True)
        self.ip.setCurrentText(self.suggestions[0].profile.ip_type if self.suggestions
                               else self.ip.currentText())
        self.suggested = QComboBox(self)  # a row of the form only when there are suggestions
        self.suggested.setAccessibleName(self.tr("Suggested settings"))
        self.suggested.hide()
        if self.suggestions:
            for item in self.suggestions:
                self.suggested.addItem(f"{item.profile.name} — {item.profile.apn}")
            self.suggested.addItem(self.tr("Other (enter it yourself)"))
            form.addRow(self.tr("Su&ggested:"), self.suggested)
            self.suggested.show()
            self.suggested.currentIndexChanged.connect(self._apply_suggestion)
        for label, w in ((self.tr("&Name:"), self.name), (self.tr("&APN:"), self.apn),
                         (self.tr("&User name:"), self.user),
                         (self.tr("&Password:"), self.password),
                         (self.tr("A&uthentication:"), self.auth),
                         (self.tr("&IP type:"), self.ip)):
            w.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, w)
        form.addRow("", self.roaming)
        lay.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.apn.textChanged.connect(self._validate)
        if self.suggestions:
            self._apply_suggestion(0)
        self._validate()

    def _apply_suggestion(self, row: int) -> None:
        """Fill the fields from the suggestion chosen (the last row leaves them to the user)."""
        if not 0 <= row < len(self.suggestions):
            return
        chosen = self.suggestions[row]
        self.name.setText(chosen.profile.name)
        self.apn.setText(chosen.profile.apn)
        self.user.setText(chosen.profile.user_name)
        self.password.setText(chosen.password)
        auth = chosen.profile.auth_type
        self.auth.setCurrentIndex(AUTH_TYPES.index(auth) if auth in AUTH_TYPES else 0)

    def _validate(self) -> None:
        ok = bool(self.name.text().strip()) and bool(self.apn.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def profile(self) -> Profile:
        return Profile(self.name.text().strip(), self.apn.text().strip(), self.user.text().strip(),
                       AUTH_TYPES[self.auth.currentIndex()], self.ip.currentText(),
                       self.roaming.isChecked())

    def new_password(self) -> str | None:
        """The password typed, or None to keep the stored one."""
        return self.password.text() or None


class ConnectionPage(QScrollArea):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ctrl = app.connection
        self.wizard: ProfileWizard | None = None
        self.profile_dialog: ProfileDialog | None = None
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("Connection"),
                                 self.tr("Mobile data: connect with one of your profiles.")))

        card = Card(self.tr("Mobile data"))
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("bigValue")
        self.state.setAccessibleName(self.tr("Connection state"))
        row.addWidget(self.state, 1)
        profile_label = QLabel(self.tr("&Profile:"))
        self.profile = QComboBox()
        self.profile.setMinimumContentsLength(14)
        self.profile.setAccessibleName(self.tr("Profile"))
        profile_label.setBuddy(self.profile)
        row.addWidget(profile_label)
        row.addWidget(self.profile)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("primaryButton")
        self.connect_button.clicked.connect(self.toggle)
        row.addWidget(self.connect_button)
        card.body.addLayout(row)
        reason_row = QHBoxLayout()
        self.reason = QLabel()
        self.reason.setObjectName("errorLabel")
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why the connection failed"))
        reason_row.addWidget(self.reason, 1)
        self.fix_button = QPushButton(self.tr("Edit the &profile…"))
        self.fix_button.setAccessibleName(self.tr("Edit the profile the connection used"))
        self.fix_button.clicked.connect(self.fix_profile)
        reason_row.addWidget(self.fix_button)
        card.body.addLayout(reason_row)
        self.info = InfoGrid(columns=2)
        for key, label in (("apn", self.tr("APN")), ("ip", self.tr("IP address")),
                           ("ipv6", self.tr("IPv6 address")), ("dns", self.tr("DNS servers")),
                           ("interface", self.tr("Network interface")),
                           ("duration", self.tr("Duration")), ("traffic", self.tr("Traffic"))):
            self.info.add_row(key, label)
        card.body.addWidget(self.info)
        self.auto_connect = QCheckBox(self.tr("Connect &automatically when the device is ready"))
        self.auto_roaming = QCheckBox(self.tr("Also while &roaming (may cost extra)"))
        for box, name in ((self.auto_connect, "connection.auto_connect"),
                          (self.auto_roaming, "connection.auto_connect_roaming")):
            box.setChecked(bool(app.settings.get(name)))
            box.setToolTip(app.settings.description(name))
            box.toggled.connect(lambda on, name=name: app.settings.set(name, on))
        roaming_free = not app.settings.fixed("connection.auto_connect_roaming")
        self.auto_connect.toggled.connect(lambda on: self.auto_roaming.setEnabled(
            on and roaming_free))
        self.auto_roaming.setEnabled(self.auto_connect.isChecked() and roaming_free)
        card.body.addWidget(self.auto_connect)
        card.body.addWidget(self.auto_roaming)
        for box, name in ((self.auto_connect, "connection.auto_connect"),
                          (self.auto_roaming, "connection.auto_connect_roaming")):
            vendor_rule(app.settings, name, box, card.body)
        lay.addWidget(card)

        profiles = Card(self.tr("Profiles"))
        self.profiles = QTreeView()
        self.profiles.setModel(self.ctrl.profiles)
        self.profiles.setRootIsDecorated(False)
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.profiles.setMinimumHeight(110)
        self.profiles.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.profiles.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.profiles.doubleClicked.connect(lambda _i: self.edit_profile())
        profiles.body.addWidget(self.profiles)
        prow = QHBoxLayout()
        self.profiles_note = QLabel(self.tr(
            "This device keeps no profiles: connections use the operator's default settings."))
        self.profiles_note.setObjectName("dimLabel")
        self.profiles_note.setWordWrap(True)
        profiles.body.addWidget(self.profiles_note)
        self.lock_note = QLabel()  # why the selected profile cannot be changed (provisioning)
        self.lock_note.setObjectName("dimLabel")
        self.lock_note.setWordWrap(True)
        self.lock_note.hide()
        profiles.body.addWidget(self.lock_note)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.default_button = QPushButton(self.tr("Make de&fault"))
        self.default_button.setAccessibleName(self.tr("Make the selected profile the default"))
        self.default_button.clicked.connect(self.make_default)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.setAccessibleName(self.tr("Add a profile"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected profile"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected profile"))
        self.add_button.clicked.connect(self.add_profile)
        self.edit_button.clicked.connect(self.edit_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        prow.addStretch(1)
        for b in (self.add_button, self.edit_button, self.default_button, self.delete_button):
            prow.addWidget(b)
        profiles.body.addLayout(prow)
        lay.addWidget(profiles)

        records = Card(self.tr("Recent sessions"))
        self.records = QTreeView()
        self.records.setModel(self.ctrl.records)
        self.records.setRootIsDecorated(False)
        self.records.setAccessibleName(self.tr("Recent sessions"))
        self.records.setMinimumHeight(110)
        self.records.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.records.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.records.header().setStretchLastSection(False)
        records.body.addWidget(self.records)
        lay.addWidget(records)
        lay.addStretch(1)

        self.ctrl.stateChanged.connect(self.refresh)
        self.ctrl.deviceChanged.connect(self._on_device)
        self.ctrl.profilesSupportedChanged.connect(self.refresh)
        self.ctrl.busyChanged.connect(self.refresh)
        for sig in (self.ctrl.profiles.modelReset, self.ctrl.profiles.rowsInserted,
                    self.ctrl.profiles.rowsRemoved, self.ctrl.profiles.dataChanged):
            sig.connect(self._fill_profiles)
        self.profiles.selectionModel().selectionChanged.connect(lambda *_a: self.refresh())
        self._fill_profiles()
        self._on_device()

    def _on_device(self) -> None:
        dc = self.ctrl.device
        if dc is not None:
            dc.statusChanged.connect(self.refresh)
            dc.trafficChanged.connect(self.refresh)
        self.refresh()

    def _fill_profiles(self, *_args: object) -> None:
        current = self.profile.currentText()
        self.profile.clear()
        default = next((p.name for p in self.ctrl.profiles.records() if p.is_default), "")
        self.profile.addItem(self.tr("Default (%1)").replace("%1", default) if default
                             else self.tr("Operator default"))
        for p in self.ctrl.profiles.records():
            self.profile.addItem(p.name)
        if current:
            self.profile.setCurrentText(current)

    def refresh(self, *_args: object) -> None:
        dc = self.ctrl.device
        state = self.ctrl.state
        self.state.setText(fmt.connection_state(state))
        self.state.setProperty("state", state)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        reason = self.ctrl.reason if state == "disconnected" else ""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.fix_button.setVisible(bool(reason) and self.ctrl.profiles_supported
                                   and self.ctrl.failure_action is Action.EDIT_PROFILE)
        connected = state in ("connected", "connecting")
        self.connect_button.setText(self.tr("&Disconnect") if connected else self.tr("&Connect"))
        ready = dc is not None and dc.state == "ready"
        self.connect_button.setEnabled(ready and state in ("connected", "disconnected"))
        self.profile.setEnabled(ready and not connected)
        if dc is not None:
            s = dc.status
            self.info.set_value("apn", s.apn)
            self.info.set_value("ip", s.ip_address)
            self.info.set_value("ipv6", s.ipv6_address)
            self.info.set_value("dns", ", ".join(s.dns_servers))
            self.info.set_value("interface", s.interface_name)
            self.info.set_value("duration", human_duration(s.duration) if connected else "")
            self.info.set_value("traffic", "↑ " + fmt.size(s.bytes_sent) + "   ↓ "
                                + fmt.size(s.bytes_received))
        has_sel = self.profiles.selectionModel().hasSelection()
        supported = self.ctrl.profiles_supported
        self.profiles_note.setVisible(not supported)
        self.profiles.setVisible(supported)
        self.add_button.setEnabled(supported)
        for b in (self.edit_button, self.default_button, self.delete_button):
            b.setEnabled(supported and has_sel)
        selected = self._current_table_profile() if has_sel else None
        locked = self.app.provisioning.profile_locked(selected.name) if selected else ""
        self.lock_note.setText(locked)
        self.lock_note.setVisible(bool(locked) and supported)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(b.isEnabled() and not locked)
            b.setToolTip(locked)

    def selected_profile(self) -> Profile | None:
        index = self.profile.currentIndex()
        if index <= 0:
            return None
        return self.ctrl.profiles.record(index - 1)

    def toggle(self) -> None:
        if self.ctrl.state in ("connected", "connecting"):
            self.ctrl.disconnect_session()
        else:
            self.ctrl.connect_profile(self.selected_profile())

    def _current_table_profile(self) -> Profile | None:
        index = self.profiles.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def add_profile(self) -> ProfileWizard:
        """A new profile: the wizard (country, provider, plan), then the profile dialog to
        name and complete it."""
        wizard = ProfileWizard(self.ctrl.provider_catalogue(), self)
        wizard.accepted.connect(lambda: self.new_profile_dialog(wizard.chosen))
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()
        return wizard

    def new_profile_dialog(self, chosen: SuggestedProfile | None = None) -> ProfileDialog:
        """The profile dialog for a new profile, filled from ``chosen`` (else from what is
        known for the SIM)."""
        suggestions = [chosen] if chosen is not None else self.ctrl.suggested_profiles()
        dialog = ProfileDialog(None, self, suggestions)
        dialog.accepted.connect(
            lambda: self.ctrl.save_profile(dialog.profile(), dialog.new_password()))
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def edit_profile(self) -> ProfileDialog | None:
        old = self._current_table_profile()
        if old is None or self.app.provisioning.profile_locked(old.name):
            return None
        dialog = ProfileDialog(old, self)
        dialog.accepted.connect(lambda: self.ctrl.save_profile(
            dialog.profile(), dialog.new_password(), new=False))
        dialog.open()
        return dialog

    def fix_profile(self) -> ProfileDialog | None:
        """Open the profile the failed connection used (the default one if none was chosen;
        a new one if there is none yet)."""
        profile = self.ctrl.last_profile
        if profile is None:
            profile = next((p for p in self.ctrl.profiles.records() if p.is_default), None)
        if profile is None:
            return self.new_profile_dialog()
        current = next((p for p in self.ctrl.profiles.records() if p.name == profile.name),
                       profile)
        if self.app.provisioning.profile_locked(current.name):
            return None
        dialog = ProfileDialog(current, self)
        dialog.accepted.connect(lambda: self.ctrl.save_profile(
            dialog.profile(), dialog.new_password(), new=False))
        dialog.open()
        return dialog

    def make_default(self) -> None:
        profile = self._current_table_profile()
        if profile is not None:
            self.ctrl.set_default(profile.name)

    def delete_profile(self) -> None:
        old = self._current_table_profile()
        if old is None or self.app.provisioning.profile_locked(old.name):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            self.tr("Delete the profile “%1”?").replace("%1", old.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctrl.delete_profile(old.name)
