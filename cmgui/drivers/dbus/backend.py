"""Registration of the D-Bus backends with the device registry (``cmgui.backends`` entry points).

``mm`` handles ``mm:N`` addresses (modems ModemManager owns) and lists them in discovery;
``nm-wlan`` handles ``wlan`` / ``wlan:local`` (the computer's own Wi-Fi through NetworkManager).
"""

from __future__ import annotations

from cmgui.service.registry import Backend, Registry


def register_mm(registry: Registry) -> None:
    from .mm import MMDevice, discover

    registry.register(Backend(name="mm", factory=MMDevice, schemes=("mm",), discover=discover,
                              priority=10))


def register_nm_wlan(registry: Registry) -> None:
    from .nm_wlan import LocalWlan

    registry.register(Backend(name="nm-wlan", factory=LocalWlan, schemes=("wlan",)))
