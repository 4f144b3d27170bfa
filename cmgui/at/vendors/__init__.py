"""Vendor dialects and `select()`, which picks one from +CGMI / +CGMM answers."""

from __future__ import annotations

from cmgui.at.vendors.base import Vendor
from cmgui.at.vendors.fibocom import Fibocom
from cmgui.at.vendors.huawei import Huawei
from cmgui.at.vendors.quectel import Quectel
from cmgui.at.vendors.sierra import Sierra
from cmgui.at.vendors.simcom import Simcom
from cmgui.at.vendors.telit import Telit
from cmgui.at.vendors.ublox import Ublox
from cmgui.at.vendors.zte import Zte

#: Checked in order; manufacturer matches win over model-prefix matches.
VENDORS: tuple[type[Vendor], ...] = (Huawei, Quectel, Sierra, Simcom, Ublox, Telit, Zte, Fibocom)


def select(manufacturer: str, model: str = "") -> Vendor:
    """The dialect for a modem, from its +CGMI and +CGMM answers; generic if unknown."""
    for vendor in VENDORS:
        if vendor.matches(manufacturer, ""):
            return vendor()
    for vendor in VENDORS:
        if vendor.matches("", model):
            return vendor()
    return Vendor()


__all__ = [
    "VENDORS",
    "Fibocom",
    "Huawei",
    "Quectel",
    "Sierra",
    "Simcom",
    "Telit",
    "Ublox",
    "Vendor",
    "Zte",
    "select",
]
