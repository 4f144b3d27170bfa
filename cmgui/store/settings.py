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
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def _thresholds(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 1000 for v in value
    )


def _declare(*settings: Setting) -> dict[str, Setting]:
    registry: dict[str, Setting] = {}
    for setting in settings:
        if setting.name in registry:
            raise ValueError(f"setting {setting.name} declared twice")
        if not setting.valid(setting.default):
            raise ValueError(f"default of {setting.name} is not valid")
        registry[setting.name] = setting
    return registry


SETTINGS: dict[str, Setting] = _declare(
    Setting("ui.start_minimized", bool, False, "Start hidden in the system tray."),
    Setting("ui.close_to_tray", bool, True, "Closing the main window keeps cmgui in the tray."),
    Setting("ui.language", str, "", "Interface language (empty: follow the system)."),
    Setting("devices.probe_timeout", float, 2.0, "Seconds to wait for a silent port to answer.",
            check=lambda v: 0 < v <= 60),
    Setting("devices.last_device", str, "", "URL of the device used last, opened at start."),
    Setting("connection.auto_reconnect", bool, True, "Reconnect after the network drops a call."),
    Setting("sms.delete_after_sync", bool, False,
            "Delete messages from the device once they are safely archived."),
    Setting("sms.request_delivery_reports", bool, True, "Ask for delivery reports when sending."),
    Setting("usage.billing_day", int, 1, "Day of the month a new billing period starts.",
            check=lambda v: 1 <= v <= 31),
    Setting("usage.monthly_limit_mb", int, 0, "Data limit per billing period (0: none).",
            check=lambda v: v >= 0),
    Setting("usage.warn_thresholds", list, [80, 100],
            "Warn when usage reaches these percentages of the limit.", check=_thresholds),
    Setting("usage.disconnect_at_limit", bool, False, "Disconnect when the limit is reached."),
    Setting("server.bind", str, "127.0.0.1", "Address the CMAPI endpoint listens on."),
    Setting("server.port", int, 8765, "TCP port of the CMAPI endpoint.",
            check=lambda v: 0 < v < 65536),
    Setting("log.level", str, "INFO", "Logging level.",
            choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    Setting("secrets.remember_pin", bool, False,
            "Keep SIM PINs in the system keyring (off unless you turn it on)."),
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


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new file, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Settings:
    """The settings of one config directory."""

    def __init__(
        self, config_dir: Path | str, *, registry: dict[str, Setting] | None = None,
        upgrades: Sequence[Upgrade] | None = None,
    ) -> None:
        self.path = Path(config_dir) / FILE_NAME
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
        if name in self._raw and name not in self._invalid:
            value = self._raw[name]
            return float(value) if setting.type is float else value
        default = setting.default
        return list(default) if isinstance(default, list) else default

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
