"""Where secrets go on a machine with no secure keyring: the question asked once, and the
encrypted file's passphrase asked once per run (docs/security.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.settings import SettingsController
from cmgui.service import secret_storage

#: The answers to the notice, as the ``secrets.storage`` setting keeps them.
ASK_EACH_TIME = "none"
ENCRYPTED_FILE = "file"
#: The system keyring (the setting's default when it is empty).
SYSTEM_KEYRING = "keyring"
#: Shorter passphrases are refused when one is set (scrypt slows guessing, it cannot make up
#: for a passphrase of a few letters).
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class StorageState:
    """Where secrets go now, and why, for the settings page."""

    #: ``keyring``, ``file`` or ``none``: what is in effect.
    choice: str
    #: ``CMGUI_SECRETS`` decides (the setting is not used).
    from_environment: bool
    #: There is a secure system keyring to choose.
    keyring_available: bool
    #: Secrets are kept now (False: with ``none``, with the keyring chosen and none there, or
    #: with the encrypted file left locked this run).
    stored: bool
    #: The encrypted file is chosen and was left locked this run (no passphrase given).
    file_locked: bool


class SecretsChoiceController(QObject):
    """Whether to ask, what was answered, and unlocking the encrypted file.

    ``CMGUI_SECRETS`` (and ``CMGUI_SECRETS_PASSPHRASE``) still win: with them set nothing is
    asked.

    Signals:
        answered(str): the user chose ``none`` or ``file`` (now in the settings).
        storageChanged(str): the settings page changed where secrets go (``keyring``,
            ``file`` or ``none``); it applies at once to secrets saved and read from now on.
        unlocked(): the encrypted file is open for this run.
        declined(): this run goes on without stored secrets (no passphrase given).
    """

    answered = Signal(str)
    storageChanged = Signal(str)
    unlocked = Signal()
    declined = Signal()

    def __init__(self, settings: SettingsController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def notice_needed(self) -> bool:
        """No secure keyring and nothing chosen yet (here or in the environment)."""
        if os.environ.get(secret_storage.ENV_CHOICE) or self.settings.get(secret_storage.SETTING):
            return False
        return secret_storage.needs_choice()

    def choose(self, choice: str) -> None:
        if choice not in (ASK_EACH_TIME, ENCRYPTED_FILE):
            raise ValueError(f"not a choice: {choice!r}")
        self.settings.set(secret_storage.SETTING, choice)
        self.answered.emit(choice)

    def storage(self) -> StorageState:
        """What is in effect and why (``CMGUI_SECRETS``, then the setting, then the keyring)."""
        env = secret_storage.env_choice()
        keyring = secret_storage.secure_keyring()
        choice = env or str(self.settings.get(secret_storage.SETTING)) or SYSTEM_KEYRING
        if choice not in secret_storage.CHOICES or (choice == SYSTEM_KEYRING and not keyring):
            choice = ASK_EACH_TIME  # nothing is stored (until something else is chosen)
        file_locked = choice == ENCRYPTED_FILE and secret_storage.file_declined()
        return StorageState(choice, bool(env), keyring, secret_storage.stored(), file_locked)

    def set_storage(self, choice: str) -> None:
        """Keep secrets saved from now on in ``choice`` (``keyring``, ``file`` or ``none``).
        Secrets stored before stay where they are: nothing is moved or deleted."""
        if choice not in secret_storage.CHOICES:
            raise ValueError(f"not a choice: {choice!r}")
        if secret_storage.env_choice() or self.settings.fixed(secret_storage.SETTING):
            return
        before = self.settings.get(secret_storage.SETTING)
        self.settings.set(secret_storage.SETTING, choice)
        if before != choice:
            self.storageChanged.emit(choice)

    def passphrase_needed(self) -> bool:
        return secret_storage.needs_passphrase()

    def first_passphrase(self) -> bool:
        """No passphrase was set yet: it is chosen and confirmed, not checked."""
        return secret_storage.file_is_new()

    def file_path(self) -> str:
        return secret_storage.file_path()

    def set_passphrase(self, passphrase: str, confirmation: str) -> str:
        """Set the first passphrase; "" when done, else what is wrong (to show)."""
        if len(passphrase) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE)
        if passphrase != confirmation:
            return self.tr("The two passphrases differ. Type the same one twice.")
        return self.unlock(passphrase)

    def unlock(self, passphrase: str) -> str:
        """Open the file; "" when done, else what is wrong (to show: ask again)."""
        if not passphrase:
            return self.tr("Type the passphrase, or go on without it.")
        try:
            secret_storage.unlock_file(passphrase)
        except secret_storage.PassphraseError:
            return self.tr("That is not the passphrase of the encrypted file. Try again.")
        except secret_storage.SecretStoreFault as exc:
            return self.tr("The encrypted file cannot be used: %1").replace("%1", str(exc))
        self.unlocked.emit()
        return ""

    def secrets_stored(self) -> bool:
        """Whether secrets are kept now (else the places that need one ask each time)."""
        return secret_storage.stored()

    def decline(self) -> None:
        secret_storage.decline_file()
        self.declined.emit()
