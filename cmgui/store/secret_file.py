"""The encrypted-file choice for secrets, for a machine with no secure keyring.

Chosen explicitly only (``CMGUI_SECRETS=file``, or the ``secrets.storage`` setting the app's
notice sets; docs/security.md), never picked by itself. The file is ``secrets.enc`` in the
configuration directory, mode 0600, replaced whole on each change. Each secret is a Fernet token
(AES-128-CBC + HMAC-SHA256, from ``cryptography``) under a key derived with scrypt from a
passphrase the user gives: ``CMGUI_SECRETS_PASSPHRASE``, or typed at a terminal once per
process; the app asks in a dialog and calls :meth:`EncryptedFileBackend.unlock` (or
:meth:`~EncryptedFileBackend.decline`). A wrong passphrase is told apart from a damaged file by a
check token. The file hides the secrets from anyone who reads it without the passphrase; it does
not protect against someone who can watch this user's processes (nor does a keyring).
"""

from __future__ import annotations

import base64
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyring.errors import KeyringError, PasswordDeleteError

from cmgui.common.files import atomic_write_text

FILE_NAME = "secrets.enc"
ENV_PASSPHRASE = "CMGUI_SECRETS_PASSPHRASE"
_CHECK = b"cmgui secrets v1"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class PassphraseError(KeyringError):
    """No passphrase to be had, or the wrong one."""


def ask_passphrase() -> str:
    """The passphrase from the environment, or typed at a terminal; PassphraseError if neither."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        from getpass import getpass

        typed = getpass("Passphrase of cmgui's encrypted secrets file: ")
        if typed:
            return typed
    raise PassphraseError(
        f"the encrypted secrets file needs its passphrase: set {ENV_PASSPHRASE} "
        "or run cmcli at a terminal")


class EncryptedFileBackend:
    """set/get/delete_password over one encrypted JSON file (the keyring backend methods)."""

    def __init__(self, path: Path, passphrase: Callable[[], str] = ask_passphrase) -> None:
        self.path = Path(path)
        self._passphrase = passphrase
        self._fernet: Any = None
        self._lock = threading.Lock()
        #: The user chose to run without the file this time (:meth:`decline`).
        self.declined = False

    # --- the file -----------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise KeyringError(f"cannot read {self.path}: {exc}") from None
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
                raise ValueError("not a secrets file")
        except ValueError as exc:
            raise KeyringError(f"{self.path} is damaged ({exc}); move it away to start "
                               "a new one") from None
        return data

    def _derive(self, data: dict[str, Any], passphrase: str) -> Any:
        """The Fernet key of ``data`` for ``passphrase``; a new salt and check token when the
        file has none yet; PassphraseError when the check token does not open."""
        from cryptography.fernet import Fernet, InvalidToken
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        salt = base64.b64decode(data["salt"]) if "salt" in data else os.urandom(16)
        raw = Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode())
        fernet = Fernet(base64.urlsafe_b64encode(raw))
        if "check" in data:
            try:
                fernet.decrypt(data["check"].encode())
            except (InvalidToken, ValueError):
                raise PassphraseError(f"wrong passphrase for {self.path}") from None
        else:
            data["salt"] = base64.b64encode(salt).decode()
            data["check"] = fernet.encrypt(_CHECK).decode()
        return fernet

    def _key(self, data: dict[str, Any]) -> Any:
        if self._fernet is None:
            if self.declined:
                raise PassphraseError(f"{self.path} stays locked: no passphrase was given")
            self._fernet = self._derive(data, self._passphrase())
        return self._fernet

    # --- unlocking from the app -----------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        """No passphrase was set yet (no file, or one without its check token)."""
        with self._lock:
            return "check" not in self._load()

    @property
    def unlocked(self) -> bool:
        return self._fernet is not None

    def unlock(self, passphrase: str) -> None:
        """Open the file with ``passphrase`` (PassphraseError if wrong); a new file is written
        at once with its salt and check token, so the next run asks for the same passphrase."""
        if not passphrase:
            raise PassphraseError("an empty passphrase protects nothing")
        with self._lock:
            data = self._load() or {"entries": {}}
            new = "check" not in data
            fernet = self._derive(data, passphrase)
            if new:
                data.setdefault("entries", {})
                self._save(data)
            self._fernet = fernet
            self.declined = False

    def decline(self) -> None:
        """No passphrase this run: the file stays locked and nothing asks again."""
        self.declined = True

    def _save(self, data: dict[str, Any]) -> None:
        data.setdefault("version", 1)
        try:
            atomic_write_text(self.path, json.dumps(data, indent=1, sort_keys=True))
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise KeyringError(f"cannot write {self.path}: {exc}") from None

    @staticmethod
    def _name(service: str, username: str) -> str:
        return f"{service}\0{username}"

    # --- keyring backend methods --------------------------------------------------------------

    def get_password(self, service: str, username: str) -> str | None:
        from cryptography.fernet import InvalidToken

        with self._lock:
            data = self._load()
            token = data.get("entries", {}).get(self._name(service, username))
            if token is None:
                return None
            try:
                return str(self._key(data).decrypt(token.encode()).decode())
            except (InvalidToken, ValueError):
                raise KeyringError(f"a secret in {self.path} is damaged") from None

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._load() or {"entries": {}}
            token = self._key(data).encrypt(password.encode()).decode()
            data["entries"][self._name(service, username)] = token
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            data = self._load()
            entries = data.get("entries", {})
            if self._name(service, username) not in entries:
                raise PasswordDeleteError("not stored")
            del entries[self._name(service, username)]
            self._save(data)
