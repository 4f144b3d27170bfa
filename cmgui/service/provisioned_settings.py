"""Settings as the vendor provisioned them: fixed values forced, hidden ones known.

:class:`ProvisionedSettings` is :class:`~cmgui.store.settings.Settings` with the provisioning's
fixed values forced: reading one gives the vendor's value (whatever the file says; every
:class:`~cmgui.store.settings.Settings` of the folder does, once this is built), changing one
raises :class:`SettingFixed`. The user's own value stays in ``settings.json``, so it is
back if the vendor's file goes. Light to import: the app reads it before its first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cmgui.paths import config_dir
from cmgui.service.provisioning import Provisioning, current
from cmgui.store.settings import Settings, fix_values


class SettingFixed(ValueError):
    """The vendor fixed this setting; it cannot be changed."""


class ProvisionedSettings(Settings):
    """Settings with the provisioning's fixed values forced and its hidden ones known."""

    def __init__(self, directory: Path | str, provisioning: Provisioning) -> None:
        self.provisioning = provisioning
        # Every reader of this folder's settings sees the fixed values from now on: where
        # secrets go, the store in use (cmgui.store.engine), cmcli as the app.
        fix_values(directory, provisioning.fixed)
        super().__init__(directory)

    def is_fixed(self, name: str) -> bool:
        return name in self.provisioning.fixed

    def is_hidden(self, name: str) -> bool:
        return name in self.provisioning.hidden

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
