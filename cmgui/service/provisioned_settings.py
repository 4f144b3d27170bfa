"""Settings as the vendor provisioned them: fixed values forced, hidden ones known.

:class:`ProvisionedSettings` is :class:`~cmgui.store.settings.Settings` with the provisioning's
fixed values forced: reading one gives the vendor's value (whatever the file says), changing
one raises :class:`SettingFixed`. The user's own value stays in ``settings.json``, so it is
back if the vendor's file goes. Light to import: the app reads it before its first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cmgui.paths import config_dir
from cmgui.service.provisioning import Provisioning, current
from cmgui.store.settings import Settings


class SettingFixed(ValueError):
    """The vendor fixed this setting; it cannot be changed."""


class ProvisionedSettings(Settings):
    """Settings with the provisioning's fixed values forced and its hidden ones known."""

    def __init__(self, directory: Path | str, provisioning: Provisioning) -> None:
        self.provisioning = provisioning
        super().__init__(directory)
        if "secrets.storage" in provisioning.fixed:  # where secrets go follows it too
            from cmgui.store.secrets import fix_setting_choice

            fix_setting_choice(Path(directory), str(provisioning.fixed["secrets.storage"]))

    def is_fixed(self, name: str) -> bool:
        return name in self.provisioning.fixed

    def is_hidden(self, name: str) -> bool:
        return name in self.provisioning.hidden

    def get(self, name: str) -> Any:
        if name in self.provisioning.fixed:
            setting = self._setting(name)
            value = self.provisioning.fixed[name]
            return float(value) if setting.type is float else value
        return super().get(name)

    def set(self, name: str, value: Any) -> None:
        if name in self.provisioning.fixed:
            raise SettingFixed(f"{name} is set by {self.provisioning.vendor} and cannot be "
                               "changed")
        super().set(name, value)


def open_settings(directory: Path | None = None,
                  provisioning: Provisioning | None = None) -> ProvisionedSettings:
    """The settings of ``directory`` (default: the config directory) as provisioned."""
    return ProvisionedSettings(directory if directory is not None else config_dir(),
                               current() if provisioning is None else provisioning)
