"""Port roles, grouping, what is never probed, and noticing ports come and go."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from cmgui.drivers.at.hotplug import PortWatcher, diff_ports
from cmgui.drivers.at.ports import PortInfo, Role, candidates, group_ports, port_info


def raw(device: str, vid: int | None, pid: int | None, location: str | None,
        serial: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(device=device, description="", vid=vid, pid=pid,
                           serial_number=serial, location=location)


QUECTEL = [port_info(raw(f"/dev/ttyUSB{i}", 0x2C7C, 0x0125, f"1-1.4:1.{i}")) for i in range(4)]
HUAWEI = [port_info(raw(f"/dev/ttyUSB{4 + i}", 0x12D1, 0x1506, f"2-1:1.{i}", "ABC"))
          for i in range(3)]


def test_roles_from_the_interface_number() -> None:
    assert [p.role for p in QUECTEL] == [Role.DIAG, Role.NMEA, Role.AT, Role.MODEM]
    assert [p.role for p in HUAWEI] == [Role.MODEM, Role.DIAG, Role.AT]
    unknown = port_info(raw("/dev/ttyACM0", 0x1234, 0x5678, "3-2:1.0"))
    assert unknown.role is Role.UNKNOWN and unknown.interface == 0


def test_ports_of_one_modem_are_grouped() -> None:
    groups = group_ports([*reversed(QUECTEL), *HUAWEI])
    assert len(groups) == 2
    quectel = groups["loc:1-1.4"]
    assert [p.device for p in quectel] == [f"/dev/ttyUSB{i}" for i in range(4)]
    assert "usb:12d1:1506:ABC" in groups


def test_candidates_skip_diagnostics_held_ports_and_modemmanager() -> None:
    board = port_info(raw("/dev/ttyACM9", 0x2341, 0x0043, "1-3:1.0"))
    chosen = candidates([*QUECTEL, board], held={"/dev/ttyUSB3"}, mm_running=False)
    probe = [c.port.device for c in chosen if c.skip_reason is None]
    assert probe == ["/dev/ttyUSB2"]  # the AT port; the data port is held by someone
    reasons = {c.port.device: c.skip_reason for c in chosen}
    assert reasons["/dev/ttyUSB0"] == "diagnostics port"
    assert reasons["/dev/ttyUSB3"] == "in use by another program"
    assert reasons["/dev/ttyACM9"] is not None
    with_mm = candidates(QUECTEL, held=set(), mm_running=True)
    assert all(c.skip_reason is not None for c in with_mm)


def test_ports_modemmanager_reports_are_left_to_it_and_only_those() -> None:
    chosen = candidates([*QUECTEL, *HUAWEI], held=set(), mm_running=True,
                        mm_owned={"/dev/ttyUSB2", "/dev/ttyUSB3"})
    reasons = {c.port.device: c.skip_reason for c in chosen}
    assert reasons["/dev/ttyUSB2"] == reasons["/dev/ttyUSB3"] == "owned by ModemManager"
    probe = [c.port.device for c in chosen if c.skip_reason is None]
    assert probe and not {"/dev/ttyUSB2", "/dev/ttyUSB3"} & set(probe)


def test_diff_ports() -> None:
    a, b = QUECTEL[2], HUAWEI[2]
    events = diff_ports([a], [b])
    assert [(e.kind, e.port.device) for e in events] == [("removed", a.device),
                                                         ("added", b.device)]
    assert diff_ports([a, b], [b, a]) == []


async def test_watcher_notices_a_new_and_a_removed_port_within_two_seconds() -> None:
    present: list[PortInfo] = [QUECTEL[2]]
    watcher = PortWatcher(lister=lambda: list(present))
    loop = asyncio.get_running_loop()
    async with watcher:
        events = watcher.events()
        start = loop.time()
        present.append(HUAWEI[2])
        added = await asyncio.wait_for(anext(events), 2.0)
        assert added.kind == "added" and added.port == HUAWEI[2]
        present.remove(QUECTEL[2])
        removed = await asyncio.wait_for(anext(events), 2.0)
        assert removed.kind == "removed" and removed.port == QUECTEL[2]
        print(f"\nchanges noticed within {loop.time() - start:.2f} s")
        assert watcher.ports == [HUAWEI[2]]
