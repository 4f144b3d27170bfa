"""Registration of the D-Bus backends with the device registry (``cmgui.backends`` entry points).

``mm`` handles ``mm:N`` addresses (modems ModemManager owns), lists them in discovery and claims
their serial ports (the AT prober leaves those alone);
``nm-wlan`` handles ``wlan`` / ``wlan:local`` (the computer's own Wi-Fi through NetworkManager).
"""

from __future__ import annotations

from cmgui.service.registry import Backend, Registry


def register_mm(registry: Registry) -> None:
    """``claimed_ports`` tells the AT driver which serial ports ModemManager holds."""
    from .mm import MMDevice, discover, owned_ports

    registry.register(Backend(name="mm", factory=MMDevice, schemes=("mm",), discover=discover,
                              priority=10, claimed_ports=owned_ports))


def register_nm_wlan(registry: Registry) -> None:
    from .nm_laptop import LaptopWlan

    registry.register(Backend(name="nm-wlan", factory=LaptopWlan, schemes=("wlan",)))
