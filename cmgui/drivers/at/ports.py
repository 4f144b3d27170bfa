"""Serial port enumeration: which ports exist, which modem they belong to and what each is for.

A USB modem shows several serial interfaces: AT command ports, a diagnostics port (Qualcomm
DM/QCDM: sending AT there can upset the firmware), an NMEA (GPS) port and a data (PPP) port that
also speaks AT. :data:`KNOWN_MODEMS` maps VID:PID to the roles of its interface numbers, from the
vendors' documentation and the Linux ``option`` driver tables; it orders and filters probing
(AT ports first, diagnostics and NMEA never) but probing decides. Ports of one physical modem are
grouped by USB serial number, or by the USB path without the interface part.

Ports we must not touch: those another program holds open (found via ``/proc/*/fd`` on Linux),
and, while ModemManager runs (detected by its process; a D-Bus query can replace this later),
the ports of USB modems it would own, so we never fight it for a port.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Role(Enum):
    AT = "AT"
    MODEM = "modem"  # PPP data port; answers AT too
    DIAG = "diagnostics"
    NMEA = "NMEA"
    UNKNOWN = "unknown"


_A, _M, _D, _N = Role.AT, Role.MODEM, Role.DIAG, Role.NMEA


@dataclass(frozen=True)
class ModemModel:
    vendor: str
    name: str
    #: USB interface number -> role; interfaces not listed are unknown.
    interfaces: dict[int, Role] = field(default_factory=dict)


#: (VID, PID) -> model and interface roles.
KNOWN_MODEMS: dict[tuple[int, int], ModemModel] = {
    # Huawei (stick / "modem" mode): 0 modem, 1 diagnostics, 2 PCUI (AT)
    (0x12D1, 0x1001): ModemModel("Huawei", "E169/E620/E800", {0: _M, 1: _D, 2: _A}),
    (0x12D1, 0x1003): ModemModel("Huawei", "E220/E270", {0: _M, 1: _A}),
    (0x12D1, 0x1436): ModemModel("Huawei", "E173/E1750", {0: _M, 1: _D, 2: _A, 4: _A}),
    (0x12D1, 0x1506): ModemModel("Huawei", "E3372/E3276/E398", {0: _M, 1: _D, 2: _A}),
    (0x12D1, 0x14AC): ModemModel("Huawei", "E1820/E182E", {0: _M, 1: _D, 4: _A}),
    (0x12D1, 0x1573): ModemModel("Huawei", "ME909u", {0: _M, 1: _D, 2: _A, 4: _N}),
    (0x12D1, 0x15C1): ModemModel("Huawei", "ME906s/ME909s", {0: _M, 1: _D, 2: _A, 4: _N}),
    # Quectel: 0 DM, 1 NMEA, 2 AT, 3 modem (AT), 4 network
    (0x2C7C, 0x0121): ModemModel("Quectel", "EC21", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0125): ModemModel("Quectel", "EC25", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0191): ModemModel("Quectel", "EG91", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0195): ModemModel("Quectel", "EG95", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0296): ModemModel("Quectel", "BG96", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0306): ModemModel("Quectel", "EP06/EG06/EM06", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0512): ModemModel("Quectel", "EG12/EM12/EG18", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0620): ModemModel("Quectel", "EM160R/EG20", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0800): ModemModel("Quectel", "RM500Q/RM502Q", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x2C7C, 0x0801): ModemModel("Quectel", "RM520N", {0: _D, 1: _N, 2: _A, 3: _M}),
    # Sierra Wireless (QMI composition): 0 DM, 2 NMEA, 3 AT
    (0x1199, 0x68C0): ModemModel("Sierra Wireless", "MC7304/MC7354", {0: _D, 2: _N, 3: _A}),
    (0x1199, 0x9071): ModemModel("Sierra Wireless", "EM7455/MC7455", {0: _D, 2: _N, 3: _A}),
    (0x1199, 0x9079): ModemModel("Sierra Wireless", "EM7455", {0: _D, 2: _N, 3: _A}),
    (0x1199, 0x9091): ModemModel("Sierra Wireless", "EM7511/EM7565", {0: _D, 2: _N, 3: _A}),
    # SIMCom: 0 diag, 1 NMEA, 2 AT, 3 modem
    (0x1E0E, 0x9001): ModemModel("SIMCom", "SIM7600/SIM7000", {0: _D, 1: _N, 2: _A, 3: _M}),
    (0x1E0E, 0x9011): ModemModel("SIMCom", "SIM7600 (RNDIS)", {2: _D, 3: _N, 4: _A, 5: _M}),
    (0x1E0E, 0x9205): ModemModel("SIMCom", "SIM7070/SIM7080", {0: _D, 1: _N, 2: _A, 3: _M}),
    # u-blox (CDC-ACM: every port speaks AT)
    (0x1546, 0x1102): ModemModel("u-blox", "LISA-U2", {0: _A, 2: _A, 4: _A}),
    (0x1546, 0x1141): ModemModel("u-blox", "SARA-U2/LISA-U2", {0: _A, 2: _A, 4: _A}),
    (0x1546, 0x1146): ModemModel("u-blox", "TOBY-L2/MPCI-L2", {2: _A, 4: _A}),
    (0x1546, 0x1201): ModemModel("u-blox", "TOBY-L4", {0: _A, 2: _A}),
    # Telit: 0 diag, 1 NMEA, 2 modem, 3 AT (aux)
    (0x1BC7, 0x1201): ModemModel("Telit", "LE910C1/LE910C4", {0: _D, 1: _N, 2: _M, 3: _A}),
    (0x1BC7, 0x1031): ModemModel("Telit", "LE910/LE920", {0: _D, 1: _N, 2: _M, 3: _A}),
    (0x1BC7, 0x1070): ModemModel("Telit", "FN980", {0: _D, 1: _N, 2: _M, 3: _A}),
    # ZTE: 0 diag, 1 AT (PCUI), 2 modem
    (0x19D2, 0x0031): ModemModel("ZTE", "MF626/MF636", {0: _D, 1: _A, 3: _M}),
    (0x19D2, 0x0117): ModemModel("ZTE", "MF190", {0: _D, 1: _A, 2: _M}),
    (0x19D2, 0x1405): ModemModel("ZTE", "MF667/MF823 (serial)", {0: _D, 1: _A, 2: _M}),
    # Fibocom: AT on the ACM/option ports
    (0x2CB7, 0x0104): ModemModel("Fibocom", "FM150/FG150", {0: _D, 1: _A, 2: _A}),
    (0x2CB7, 0x0A05): ModemModel("Fibocom", "FM160", {0: _D, 1: _A, 2: _A}),
    (0x1508, 0x1001): ModemModel("Fibocom", "L850-GL/NL668", {0: _A, 2: _A}),
}

#: USB vendors whose serial ports are never modems (microcontroller boards reset on open).
NEVER_MODEMS = frozenset({0x2341, 0x2A03, 0x303A, 0x2E8A, 0x239A})

_INTERFACE = re.compile(r":\d+\.(\d+)$")


@dataclass(frozen=True)
class PortInfo:
    """One serial port as enumerated, with what we know about its USB device."""

    device: str
    description: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    location: str | None = None
    interface: int | None = None

    @property
    def model(self) -> ModemModel | None:
        if self.vid is None or self.pid is None:
            return None
        return KNOWN_MODEMS.get((self.vid, self.pid))

    @property
    def role(self) -> Role:
        model = self.model
        if model is None or self.interface is None:
            return Role.UNKNOWN
        return model.interfaces.get(self.interface, Role.UNKNOWN)

    @property
    def group(self) -> str:
        """What identifies the physical device this port belongs to."""
        if self.vid is not None and self.serial_number:
            return f"usb:{self.vid:04x}:{self.pid or 0:04x}:{self.serial_number}"
        if self.location:
            return "loc:" + self.location.split(":", 1)[0]
        return "port:" + self.device


def port_info(raw: Any) -> PortInfo:
    """A :class:`PortInfo` from a ``serial.tools.list_ports`` entry."""
    location = getattr(raw, "location", None)
    interface = None
    if location:
        match = _INTERFACE.search(location)
        if match:
            interface = int(match.group(1))
    return PortInfo(device=raw.device, description=raw.description or "", vid=raw.vid,
                    pid=raw.pid, serial_number=raw.serial_number, location=location,
                    interface=interface)


def list_ports() -> list[PortInfo]:
    """Every serial port of the machine."""
    from serial.tools import list_ports as lp

    return [port_info(p) for p in lp.comports()]


def group_ports(ports: Iterable[PortInfo]) -> dict[str, list[PortInfo]]:
    """Ports of the same physical device together, each group in interface order."""
    groups: dict[str, list[PortInfo]] = {}
    for port in ports:
        groups.setdefault(port.group, []).append(port)
    for members in groups.values():
        members.sort(key=lambda p: (p.interface if p.interface is not None else 99, p.device))
    return groups


def modemmanager_running() -> bool:
    """True when a ModemManager process exists (Linux ``/proc``)."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError), open(
                    f"/proc/{entry.name}/comm", encoding="utf-8") as comm:
                if comm.read().strip() == "ModemManager":
                    return True
    return False


