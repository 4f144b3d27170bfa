"""The vendor's provisioning as the views need it: branding, locks, what the About dialog says.

The views may not reach the service layer, so this is where they learn the product name, the
accent colour and icon, the support link, which profiles are locked and why, and whether the
user may choose a network by hand (:mod:`cmgui.service.provisioning` reads the file).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion

from cmgui.common.version import version
from cmgui.i18n import translate
from cmgui.service.provisioning import NONE, InEffect, Provisioning

PROJECT_URL = "https://github.com/cmgui/cmgui"
LICENCE = "GPL-3.0-or-later"


def set_by_note(vendor: str) -> str:
    """The note beside a setting ``vendor`` fixed: "Set by Acme"."""
    return translate("ProvisioningController", "Set by %1").replace("%1", vendor)


@dataclass(frozen=True)
class AboutFacts:
    """What the About dialog shows."""

    version: str
    licence: str
    qt_version: str
    pyside_version: str
    python_version: str
    project_url: str
    product_name: str = ""
    vendor: str = ""
    support_url: str = ""


class ProvisioningController(QObject):
    """The provisioning in effect (none: every answer is cmgui's own)."""

    def __init__(self, state: InEffect | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else InEffect(NONE, None)

    @property
    def provisioning(self) -> Provisioning:
        return self.state.provisioning

    @property
    def active(self) -> bool:
        return self.provisioning.active

    @property
    def product_name(self) -> str:
        """The name the window shows: the vendor's product, else cmgui."""
        return self.provisioning.product.name or "cmgui"

    @property
    def vendor(self) -> str:
        return self.provisioning.vendor

    @property
    def accent(self) -> str:
        return self.provisioning.product.accent

    @property
    def icon_path(self) -> Path | None:
        return self.provisioning.product.icon

    @property
    def support_url(self) -> str:
        return self.provisioning.product.support_url

    @property
    def default_device(self) -> str:
        return self.provisioning.default_device

    def start_device(self, last: str) -> str:
        """The device to open at start when none is named: the one used last, else the
        vendor's default ("" for neither: discover)."""
        return last or self.default_device

    @property
    def manual_network_selection(self) -> bool:
        return self.provisioning.manual_network_selection

    def problem(self) -> str:
        """Why the vendor's file is not used ("" when it is, or there is none)."""
        if not self.state.problems:
            return ""
        return self.tr("The provisioning file %1 has mistakes and is not used (%2). Check it "
                       "with: cmcli provisioning check").replace(
            "%1", str(self.state.path)).replace("%2", self.state.problems[0])

    def set_by(self) -> str:
        """The note beside what the vendor decided."""
        return set_by_note(self.vendor)

    def profile_locked(self, name: str) -> str:
        """Why the profile ``name`` cannot be edited or deleted ("" when it can)."""
        if name.strip() not in self.provisioning.locked_profiles:
            return ""
        return self.tr("This profile is set by %1 and cannot be edited or deleted.").replace(
            "%1", self.vendor)

    def about(self) -> AboutFacts:
        p = self.provisioning.product
        return AboutFacts(version(), LICENCE, qVersion(), pyside_version,
                          platform.python_version(), PROJECT_URL, p.name, self.vendor,
                          p.support_url)
