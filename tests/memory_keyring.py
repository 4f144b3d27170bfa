"""A keyring backend for tests: secrets in memory, scoped to the test that made it.

It is never chosen by keyring on its own (its priority raises), so it cannot leak into a real
run; tests pass it to :class:`~cmgui.store.secrets.SecretStore` or make it current with
``keyring.set_keyring``. ``file_path`` is accepted and ignored (nothing touches the disk).
"""

from __future__ import annotations

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict."""

    file_path = ""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("only for tests, never chosen by keyring itself")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")
