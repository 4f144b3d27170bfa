"""Moved to :mod:`cmgui.service.wlan_overlay` (it depends only on the seam); kept for imports."""
from cmgui.service.wlan_overlay import WLAN_METHODS, WlanOverlay

__all__ = ["WLAN_METHODS", "WlanOverlay"]
