"""StoredDevice over a small in-memory device: delegation, supported functions, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.events import SMSStorageFull
from cmgui.service.stored import OWN_FUNCTIONS, StoredDevice
from cmgui.store.host import Stores
from cmgui.store.secrets import SecretRegistry, SecretStore
from tests.memory_keyring import MemoryKeyring


class Little(Device):
    kind: ClassVar[str] = "little"

    def __init__(self) -> None:
        super().__init__("little:1")
        self.full = False

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "356938035643809"}

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        return {"IMSI": "262011234567890"}

    async def sms_send(self, *, address: str, text: str, delivery_report: bool = False,
                       validity_period: int | None = None,
                       sms_class: int | None = None) -> t.SMSSendResult:
        if self.full:
            raise CmapiError(ErrorCode.SMS_DEVICE_ERROR, data={"cms": 322, "reason": "full"})
        return {"messageReferences": [7], "segments": 1}


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Stores]:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    opened = Stores.open(tmp_path, secrets=SecretStore(registry=SecretRegistry()))
    yield opened
    opened.close()
    keyring.set_keyring(previous)


async def test_delegates_and_reports_inner_plus_its_own(stores: Stores) -> None:
    inner = Little()
    device = StoredDevice(inner, stores)
    await device.open()
    try:
        assert (device.kind, device.address) == ("little", "little:1")
        assert (await device.dev_srv_get_imei())["IMEI"] == "356938035643809"
        assert device.supported_functions() == inner.supported_functions() | OWN_FUNCTIONS
        assert "sms_get" not in device.supported_functions()
        with pytest.raises(CmapiError) as info:
            await device.sms_get(msg_id="SM:1")
        assert info.value.code == ErrorCode.NOT_SUPPORTED
        with pytest.raises(CmapiError) as info:
            await device.network_get_rf_info()
        assert info.value.code == ErrorCode.NOT_SUPPORTED
    finally:
        await device.close()


async def test_a_full_store_error_says_how_to_free_it(stores: Stores) -> None:
    inner = Little()
    device = StoredDevice(inner, stores)
    await device.open()
    stream = device.subscribe()
    try:
        inner.full = True
        with pytest.raises(CmapiError) as info:
            await device.sms_send(address="+15550100", text="hello")
        assert "sms sync --delete-from-device" in info.value.message
        assert info.value.code == ErrorCode.SMS_DEVICE_ERROR
        event = await stream.get()
        assert isinstance(event, SMSStorageFull)
        inner.full = False
        await device.sms_send(address="+15550100", text="hello again")
        kept = sorted((m.text, m.delivery_status) for m in stores.archive.page().messages)
        assert kept == [("hello", "failed"), ("hello again", "sent")]
    finally:
        await device.close()


async def test_statistics_without_any_session_come_from_the_device(stores: Stores) -> None:
    device = StoredDevice(Little(), stores)
    await device.open()
    try:
        with pytest.raises(CmapiError) as info:
            await device.net_statistic_get_connection_statistics()
        assert info.value.code == ErrorCode.NOT_SUPPORTED
        records = await device.net_statistic_get_all_connection_records()
        assert records == {"connectionRecordListElements": 0, "connectionRecordList": []}
    finally:
        await device.close()
