"""StoredDevice on the real virtual modem (AT over a pseudo-terminal) with real SQLite stores."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from cmgui.service.dispatcher import Dispatcher, Session
from cmgui.service.events import (
    SessionStateChanged,
    SMSMessage,
    SMSStorageFull,
    UsageThresholdCrossed,
)
from cmgui.service.stored import StoredDevice
from cmgui.store.host import Stores
from cmgui.store.stats import UsagePlan
from tests.integration.at.waiting import eventually, until

from .conftest import model_of, next_of

LONG = "A long message that needs more than one part. " * 5


async def test_messages_are_archived_before_anyone_sees_them(
        device: StoredDevice, stores: Stores) -> None:
    stream = device.subscribe()
    model_of(device).inject_sms("+4915112345678", "first of all")
    event = await next_of(stream, SMSMessage)
    # Checked before yielding to the loop again: the archive already holds it.
    found = stores.archive.search("first").messages
    assert [m.text for m in found] == ["first of all"] and event.text == "first of all"

    model_of(device).inject_sms("+4915112345678", LONG)
    event = await next_of(stream, SMSMessage, where=lambda e: len(e.text) > 100)
    long = [m for m in stores.archive.page().messages if m.text == LONG]
    assert len(long) == 1 and long[0].complete and long[0].concat_total > 1


async def test_sms_get_archives_and_sms_delete_archives_first(
        device: StoredDevice, stores: Stores) -> None:
    model = model_of(device)
    stream = device.subscribe()
    model.inject_sms("+15550111", "keep me")
    await next_of(stream, SMSMessage)  # received, read and archived
    ids = (await device.sms_get_id_list(storage="SM"))["SMSIDList"]
    assert ids
    await device.sms_delete(msg_id=ids[0])
    assert stores.archive.search("keep").messages  # still here after the device lost it
    assert not stores.archive.parts_on_device(storage="SM")
    assert model.storage("SM").used == 0


async def test_drafts_and_sent_messages_are_kept(device: StoredDevice, stores: Stores) -> None:
    draft = await device.sms_create(address="+15550123", text="not yet")
    assert draft["msgID"].startswith("draft:")
    result = await device.sms_send(address="+15550124", text="sent one")
    assert result["segments"] == 1
    folders = {m.text: (m.folder, m.delivery_status) for m in stores.archive.page().messages}
    assert folders["not yet"] == ("draft", "none")
    assert folders["sent one"] == ("sent", "sent")


async def test_profiles_are_served_through_the_dispatcher_by_cmapi_name(
        device: StoredDevice, stores: Stores) -> None:
    dispatcher = Dispatcher({"1": device})
    session = Session()

    async def call(method: str, **params: Any) -> Any:
        return await dispatcher.call(session, method, {"deviceId": "1", **params})

    functions = (await call("CMAPI_API_GetFunctionsSupported"))["functions"]
    for name in ("CMAPI_NetConnectSrv_MgrCellularProfile", "CMAPI_NetCon_SetDefaultProfile",
                 "CMAPI_NetStatistic_GetAllConnectionRecords", "CMAPI_SMS_Create",
                 "CMAPI_DevSrv_GetIMEI"):
        assert name in functions
    await call("CMAPI_NetConnectSrv_MgrCellularProfile", action="add", profileName="work",
               APN="internet.work", userName="bob", password="s3cret-pass", authType="CHAP",
               primaryDNS="10.0.0.1", roamingAllowed=False)
    got = await call("CMAPI_NetConnectSrv_GetCellularProfile", profileName="work")
    assert got == {"profileName": "work", "APN": "internet.work", "userName": "bob",
                   "authType": "CHAP", "IPAddrType": "IPv4", "primaryDNS": "10.0.0.1",
                   "secondaryDNS": "", "roamingAllowed": False, "hasPassword": True,
                   "isDefault": False}
    profile = stores.profiles.by_name("work")
    assert profile is not None and profile.id is not None
    assert await stores.profiles.password(profile.id) == "s3cret-pass"

    await call("CMAPI_NetConnectSrv_MgrCellularProfile", action="update", profileName="work",
               APN="other.apn")
    await call("CMAPI_NetCon_SetDefaultProfile", profileName="work")
    listed = await call("CMAPI_NetConnectSrv_GetCellularProfileList")
    assert listed["cellularProfileListElements"] == 1
    entry = listed["cellularProfileList"][0]
    assert (entry["APN"], entry["userName"], entry["isDefault"]) == ("other.apn", "bob", True)

    with pytest.raises(CmapiError) as info:
        await call("CMAPI_NetConnectSrv_MgrCellularProfile", action="add", profileName="work")
    assert info.value.code == ErrorCode.PROFILE_EXISTS
    with pytest.raises(CmapiError) as info:
        await call("CMAPI_NetConnectSrv_MgrCellularProfile", action="add", profileName="x",
                   APN="not an apn!")
    assert info.value.code == ErrorCode.INVALID_APN
    await call("CMAPI_NetConnectSrv_MgrCellularProfile", action="delete", profileName="work")
    with pytest.raises(CmapiError) as info:
        await call("CMAPI_NetConnectSrv_GetCellularProfile", profileName="work")
    assert info.value.code == ErrorCode.PROFILE_NOT_FOUND
    assert await stores.secrets.aget(f"profile:{profile.id}:password") is None

    await call("CMAPI_NetCon_SetAutoConnectMode", autoConnect=True)
    assert (await call("CMAPI_NetCon_GetAutoConnectMode")) == {"autoConnect": True}


async def test_connect_by_profile_and_the_connection_record(
        device: StoredDevice, stores: Stores, monkeypatch: pytest.MonkeyPatch) -> None:
    await device.net_connect_srv_mgr_cellular_profile(
        action="add", profile_name="home", apn="internet", user_name="ann",
        password="pw-from-keyring", auth_type="PAP")
    seen: dict[str, Any] = {}
    real = device.inner.net_connect_srv_connect_async

    async def spy(**kwargs: Any) -> Any:
        seen.update(kwargs)
        # The virtual modem has no AT+CGAUTH yet: connect it without the credentials.
        return await real(**{**kwargs, "user_name": "", "password": "", "auth_type": "none"})

    monkeypatch.setattr(device.inner, "net_connect_srv_connect_async", spy)
    dispatcher = Dispatcher({"1": device})
    session = Session()
    await dispatcher.call(session, "CMAPI_NetConnectSrv_Connect_Async",
                          {"deviceId": "1", "profileName": "home"})
    assert (seen["apn"], seen["user_name"], seen["password"], seen["auth_type"]) == (
        "internet", "ann", "pw-from-keyring", "PAP")

    async def counted() -> Any:  # the virtual modem counts traffic every second
        live = await dispatcher.call(session, "CMAPI_NetStatistic_GetConnectionStatistics",
                                     {"deviceId": "1"})
        return live if live["bytesSent"] and live["bytesReceived"] else None

    live = await eventually(counted, 10, "traffic counted")
    assert live["bytesReceived"] > 0
    await dispatcher.call(session, "CMAPI_NetConnectSrv_Disconnect_Async", {"deviceId": "1"})
    records = await dispatcher.call(session, "CMAPI_NetStatistic_GetAllConnectionRecords",
                                    {"deviceId": "1"})
    assert records["connectionRecordListElements"] == 1
    rec = records["connectionRecordList"][0]
    assert rec["bytesSent"] > 0 and rec["bytesReceived"] >= live["bytesReceived"]
    assert rec["peakRateDL"] > 0 and rec["profileName"] == "home" and "endTime" in rec
    assert rec["IMSI"] == (await device.dev_srv_get_imsi())["IMSI"]
    await dispatcher.call(session, "CMAPI_NetStatistic_DeleteConnectionRecord",
                          {"deviceId": "1", "index": rec["index"]})
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_NetStatistic_DeleteConnectionRecord",
                              {"deviceId": "1", "index": rec["index"]})
    assert info.value.code == ErrorCode.NO_SUCH_RECORD


async def test_thresholds_fire_once_and_the_limit_disconnects(
        device: StoredDevice, stores: Stores) -> None:
    imsi = (await device.dev_srv_get_imsi())["IMSI"]
    await stores.connections.set_plan(imsi, UsagePlan(
        billing_day=1, home_limit=60_000, thresholds=(50, 100), disconnect_at_limit=True))
    stream = device.subscribe()
    await device.net_connect_srv_connect_async(apn="internet")
    crossings: list[UsageThresholdCrossed] = []

    async def until_disconnected() -> None:
        while True:
            event = await stream.get()
            if isinstance(event, UsageThresholdCrossed):
                crossings.append(event)
            if isinstance(event, SessionStateChanged) and \
                    event.connection_state == "disconnected":
                return

    await asyncio.wait_for(until_disconnected(), 10)
    assert [(c.threshold, c.disconnecting) for c in crossings] == [(50, False), (100, True)]
    assert (await device.net_con_get_connection_status())["connectionState"] == "disconnected"
    assert stores.connections.current(device.sessions.device) is None
    with pytest.raises(CmapiError) as info:  # the limit is used up for this period
        await device.net_connect_srv_connect_async(apn="internet")
    assert "data limit" in info.value.data["reason"]


async def test_a_full_sim_store_says_how_to_free_it(stores: Stores) -> None:
    device = StoredDevice(VirtualAtDevice("virtual", pin_enabled=False, sm_capacity=3), stores)
    await device.open()
    try:
        stream = device.subscribe()
        model = model_of(device)
        await until(lambda: model.registered, 10, "registration")
        for n in range(3):
            model.inject_sms("+15550100", f"message {n}")
        full = await next_of(stream, SMSStorageFull)
        assert (full.storage, full.used, full.total) == ("SM", 3, 3)
        assert "sms sync --delete-from-device" in full.message
        # The notice may come before the last message's archive write has finished; every
        # message is archived on receipt all the same.
        await until(lambda: stores.archive.count() == 3, 10, "three messages archived")
        summary = await device.sync_sms()
        assert summary.full == ["SM"] and summary.new == 0 and summary.duplicates == 3
        summary = await device.sync_sms(delete=True)
        assert summary.deleted == 3 and model.storage("SM").used == 0
        assert stores.archive.count() == 3
    finally:
        await device.close()


async def test_sync_is_idempotent(device: StoredDevice, stores: Stores) -> None:
    model = model_of(device)
    stream = device.subscribe()
    for n in range(4):
        model.inject_sms("+15550155", f"sync me {n}")
    model.inject_sms("+15550156", LONG)
    for _ in range(5):  # every message, the long one whole, received and archived
        await next_of(stream, SMSMessage)
    first = await device.sync_sms()
    again = await device.sync_sms()
    assert first.listed == again.listed == model.storage("SM").used
    assert again.new == 0 and again.duplicates == again.listed
    done = await device.sync_sms(delete=True)
    assert done.deleted == done.listed and model.storage("SM").used == 0
    texts = sorted(m.text for m in stores.archive.page().messages)
    assert texts == sorted([f"sync me {n}" for n in range(4)] + [LONG])
