"""The network interface of a USB modem, found beside its AT port in sysfs.

A USB modem's serial ports and its network device (``wwan0``, ``usb0``, ``enx…``) are interfaces
of one USB device: ``/sys/class/tty/ttyUSB2/device`` is the port's USB interface, its parent the
USB device, and a sibling interface holds ``net/<name>``. Where sysfs does not say (not Linux, a
pty or a socket URL), the answer is "" and nothing is guessed.
"""

from __future__ import annotations

from pathlib import Path

SYSFS = Path("/sys")


def interface_for_port(port: str, sysfs: Path = SYSFS) -> str:
    """The network interface under the same USB device as serial ``port`` (a path such as
    ``/dev/ttyUSB2`` or ``/dev/serial/by-id/…``), or ""."""
    if "://" in port:
        return ""
    try:
        name = Path(port).resolve().name
        usb_interface = (sysfs / "class" / "tty" / name / "device").resolve(strict=True)
    except (OSError, RuntimeError):
        return ""
    # ttyUSBn's device is the USB interface (…/1-1:1.2/ttyUSB2 for usb-serial: go up to it).
    if (usb_interface / "bInterfaceNumber").exists():
        device = usb_interface.parent
    elif (usb_interface.parent / "bInterfaceNumber").exists():
        device = usb_interface.parent.parent
    else:
        return ""
    try:
        names = sorted(net.name for net in device.glob("*/net/*"))
    except OSError:
        return ""
    return names[0] if names else ""
