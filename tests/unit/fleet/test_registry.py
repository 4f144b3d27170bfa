"""Account addresses to platform modules: entry points, a third platform, unknown schemes."""

from __future__ import annotations

import pytest

from cmgui.cli.fleet_cmds import builtin_platforms
from cmgui.service.fleet import Fleet, FleetError
from cmgui.service.fleet_accounts import FleetAccount
from cmgui.service.fleet_registry import FLEETS, FleetRegistry, Platform
from tests.unit.fleet.fakes import MemoryFleet


def test_a_third_platform_is_one_registration() -> None:
    registry = FleetRegistry()
    registry._loaded = True  # no entry points: only what is registered here
    made: list[Fleet] = []

    def factory(account: FleetAccount, secret: str) -> Fleet:
        fleet = MemoryFleet([])
        made.append(fleet)
        return fleet

    registry.register(Platform("acme", "ACME IoT", factory,
                               lambda a, s: None if s else "ACME needs a secret"))
    account = FleetAccount("a", "acme+https://iot.acme.example")
    assert account.platform == "acme"
    registry.check(account, "s")
    with pytest.raises(FleetError, match="ACME needs a secret"):
        registry.check(account, "")
    assert registry.create(account, "s") is made[0]
    with pytest.raises(FleetError, match=r"no platform module handles ftp addresses \(known: "
                                         r"acme\+https://…"):
        registry.platform("ftp")


def test_cmo_and_cmp_are_known() -> None:
    builtin_platforms()
    assert {p.name for p in FLEETS.platforms()} >= {"cmo", "cmp"}
    with pytest.raises(FleetError, match="cmo\\+https://HOST"):
        FLEETS.check(FleetAccount("x", "cmo+https://"), "")
