"""StoredDevice's collaborators over a small in-memory device: the profile a connect uses, the
roaming rule, the data limit, and a session an earlier run left open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.stored import StoredDevice
from cmgui.store.host import Stores
from cmgui.store.profiles import Auth, IpType, Profile
from cmgui.store.secrets import SecretRegistry, SecretStore
from cmgui.store.stats import UsagePlan
from tests.memory_keyring import MemoryKeyring

IMSI = "262011234567890"


class Roamer(Device):
    """Connects to anything and says whether it roams; remembers what it was asked."""

    kind: ClassVar[str] = "roamer"

    def __init__(self, *, roaming: bool = False, connected: bool = False) -> None:
        super().__init__("roamer:1")
        self.roaming = roaming
        self.connected = connected
        self.asked: list[dict[str, Any]] = []

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "356938035643809"}

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        return {"IMSI": IMSI}

    async def information_get_roaming_status(self) -> t.RoamingStatus:
        return {"roaming": self.roaming}  # type: ignore[typeddict-item]

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        state = "connected" if self.connected else "disconnected"
        return {"connectionState": state}  # type: ignore[typeddict-item]

    async def net_connect_srv_connect_async(self, **kwargs: Any) -> t.ConnectResult:
        self.asked.append(kwargs)
        self.connected = True
        return {"connectionState": "connected"}  # type: ignore[typeddict-item]

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        self.connected = False
        return {}


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Stores]:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    opened = Stores.open(tmp_path, secrets=SecretStore(backend, registry=SecretRegistry()))
    yield opened
    opened.close()


async def add_profile(stores: Stores, *, roaming_allowed: bool, default: bool = False) -> None:
    profile = await stores.profiles.add(Profile(
        "work", apn="internet.work", auth=Auth.CHAP, username="ann", ip_type=IpType.IPV6,
        roaming_allowed=roaming_allowed), password="pw-in-keyring")
    if default:
        await stores.profiles.set_default(profile.id)


async def test_the_default_profile_fills_in_what_the_caller_left_out(stores: Stores) -> None:
    await add_profile(stores, roaming_allowed=False, default=True)
    inner = Roamer()
    device = StoredDevice(inner, stores)
    await device.open()
    try:
        await device.net_connect_srv_connect_async()
        assert inner.asked == [{"profile_name": "", "apn": "internet.work", "user_name": "ann",
                                "password": "pw-in-keyring", "auth_type": "CHAP",
                                "ip_addr_type": "IPv6"}]
        with pytest.raises(CmapiError) as err:  # the session's profile cannot go
            await device.net_connect_srv_mgr_cellular_profile(action="delete",
                                                              profile_name="work")
        assert err.value.code == ErrorCode.PROFILE_IN_USE
        await device.net_connect_srv_disconnect_async()
        [record] = stores.connections.records()
        assert (record.profile, record.imsi, record.ended_at is not None) == ("work", IMSI, True)
        await device.net_connect_srv_connect_async(apn="direct")  # an APN: no profile
        assert inner.asked[-1]["apn"] == "direct" and inner.asked[-1]["user_name"] == ""
    finally:
        await device.close()


async def test_a_profile_without_roaming_refuses_while_roaming(stores: Stores) -> None:
    await add_profile(stores, roaming_allowed=False)
    inner = Roamer(roaming=True)
    device = StoredDevice(inner, stores)
    await device.open()
    try:
        with pytest.raises(CmapiError) as err:
            await device.net_connect_srv_connect_async(profile_name="work")
        assert err.value.code == ErrorCode.CONNECTION_PREVENTS
        assert "roaming" in err.value.data["reason"] and inner.asked == []
    finally:
        await device.close()


async def test_a_used_up_limit_refuses_to_connect(stores: Stores) -> None:
    await stores.connections.set_plan(IMSI, UsagePlan(home_limit=1000, disconnect_at_limit=True))
    record = await stores.connections.start(device="356938035643809", imsi=IMSI)
    await stores.connections.byte_count(record, 600, 600)
    inner = Roamer()
    device = StoredDevice(inner, stores)
    await device.open()  # the earlier run's session is gone: it is ended at its last sample
    try:
        assert stores.connections.current("356938035643809") is None
        with pytest.raises(CmapiError) as err:
            await device.net_connect_srv_connect_async(apn="internet")
        assert err.value.code == ErrorCode.CONNECTION_PREVENTS and inner.asked == []
        assert "data limit" in err.value.data["reason"]
    finally:
        await device.close()


async def test_a_session_still_up_is_adopted_with_its_profile(stores: Stores) -> None:
    record = await stores.connections.start(device="356938035643809", imsi=IMSI,
                                            profile="work")
    device = StoredDevice(Roamer(connected=True), stores)
    await device.open()
    try:
        assert device.sessions.record_id == record
        assert device.usage.in_use() == "work"
    finally:
        await device.close()
    assert stores.connections.current("356938035643809") is not None  # left for a later run
