"""The no-keyring notice (asked once), the encrypted file's passphrase (asked once per run) and
the prompt for a secret that is not stored (docs/security.md).

Every dialog here is opened without a nested event loop (``open()``), so the asyncio loop keeps
running; :class:`SecretsSetup` chains the notice and the passphrase and says when it is done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.connection_models import Profile
from cmgui.controllers.secrets_choice import (
    ASK_EACH_TIME,
    ENCRYPTED_FILE,
    SecretsChoiceController,
)
from cmgui.i18n import translate


def _password_field(name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    field.setAccessibleName(name)
    return field


class SecretsNoticeDialog(QDialog):
    """There is no secure keyring: store nothing (ask each time) or use the encrypted file.

    Closing it without a choice counts as "ask each time" (nothing is stored by accident).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ASK_EACH_TIME
        self.setWindowTitle(self.tr("No secure keyring"))
        self.setModal(True)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        text = QLabel(self.tr(
            "This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS "
            "Keychain or the Windows Credential Locker), so cmgui has no safe place for APN "
            "passwords, access tokens and remembered PINs. It never puts them in a plain file."
            "\n\nChoose what cmgui does with them:"))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.ask_button = QPushButton(self.tr("Don't store secrets (ask each time)"), self)
        self.file_button = QPushButton(
            self.tr("Store them in an encrypted file (protected by a passphrase)"), self)
        self.ask_button.setDefault(True)
        for button in (self.ask_button, self.file_button):
            lay.addWidget(button)
        self.ask_button.clicked.connect(lambda: self._chosen(ASK_EACH_TIME))
        self.file_button.clicked.connect(lambda: self._chosen(ENCRYPTED_FILE))
        note = QLabel(self.tr(
            "This is asked once. The environment variable CMGUI_SECRETS (none, file or "
            "keyring) overrides the answer; see docs/security.md."))
        note.setWordWrap(True)
        note.setEnabled(False)
        lay.addWidget(note)

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class PassphraseDialog(QDialog):
    """Set (twice, the first time) or type the encrypted file's passphrase. A wrong one is said
    here and asked again; Cancel goes on without stored secrets."""

    def __init__(self, ctrl: SecretsChoiceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.new = ctrl.first_passphrase()
        self.setModal(True)
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        if self.new:
            self.setWindowTitle(self.tr("Choose a passphrase"))
            intro = self.tr(
                "cmgui keeps passwords and tokens in an encrypted file, %1. Choose the "
                "passphrase that protects it; you give it once each time cmgui starts. "
                "Without it the secrets in the file cannot be recovered.")
        else:
            self.setWindowTitle(self.tr("Unlock your secrets"))
            intro = self.tr(
                "Type the passphrase of the encrypted file (%1) to use the passwords and "
                "tokens kept in it.")
        label = QLabel(intro.replace("%1", ctrl.file_path()))
        label.setWordWrap(True)
        lay.addWidget(label)
        form = QFormLayout()
        self.passphrase = _password_field(self.tr("Passphrase"), self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirmation = _password_field(self.tr("Passphrase again"), self)
        if self.new:
            form.addRow(self.tr("&Again:"), self.confirmation)
        else:
            self.confirmation.hide()
        lay.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; "
                                 "padding: 4px; border-radius: 3px;")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set passphrase") if self.new else self.tr("&Unlock"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Go on &without"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def submit(self) -> None:
        """Set or check what was typed; stay open (saying what is wrong) until it works."""
        if self.new:
            problem = self.ctrl.set_passphrase(self.passphrase.text(), self.confirmation.text())
        else:
            problem = self.ctrl.unlock(self.passphrase.text())
        if not problem:
            self.accept()
            return
        self.error.setText(problem)
        self.error.show()
        self.passphrase.clear()
        self.confirmation.clear()
        self.passphrase.setFocus()


class SecretsSetup(QObject):
    """At start: the notice when it is needed, then the passphrase when it is needed.

    Signals:
        finished(): nothing more to ask; secrets can be read (or are known to be missing).
    """

    finished = Signal()

    def __init__(self, ctrl: SecretsChoiceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.window = parent
        self.notice: SecretsNoticeDialog | None = None
        self.passphrase: PassphraseDialog | None = None
        #: The note that this run goes on without stored secrets (after Cancel).
        self.without: QMessageBox | None = None
        self.done = False

    def start(self) -> None:
        if self.ctrl.notice_needed():
            self.notice = SecretsNoticeDialog(self.window)
            self.notice.finished.connect(self._answered)
            self.notice.open()
        else:
            self._ask_passphrase()

    async def run(self) -> None:
        """:meth:`start`, and return once everything is answered."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()

        def finished() -> None:
            if not future.done():
                future.set_result(None)

        self.finished.connect(finished)
        self.start()
        await future

    def _answered(self, _result: int) -> None:
        assert self.notice is not None
        self.ctrl.choose(self.notice.choice)
        self.notice.deleteLater()
        self.notice = None
        self._ask_passphrase()

    def _ask_passphrase(self) -> None:
        if not self.ctrl.passphrase_needed():
            self._finish()
            return
        self.passphrase = PassphraseDialog(self.ctrl, self.window)
        self.passphrase.finished.connect(self._unlocked)
        self.passphrase.open()

    def _unlocked(self, result: int) -> None:
        assert self.passphrase is not None
        self.passphrase.deleteLater()
        self.passphrase = None
        if result != QDialog.DialogCode.Accepted.value:
            self.ctrl.decline()
            self.without = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Secrets not unlocked"),
                self.tr("cmgui goes on without the encrypted file this time: passwords and "
                        "tokens are asked for when they are needed, and none is saved. It "
                        "asks for the passphrase again the next time it starts."),
                QMessageBox.StandardButton.Ok, self.window)
            self.without.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.without.open()
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


async def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A secret that is not stored, typed for this once; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setModal(True)
    lay = QVBoxLayout(dialog)
    text = QLabel(label, dialog)
    text.setWordWrap(True)
    lay.addWidget(text)
    field = _password_field(title, dialog)
    lay.addWidget(field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    lay.addWidget(buttons)
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        result = await future
        return field.text() if result == QDialog.DialogCode.Accepted.value else None
    finally:
        dialog.deleteLater()


def profile_password_prompt(
    ctrl: SecretsChoiceController, parent: QWidget | None,
) -> Callable[[Profile], Awaitable[str | None]]:
    """What :attr:`ConnectionController.password_prompt` asks: a profile with a user name,
    when secrets are not stored, gets its password typed (None: cancelled)."""

    async def prompt(profile: Profile) -> str | None:
        if not profile.user_name or ctrl.secrets_stored():
            return ""
        return await ask_secret(
            parent, translate("SecretsDialogs", "Password for %1").replace("%1", profile.name),
            translate("SecretsDialogs",
                      "Passwords are not stored on this computer. Type the password of the "
                      "profile %1 (user %2); it is kept until cmgui quits.")
            .replace("%1", profile.name).replace("%2", profile.user_name))

    return prompt


def endpoint_token_prompt(parent: QWidget | None) -> Callable[[str], Awaitable[str | None]]:
    """What :attr:`DeviceManager.token_prompt` asks: the access token of the endpoint being
    opened, when secrets are not stored (None: cancelled, the endpoint is not opened)."""

    async def prompt(address: str) -> str | None:
        return await ask_secret(
            parent, translate("SecretsDialogs", "Access token for %1").replace("%1", address),
            translate("SecretsDialogs",
                      "Access tokens are not stored on this computer. Type the access token "
                      "of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui "
                      "quits. Leave it empty if the endpoint needs none.").replace("%1", address))

    return prompt
