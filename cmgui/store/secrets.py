"""Secrets in the system keyring, and a logging filter that masks every secret seen.

Keys under the service name ``cmgui`` (``cmgui@<config dir>`` when ``CMGUI_CONFIG_DIR`` names
another configuration directory, so two of them never share secrets): ``profile:<id>:password``,
``endpoint:<url>:token``, ``gateway:<url>:password``, ``platform:<name>:<field>`` and
``pin:<iccid>`` (the PIN only when the user opted in). Every value that passes through
:class:`SecretStore` (or is handed to :func:`register_secret`) is remembered by the process's
:class:`SecretRegistry`, and :class:`SecretRedactor` replaces it with ``***`` in any log record
it filters.

Where secrets go (``CMGUI_SECRETS``, else the ``secrets.storage`` setting; docs/security.md):
``keyring`` (the default) is the system keyring, but only a secure one: a plaintext file backend
that happens to be installed (keyrings.alt) or no backend at all is never used. Then cmgui says
so once and stores nothing (secrets are asked for each time) until the user chooses: ``none``
chooses that on purpose; ``file`` is the encrypted file of :mod:`cmgui.store.secret_file`. The
app asks once (:func:`needs_choice`) and keeps the answer in the setting.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from cmgui.store.errors import SecretStoreError

if TYPE_CHECKING:
    from cmgui.store.secret_file import EncryptedFileBackend

log = logging.getLogger(__name__)

SERVICE = "cmgui"
ENV_CHOICE = "CMGUI_SECRETS"
CHOICES = ("keyring", "none", "file")
#: Keyring backends that are no place for a secret: files in plain text (or base64), and the
#: placeholders keyring falls back to when it found nothing.
INSECURE_BACKENDS = ("keyrings.alt.file.PlaintextKeyring", "keyrings.alt.file.EncryptedKeyring",
                     "keyrings.alt.Gnome", "keyrings.alt.escrow", "keyrings.alt.multi",
                     "keyrings.alt.pyfs", "keyrings.alt.Windows.RegistryKeyring",
                     "keyring.backends.fail", "keyring.backends.null")
NO_KEYRING_MESSAGE = (
    "No secure keyring is available (no Secret Service, KWallet, macOS Keychain or Windows "
    "Credential Locker), so cmgui stores no passwords, tokens or PINs: give them each time, or "
    "choose the encrypted file with CMGUI_SECRETS=file (see docs/security.md).")


class SecretBackend(Protocol):
    """What :class:`SecretStore` needs of a backend (every keyring backend has it)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class NoSecretStorage(SecretStoreError):
    """There is nowhere safe to keep a secret (no secure keyring, or the user chose none)."""


def default_service(config: Path | None = None) -> str:
    """``cmgui``, or ``cmgui@<dir>`` for a configuration directory other than the default."""
    if config is None:
        override = os.environ.get("CMGUI_CONFIG_DIR")
        if not override:
            return SERVICE
        config = Path(override)
    import platformdirs

    resolved = config.expanduser().resolve()
    if resolved == Path(platformdirs.user_config_dir("cmgui")).expanduser().resolve():
        return SERVICE
    return f"{SERVICE}@{resolved}"


