"""Settings declared once (name, type, default, description), stored as JSON, upgraded by number.

``settings.json`` in the config directory holds ``{"version": N, "values": {...}}``. On load the
numbered ``UPGRADES`` bring an older file up to date; keys this version does not know are kept
and written back (a newer cmgui may own them); a value of the wrong type is reported in
``Settings.problems`` and the default is used, but the file keeps the bad value until the user
sets that setting, so nothing is lost. A file that is not JSON at all is set aside as
``settings.json.broken`` (never overwritten) and defaults are used. Writes are atomic
(temporary file, fsync, rename). Secrets never go here: they live in the keyring.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cmgui.common.files import atomic_write_text
from cmgui.common.marks import noop

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    check: Callable[[Any], bool] | None = None  # extra rule beyond the type

    def valid(self, value: Any) -> bool:
        if self.type is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif self.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.type)
        if ok and self.choices is not None:
            ok = value in self.choices
        if ok and self.check is not None:
            ok = self.check(value)
        return ok


def _declare(*settings: Setting) -> dict[str, Setting]:
    registry: dict[str, Setting] = {}
    for setting in settings:
        if setting.name in registry:
            raise ValueError(f"setting {setting.name} declared twice")
        if not setting.valid(setting.default):
            raise ValueError(f"default of {setting.name} is not valid")
        registry[setting.name] = setting
    return registry


#: Every setting something reads. Retired ones (``devices.probe_timeout``, ``usage.*``, which
#: per-SIM data plans replaced, ``server.bind``/``server.port``, which ``cmcli serve`` takes as
#: options) are no longer declared; a file that has them keeps them as keys this version does
#: not know.
SETTINGS: dict[str, Setting] = _declare(
    Setting("ui.start_minimized", bool, False,
            noop("Settings", "Start hidden in the system tray.")),
    Setting("ui.close_to_tray", bool, True,
            noop("Settings", "Closing the main window keeps cmgui in the tray.")),
    Setting("ui.language", str, "",
            noop("Settings", "Interface language (empty: follow the system).")),
    Setting("devices.last_device", str, "",
            noop("Settings", "URL of the device used last, opened at start.")),
    Setting("connection.auto_reconnect", bool, True,
            noop("Settings", "Reconnect after the network drops a call.")),
    Setting("connection.auto_connect", bool, False,
            noop("Settings", "Connect mobile data as soon as the device is ready.")),
    Setting("connection.auto_connect_roaming", bool, False,
            noop("Settings", "Connect automatically while roaming too (roaming may cost extra).")),
    Setting("ussd.saved_codes", dict, {},
            noop("Settings", "USSD codes saved per SIM: ICCID -> list of [name, code]."),
            check=lambda v: all(isinstance(k, str) and isinstance(c, list) for k, c in v.items())),
    Setting("ui.tray_hint_shown", bool, False,
            noop("Settings",
                 "The note that closing the window keeps cmgui in the tray was shown.")),
    Setting("sms.delete_after_sync", bool, False,
            noop("Settings", "Delete messages from the device once they are safely archived.")),
    Setting("sms.request_delivery_reports", bool, True,
            noop("Settings", "Ask for delivery reports when sending.")),
    Setting("log.level", str, "INFO", noop("Settings", "Logging level."),
            choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    Setting("secrets.remember_pin", bool, False,
            noop("Settings", "Keep SIM PINs in the system keyring (off unless you turn it on).")),
    Setting("secrets.storage", str, "",
            noop("Settings",
                 "Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the "
                 "system keyring (with none, cmgui asks once), keyring, none (give them each "
                 "time) or file (the encrypted file). docs/security.md."),
            choices=("", "keyring", "none", "file")),
    Setting("store_url", str, "",
            noop("Settings",
                 "Store for the archive, records and fleet: empty for this computer's SQLite "
                 "file, or postgresql://[user@]host[:port]/database for a team's shared store "
                 "(its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and "
                 "cmcli --store take precedence."),
            check=lambda v: not v or v.split(":", 1)[0] in ("sqlite", "postgresql", "postgres")),
)


Upgrade = Callable[[dict[str, Any]], None]


def _upgrade_1(values: dict[str, Any]) -> None:
    """Version 1: files without a version had flat keys with '_' (``billing_day``)."""
    renames = {
        "billing_day": "usage.billing_day",
        "monthly_limit_mb": "usage.monthly_limit_mb",
        "start_minimized": "ui.start_minimized",
    }
    for old, new in renames.items():
        if old in values and new not in values:
            values[new] = values.pop(old)


UPGRADES: list[Upgrade] = [_upgrade_1]


#: Values a vendor's provisioning fixed, by configuration directory: every reader of that
#: directory's settings sees them, the app and cmcli alike
#: (:mod:`cmgui.service.provisioned_settings` registers them; docs/provisioning.md).
_VENDOR_FIXED: dict[Path, dict[str, Any]] = {}


def _folder_key(config_dir: Path | str) -> Path:
    return Path(config_dir).expanduser().resolve()


def fix_values(config_dir: Path | str, values: Mapping[str, Any]) -> None:
    """The vendor fixed these settings of ``config_dir`` (replacing what was fixed before)."""
    _VENDOR_FIXED[_folder_key(config_dir)] = dict(values)


def vendor_fixed(config_dir: Path | str) -> Mapping[str, Any]:
    """The settings of ``config_dir`` a vendor fixed, with their values."""
    return _VENDOR_FIXED.get(_folder_key(config_dir), {}) if _VENDOR_FIXED else {}


class Settings:
    """The settings of one config directory; a value the vendor fixed (:func:`fix_values`)
    is read as fixed, whatever the file says (the user's own value stays in the file)."""

    def __init__(
        self, config_dir: Path | str, *, registry: dict[str, Setting] | None = None,
        upgrades: Sequence[Upgrade] | None = None,
    ) -> None:
        self.path = Path(config_dir) / FILE_NAME
        self._folder = _folder_key(config_dir)
        self.registry = SETTINGS if registry is None else registry
        self.upgrades = list(UPGRADES if upgrades is None else upgrades)
        self.problems: list[str] = []
        self._raw: dict[str, Any] = {}
        self._invalid: set[str] = set()
        self._file_version = len(self.upgrades)
        self.load()

    @classmethod
    def open_default(cls) -> Settings:
        """The settings in ``cmgui.paths.config_dir()`` (``CMGUI_CONFIG_DIR`` overrides it)."""
        from cmgui.paths import config_dir

        return cls(config_dir())

    @property
    def version(self) -> int:
        return len(self.upgrades)

    def load(self) -> None:
        self.problems = []
        self._invalid = set()
        self._raw = {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self._set_aside(f"could not be read ({exc})")
            return
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            self._set_aside(f"is not valid JSON ({exc})")
            return
        if not isinstance(doc, dict):
            self._set_aside("does not hold a settings object")
            return
        if "values" in doc and isinstance(doc.get("version"), int):
            version, values = doc["version"], doc["values"]
        else:
            version, values = 0, doc  # before versioning: a flat object
        if not isinstance(values, dict):
            self._set_aside("does not hold a settings object")
            return
        self._file_version = version
        if version > self.version:
            self.problems.append(
                f"{self.path} was written by a newer cmgui (version {version}); "
                "settings this version does not know are kept as they are."
            )
        for step in range(max(version, 0), self.version):
            self.upgrades[step](values)
        if version < self.version:
            self._file_version = self.version
        self._raw = values
        for name, setting in self.registry.items():
            if name in values and not setting.valid(values[name]):
                self._invalid.add(name)
                self.problems.append(
                    f"The setting {name} has an invalid value {values[name]!r} "
                    f"(expected {setting.type.__name__}); using the default {setting.default!r}."
                )
        for problem in self.problems:
            log.warning("%s", problem)

    def _set_aside(self, why: str) -> None:
        target = self.path.with_name(self.path.name + ".broken")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.broken{n}")
        try:
            os.replace(self.path, target)
            where = f"; it was kept as {target.name}"
        except OSError:
            where = ""
        self.problems.append(f"The settings file {self.path} {why}{where}. Using defaults.")
        log.warning("%s", self.problems[-1])

    def _setting(self, name: str) -> Setting:
        try:
            return self.registry[name]
        except KeyError:
            raise KeyError(f"There is no setting called {name!r}.") from None

    def get(self, name: str) -> Any:
        setting = self._setting(name)
        fixed = _VENDOR_FIXED.get(self._folder) if _VENDOR_FIXED else None
        if fixed is not None and name in fixed:
            value = fixed[name]
            return float(value) if setting.type is float else value
        if name in self._raw and name not in self._invalid:
            value = self._raw[name]
            return float(value) if setting.type is float else value
        default = setting.default
        if isinstance(default, list | dict):
            return type(default)(default)  # a copy: the declared default stays as declared
        return default

    def set(self, name: str, value: Any) -> None:
        """Change a setting in memory; :meth:`save` writes it."""
        setting = self._setting(name)
        if not setting.valid(value):
            raise ValueError(f"{value!r} is not a valid value for {name}: {setting.description}")
        self._raw[name] = value
        self._invalid.discard(name)

    def reset(self, name: str) -> None:
        self._setting(name)
        self._raw.pop(name, None)
        self._invalid.discard(name)

    def unknown(self) -> dict[str, Any]:
        """Keys in the file that this version does not declare (kept on save)."""
        return {k: v for k, v in self._raw.items() if k not in self.registry}

    def save(self) -> None:
        version = max(self.version, self._file_version)
        doc = {"version": version, "values": dict(sorted(self._raw.items()))}
        atomic_write_text(self.path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
