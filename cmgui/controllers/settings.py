"""The Settings page: the declared settings of :mod:`cmgui.store.settings`, saved on change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from cmgui.i18n import translate
from cmgui.service.provisioned_settings import ProvisionedSettings
from cmgui.store.settings import Settings


class SettingsController(QObject):
    """The declared settings, read and changed.

    Signals:
        changed(str): a setting changed (its name).
    """

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def description(self, name: str) -> str:
        """The setting's description, translated (marked in :mod:`cmgui.store.settings`)."""
        return translate("Settings", self.settings.registry[name].description)

    def fixed(self, name: str) -> bool:
        """The vendor fixed it (:mod:`cmgui.service.provisioned_settings`): shown, not changed."""
        return isinstance(self.settings, ProvisionedSettings) and self.settings.is_fixed(name)

    def set_by(self, name: str) -> str:
        """Who fixed ``name`` (the vendor), or "" when the user may change it."""
        if isinstance(self.settings, ProvisionedSettings) and self.settings.is_fixed(name):
            return self.settings.provisioning.vendor
        return ""

    def hidden(self, name: str) -> bool:
        """The vendor hid it: not shown at all."""
        return isinstance(self.settings, ProvisionedSettings) and self.settings.is_hidden(name)

    def set(self, name: str, value: Any) -> None:
        if self.settings.get(name) == value or self.fixed(name):
            return
        self.settings.set(name, value)
        self.settings.save()
        self.changed.emit(name)