def _name_of(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure(backend: object) -> bool:
    """Whether ``backend`` keeps secrets somewhere other than a readable file (or nowhere)."""
    inner = getattr(backend, "backends", None)
    if inner is not None and type(backend).__name__ == "ChainerBackend":
        return any(is_secure(b) for b in inner)
    name = _name_of(backend)
    return not any(name == bad or name.startswith(bad + ".") for bad in INSECURE_BACKENDS)


_warned = threading.Event()
_file_backends: dict[Path, EncryptedFileBackend] = {}
_chosen_lock = threading.Lock()
#: The setting (cmgui.store.settings) that keeps the user's answer to the no-keyring notice.
SETTING = "secrets.storage"
_setting_cache: dict[Path, tuple[int, str]] = {}


def _setting_choice() -> str:
    """The ``secrets.storage`` setting ("" when unset), re-read only when the file changed; a
    vendor's fixed value wins, as on the settings page."""
    from cmgui.paths import config_dir
    from cmgui.store.settings import FILE_NAME, Settings, vendor_fixed

    folder = config_dir()
    fixed = vendor_fixed(folder).get(SETTING)
    if fixed is not None:
        return str(fixed)
    try:
        stamp = (folder / FILE_NAME).stat().st_mtime_ns
    except OSError:
        return ""
    cached = _setting_cache.get(folder)
    if cached is None or cached[0] != stamp:
        cached = _setting_cache[folder] = (stamp, str(Settings(folder).get(SETTING)))
    return cached[1]


def configured_choice() -> str:
    """``CMGUI_SECRETS`` if set, else the ``secrets.storage`` setting, else ``keyring``."""
    return ((os.environ.get(ENV_CHOICE) or "").strip().lower() or _setting_choice()
            or "keyring")


def _system_keyring() -> Any | None:
    """keyring's backend, or None when it cannot be had (``PYTHON_KEYRING_BACKEND`` naming a
    backend that does not load, say): then there is no keyring to use, not a crash."""
    import keyring  # its backends load here, on the first need of a secret, not at start-up

    try:
        return keyring.get_keyring()
    except Exception as exc:
        log.info("the keyring cannot be used: %s", exc)
        return None


def secure_keyring() -> bool:
    """Whether the system keyring is a secure one (module docstring)."""
    backend = _system_keyring()
    return backend is not None and is_secure(backend)


def needs_choice() -> bool:
    """No secure keyring, and neither ``CMGUI_SECRETS`` nor the setting says what to do: the
    app asks the user once (docs/security.md)."""
    if (os.environ.get(ENV_CHOICE) or "").strip() or _setting_choice():
        return False
    return not secure_keyring()


def encrypted_file() -> EncryptedFileBackend:
    """The encrypted file of this configuration directory (one per process, so its passphrase
    is asked once)."""
    from cmgui.paths import config_dir
    from cmgui.store.secret_file import FILE_NAME, EncryptedFileBackend

    path = config_dir() / FILE_NAME
    with _chosen_lock:
        cached = _file_backends.get(path)
        if cached is None:
            cached = _file_backends[path] = EncryptedFileBackend(path)
        return cached


def choose_backend() -> SecretBackend:
    """The backend ``CMGUI_SECRETS`` or the setting asks for (module docstring);
    NoSecretStorage if none."""
    choice = configured_choice()
    if choice not in CHOICES:
        raise NoSecretStorage(f"{ENV_CHOICE}={choice!r} is not one of {', '.join(CHOICES)}.")
    if choice == "none":
        raise NoSecretStorage("Secrets are not stored (you chose to give them each time).")
    if choice == "file":
        file = encrypted_file()
        if file.declined:
            raise NoSecretStorage("The encrypted secrets file stays locked this time (no "
                                  "passphrase was given): secrets are asked for each time.")
        return file
    backend = _system_keyring()
    if backend is None or not is_secure(backend):
        if not _warned.is_set():
            _warned.set()
            log.info("%s (keyring offered %s)", NO_KEYRING_MESSAGE, _name_of(backend))
        raise NoSecretStorage(NO_KEYRING_MESSAGE)
    return cast(SecretBackend, backend)


MASK = "***"
MIN_SECRET_LENGTH = 4  # shorter values would mask ordinary text everywhere


def profile_password_key(profile_id: int) -> str:
    return f"profile:{profile_id}:password"


def endpoint_token_key(url: str) -> str:
    return f"endpoint:{url}:token"


def gateway_password_key(url: str) -> str:
    return f"gateway:{url}:password"


def store_password_key(url: str) -> str:
    """The password of a PostgreSQL store, by its URL without the password."""
    from cmgui.store.engine import redact

    return f"store:{redact(url)}"


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
    """Secrets in a keyring backend: the one :func:`choose_backend` picks, or one passed in.

    With nowhere safe to keep secrets, :meth:`get` finds nothing (the caller asks the user),
    :meth:`delete` has nothing to do and :meth:`set` raises :class:`NoSecretStorage`, whose
    message says what the user can choose; :meth:`require_storage` asks first.
    """

    def __init__(
        self, backend: SecretBackend | None = None, *, service: str | None = None,
        registry: SecretRegistry = REGISTRY,
    ) -> None:
        self._backend = backend
        self.service = service if service is not None else default_service()
        self.registry = registry

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        return choose_backend()

    @property
    def available(self) -> bool:
        """Whether secrets can be kept (a secure keyring, or the encrypted file)."""
        try:
            self._keyring()
        except NoSecretStorage:
            return False
        return True

    def require_storage(self) -> None:
        """NoSecretStorage (saying what to do) unless secrets can be kept."""
        self._keyring()

    def set(self, key: str, value: str) -> None:
        import keyring.errors

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
        import keyring.errors

        try:
            value: str | None = self._keyring().get_password(self.service, key)
        except NoSecretStorage:
            return None
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring could not be read for {key}: {exc}."
            ) from None
        self.registry.add(value)
        return value

    def delete(self, key: str) -> None:
        import keyring.errors

        try:
            self._keyring().delete_password(self.service, key)
        except (keyring.errors.PasswordDeleteError, NoSecretStorage):
            pass  # nothing stored under that key
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"The system keyring could not delete the secret for {key}: {exc}."
            ) from None

    # Keyring backends may block (D-Bus, an unlock prompt): async callers use these.
    async def aset(self, key: str, value: str) -> None:
        import asyncio

        await asyncio.to_thread(self.set, key, value)

    async def aget(self, key: str) -> str | None:
        import asyncio

        return await asyncio.to_thread(self.get, key)

    async def adelete(self, key: str) -> None:
        import asyncio

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