def ports_held_open() -> set[str]:
    """Device paths some process (that we may inspect) has open, from ``/proc/*/fd``."""
    held: set[str] = set()
    if not sys.platform.startswith("linux"):
        return held
    own = str(os.getpid())
    with contextlib.suppress(OSError):
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit() or entry.name == own:
                continue
            fd_dir = f"/proc/{entry.name}/fd"
            with contextlib.suppress(OSError):
                for fd in os.scandir(fd_dir):
                    with contextlib.suppress(OSError):
                        target = os.readlink(fd.path)
                        if target.startswith("/dev/"):
                            held.add(target)
    return held


@dataclass(frozen=True)
class Candidate:
    port: PortInfo
    skip_reason: str | None = None


def candidates(ports: Iterable[PortInfo], *, held: set[str] | None = None,
               mm_running: bool | None = None,
               mm_owned: set[str] | None = None) -> list[Candidate]:
    """Ports worth probing (AT and data ports first), and the ones skipped with the reason.

    ``mm_owned`` is the set of ports ModemManager reports over D-Bus; when it is known, exactly
    those are left to ModemManager. Without it, every port of a known modem is left alone while a
    ModemManager process exists (``mm_running``), since we cannot tell which ones it took.
    """
    held = ports_held_open() if held is None else held
    mm = False
    if mm_owned is None:
        mm = modemmanager_running() if mm_running is None else mm_running
    out: list[Candidate] = []
    for port in ports:
        real = os.path.realpath(port.device) if port.device.startswith("/dev/") else port.device
        reason = None
        if port.role in (Role.DIAG, Role.NMEA):
            reason = f"{port.role.value} port"
        elif port.vid in NEVER_MODEMS:
            reason = "not a modem (microcontroller board)"
        elif real in held or port.device in held:
            reason = "in use by another program"
        elif _left_to_modemmanager(port, real, mm, mm_owned):
            reason = "owned by ModemManager"
        elif port.vid is None and not _looks_like_modem_port(port.device):
            reason = "not a USB serial port"
        out.append(Candidate(port, reason))
    rank = {Role.AT: 0, Role.MODEM: 1, Role.UNKNOWN: 2, Role.DIAG: 3, Role.NMEA: 3}
    out.sort(key=lambda c: (c.skip_reason is not None, rank[c.port.role], c.port.device))
    return out


def _left_to_modemmanager(port: PortInfo, real: str, mm_running: bool,
                          mm_owned: set[str] | None) -> bool:
    if mm_owned is not None:
        return real in mm_owned or port.device in mm_owned
    return mm_running and port.model is not None


def _looks_like_modem_port(device: str) -> bool:
    name = os.path.basename(device)
    return name.startswith(("ttyUSB", "ttyACM", "rfcomm", "cu.usb", "COM"))
