"""Secrets in the system keyring, and a logging filter that masks every secret seen.

Keys under the service name ``cmgui``: ``profile:<id>:password``, ``endpoint:<url>:token``,
``gateway:<url>:password``, ``platform:<name>:<field>`` and ``pin:<iccid>`` (the PIN only when
the user opted in). Every value that passes through :class:`SecretStore` (or is handed to
:func:`register_secret`) is remembered by the process's :class:`SecretRegistry`, and
:class:`SecretRedactor` replaces it with ``***`` in any log record it filters.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import traceback
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from cmgui.store.errors import SecretStoreError

SERVICE = "cmgui"
MASK = "***"
MIN_SECRET_LENGTH = 4  # shorter values would mask ordinary text everywhere


def profile_password_key(profile_id: int) -> str:
    return f"profile:{profile_id}:password"


def endpoint_token_key(url: str) -> str:
    return f"endpoint:{url}:token"


def gateway_password_key(url: str) -> str:
    return f"gateway:{url}:password"


def platform_key(platform: str, field: str) -> str:
    return f"platform:{platform}:{field}"


def pin_key(iccid: str) -> str:
    return f"pin:{iccid}"


class SecretRegistry:
    """The secret values this process has handled (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, value: str | None) -> None:
        if not value or len(value) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            if value not in self._values:
                self._values.add(value)
                self._pattern = None

    def values(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._values)

    def redact(self, text: str) -> str:
        with self._lock:
            if not self._values:
                return text
            if self._pattern is None:
                # Longest first, so a secret containing another is masked whole.
                ordered = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(v) for v in ordered))
            pattern = self._pattern
        return pattern.sub(MASK, text)


REGISTRY = SecretRegistry()


def register_secret(value: str | None, registry: SecretRegistry = REGISTRY) -> None:
    """Mask ``value`` in logs from now on (for secrets that never pass through the keyring)."""
    registry.add(value)


class SecretRedactor(logging.Filter):
    """Masks registered secrets in a record's message, arguments, traceback and stack.

    Attach it to every *handler* (a filter on a logger does not see records of its children);
    :func:`install_redactor` does that for the root logger's handlers.
    """

    def __init__(self, registry: SecretRegistry = REGISTRY) -> None:
        super().__init__()
        self.registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        redact = self.registry.redact
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what can be shown
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_redactor(
    logger: logging.Logger | None = None, registry: SecretRegistry = REGISTRY
) -> SecretRedactor:
    """Add one redactor to each handler of ``logger`` (the root logger by default)."""
    target = logger or logging.getLogger()
    redactor = SecretRedactor(registry)
    for handler in target.handlers:
        if not any(isinstance(f, SecretRedactor) for f in handler.filters):
            handler.addFilter(redactor)
    return redactor


class SecretStore:
    """Secrets in a keyring backend (the system's, or one passed in for tests)."""

    def __init__(
        self, backend: KeyringBackend | None = None, *, service: str = SERVICE,
        registry: SecretRegistry = REGISTRY,
    ) -> None:
        self._backend = backend
        self.service = service
        self.registry = registry

    def _keyring(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def set(self, key: str, value: str) -> None:
        if not value:
            self.delete(key)
            return
        self.registry.add(value)
        try:
            self._keyring().set_password(self.service, key, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring did not accept the secret for {key}: {exc}. "
                "It was not saved."
            ) from None

    def get(self, key: str) -> str | None:
        try:
            value: str | None = self._keyring().get_password(self.service, key)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring could not be read for {key}: {exc}."
            ) from None
        self.registry.add(value)
        return value

    def delete(self, key: str) -> None:
        try:
            self._keyring().delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that key
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring could not delete the secret for {key}: {exc}."
            ) from None

    # Keyring backends may block (D-Bus, an unlock prompt): async callers use these.
    async def aset(self, key: str, value: str) -> None:
        await asyncio.to_thread(self.set, key, value)

    async def aget(self, key: str) -> str | None:
        return await asyncio.to_thread(self.get, key)

    async def adelete(self, key: str) -> None:
        await asyncio.to_thread(self.delete, key)

    def set_pin(self, iccid: str, pin: str, *, remember: bool) -> None:
        """Keep a SIM PIN only when the user asked to (``remember``, from the setting)."""
        self.registry.add(pin)
        if not remember:
            raise SecretStoreError(
                "The PIN is not kept unless 'remember PIN' is turned on in the settings."
            )
        self.set(pin_key(iccid), pin)

    def get_pin(self, iccid: str) -> str | None:
        return self.get(pin_key(iccid))

    def forget_pin(self, iccid: str) -> None:
        self.delete(pin_key(iccid))
