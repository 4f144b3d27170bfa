"""Fleet accounts: a name, the platform's address and how to authenticate, saved with the other
saved devices (``endpoints.json``, kind ``fleet``); secrets in the keyring or in a file the user
keeps readable only by themselves (mode 0600), never in the configuration.

Address forms: ``cmo+https://HOST[:PORT]/TENANT`` (Deutsche Telekom IoT's orchestrator) and
``cmp+https://HOST[:PORT]`` (Linksfield's CMP); ``+http`` for a local simulator.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cmgui.service.fleet import FleetError
from cmgui.service.saved_devices import FLEET, SavedDevices, SavedEntry
from cmgui.store.errors import SecretStoreError
from cmgui.store.secrets import SecretStore, register_secret

#: Names of the secrets an account may have.
CLIENT_SECRET = "client_secret"
PRIVATE_KEY = "private_key"
HMAC_SECRET = "hmac_secret"


@dataclass(frozen=True)
class FleetAccount:
    """One saved platform account. ``secret_file`` is a 0600 file used in place of the keyring."""

    name: str
    url: str
    client_id: str = ""
    token_url: str = ""
    key_id: str = ""
    #: Which secret the account uses: CLIENT_SECRET (CMO), PRIVATE_KEY or HMAC_SECRET (CMP).
    secret_name: str = ""
    secret_file: str = ""

    @property
    def platform(self) -> str:
        """``cmo`` for ``cmo+https://…``: the part of the scheme before ``+``."""
        scheme = self.url.split("://", 1)[0].lower() if "://" in self.url else ""
        return scheme.split("+", 1)[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "url": self.url, "platform": self.platform,
            "clientId": self.client_id or None, "tokenURL": self.token_url or None,
            "keyId": self.key_id or None, "secret": self.secret_name or None,
            "secretStorage": ("file" if self.secret_file else "keyring")
            if self.secret_name else None,
        }

    def entry(self) -> SavedEntry:
        return SavedEntry.new(FLEET, self.url, name=self.name, client_id=self.client_id,
                              token_url=self.token_url, key_id=self.key_id,
                              secret_name=self.secret_name, secret_file=self.secret_file)

    @classmethod
    def from_entry(cls, entry: SavedEntry) -> FleetAccount:
        return cls(entry.text("name") or entry.address, entry.address,
                   entry.text("client_id"), entry.text("token_url"), entry.text("key_id"),
                   entry.text("secret_name"), entry.text("secret_file"))


def private_file(path: Path) -> bool:
    """True when ``path`` is a regular file only its owner may read or write (POSIX 0600)."""
    try:
        info = path.stat()
    except OSError:
        return False
    if os.name != "posix":
        return False
    return stat.S_ISREG(info.st_mode) and not info.st_mode & 0o077


def read_secret_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FleetError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    value = text.strip() if "PRIVATE KEY" not in text else text
    if not value.strip():
        raise FleetError(f"{path} is empty")
    return value


def new_account(name: str, url: str, *, client_id: str = "", token_url: str = "",
                key_id: str = "", secret_file: str = "",
                private_key_file: str = "") -> tuple[FleetAccount, str, Path | None]:
    """An account from what the user gave (``cmcli fleet add`` options, the app's dialog):
    the account, its secret read from the file, and that file. A secret file with a key id is
    CMP's HMAC secret; without, CMO's client secret."""
    if private_key_file and secret_file and key_id:
        raise FleetError("give a private key file (RSA) or a secret file (HMAC), not both")
    source: Path | None = None
    secret_name = ""
    if private_key_file:
        source, secret_name = Path(private_key_file), PRIVATE_KEY
    elif secret_file:
        source = Path(secret_file)
        secret_name = HMAC_SECRET if key_id else CLIENT_SECRET
    secret = read_secret_file(source) if source is not None else ""
    account = FleetAccount(name.strip(), url.strip(), client_id.strip(), token_url.strip(),
                           key_id.strip(), secret_name)
    if not account.name:
        raise FleetError("the account needs a name")
    return account, secret, source


class FleetAccounts:
    """The saved fleet accounts of one config directory and their secrets."""

    def __init__(self, directory: Path | None = None, secrets: SecretStore | None = None) -> None:
        self.saved = SavedDevices(directory, secrets)

    def list(self) -> list[FleetAccount]:
        return [FleetAccount.from_entry(e) for e in self.saved.entries(FLEET)]

    def get(self, name: str) -> FleetAccount:
        for account in self.list():
            if account.name == name:
                return account
        names = ", ".join(a.name for a in self.list()) or "none saved; add one with cmcli fleet add"
        raise FleetError(f"no fleet account named {name!r} ({names})")

    def add(self, account: FleetAccount, secret: str = "",
            source: Path | None = None) -> FleetAccount:
        """Save ``account`` and keep ``secret`` (read from the file ``source``) in the keyring;
        when the keyring cannot keep it and ``source`` is private (0600), the account uses that
        file in place. Returns the account as saved."""
        if any(other.name == account.name for other in self.list()):
            raise FleetError(f"a fleet account named {account.name!r} exists already; "
                             "remove it first")
        same = self.saved.find(FLEET, account.url)
        if same is not None:
            raise FleetError(f"{account.url} is saved already as "
                             f"{FleetAccount.from_entry(same).name!r}")
        if secret:
            register_secret(secret)
            try:
                self.saved.set_secret(FLEET, account.url, secret, account.secret_name)
            except SecretStoreError as exc:
                if source is None or not private_file(source):
                    hint = (f" Make {source} readable only by you (chmod 600) to use it in "
                            "place of the keyring.") if source is not None else ""
                    raise FleetError(f"{exc}{hint}") from None
                account = replace(account, secret_file=str(source.resolve()))
        self.saved.put(account.entry())
        return account

    def remove(self, name: str) -> FleetAccount:
        account = self.get(name)
        self.saved.remove(FLEET, account.url)
        if account.secret_name:
            # the entry is gone; a keyring that cannot delete keeps a dead secret
            with contextlib.suppress(SecretStoreError):
                self.saved.delete_secret(FLEET, account.url, account.secret_name)
        return account

    def secret(self, account: FleetAccount) -> str:
        """The account's secret ("" when it has none); FleetError when it cannot be read."""
        if not account.secret_name:
            return ""
        if account.secret_file:
            value = read_secret_file(Path(account.secret_file))
            register_secret(value)
            return value
        try:
            value = self.saved.secret(FLEET, account.url, account.secret_name)
        except SecretStoreError as exc:
            raise FleetError(str(exc)) from None
        if not value:
            raise FleetError(f"the keyring holds no {account.secret_name.replace('_', ' ')} for "
                             f"{account.name!r}; add the account again")
        return value
