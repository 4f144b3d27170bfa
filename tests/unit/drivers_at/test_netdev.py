"""The network interface beside a modem's AT port, read from a sysfs tree laid out as Linux does."""

from __future__ import annotations

from pathlib import Path

from cmgui.drivers.at.netdev import interface_for_port


def _usb_modem(sysfs: Path, *, acm: bool) -> None:
    """One USB modem at 1-1: AT port on interface 2 (usb-serial ttyUSB2 or cdc-acm ttyACM0),
    the network device wwan0 on interface 4."""
    device = sysfs / "devices" / "pci0000:00" / "usb1" / "1-1"
    at_if, net_if = device / "1-1:1.2", device / "1-1:1.4"
    for usb_if in (at_if, net_if):
        usb_if.mkdir(parents=True)
        (usb_if / "bInterfaceNumber").write_text(usb_if.name[-1:])
    (net_if / "net" / "wwan0").mkdir(parents=True)
    tty = sysfs / "class" / "tty"
    tty.mkdir(parents=True)
    if acm:
        (tty / "ttyACM0").mkdir()
        (tty / "ttyACM0" / "device").symlink_to(at_if)
    else:
        (at_if / "ttyUSB2").mkdir()
        (tty / "ttyUSB2").mkdir()
        (tty / "ttyUSB2" / "device").symlink_to(at_if / "ttyUSB2")


def test_usb_serial_port_finds_the_sibling_net_device(tmp_path: Path) -> None:
    _usb_modem(tmp_path, acm=False)
    assert interface_for_port("/dev/ttyUSB2", tmp_path) == "wwan0"


def test_cdc_acm_port_finds_the_sibling_net_device(tmp_path: Path) -> None:
    _usb_modem(tmp_path, acm=True)
    assert interface_for_port("/dev/ttyACM0", tmp_path) == "wwan0"


def test_nothing_guessed_without_sysfs_or_for_urls(tmp_path: Path) -> None:
    assert interface_for_port("/dev/ttyUSB7", tmp_path) == ""
    assert interface_for_port("socket://127.0.0.1:7000", tmp_path) == ""
    (tmp_path / "class" / "tty" / "pts0").mkdir(parents=True)  # a pty: no device link
    assert interface_for_port("/dev/pts/0", tmp_path) == ""
