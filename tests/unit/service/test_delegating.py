"""DelegatingDevice: forwarders for what a subclass does not define, with the seam's signatures."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.remote.device import RemoteDevice
from cmgui.service.delegating import DelegatingDevice, forwarded_methods
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.stored import StoredDevice
from cmgui.service.wlan_overlay import WLAN_METHODS, WlanOverlay


class Inner(Device):
    kind = "modem"

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "490154203237518"}

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        return {"msgID": msg_id}  # type: ignore[typeddict-item]


class Loud(DelegatingDevice):
    """Defines one method, counts the forwarded calls, leaves the rest to the base."""

    def __init__(self, inner: Device) -> None:
        super().__init__(inner.address)
        self.inner = inner
        self.forwarded: list[tuple[str, dict[str, Any]]] = []

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "own"}

    async def delegate(self, name: str, kwargs: dict[str, Any]) -> Any:
        self.forwarded.append((name, kwargs))
        return await super().delegate(name, kwargs)


class Louder(Loud):
    """A subclass of a subclass keeps what its bases defined and forwarded."""

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        return {}


async def test_what_a_subclass_does_not_define_goes_through_delegate() -> None:
    device = Loud(Inner("x"))
    assert await device.dev_srv_get_imei() == {"IMEI": "own"}
    assert await device.sms_get(msg_id="SM:1") == {"msgID": "SM:1"}
    assert device.forwarded == [("sms_get", {"msg_id": "SM:1"})]
    with pytest.raises(CmapiError) as err:
        await device.dev_srv_get_imsi()  # the inner device's own "not supported"
    assert err.value.code == ErrorCode.NOT_SUPPORTED
    assert device.supported_functions() == Inner("y").supported_functions()


def test_forwarders_carry_the_seams_signatures() -> None:
    assert forwarded_methods(Loud) == frozenset(SEAM_METHODS) - {"dev_srv_get_imei"}
    for name in forwarded_methods(Loud):
        assert inspect.signature(getattr(Loud, name)) == inspect.signature(getattr(Device, name))
    assert Loud.sms_get.__qualname__ == "Loud.sms_get"
    assert "CMAPI_SMS_Get" in (Loud.sms_get.__doc__ or "")


async def test_a_subclass_of_a_subclass_keeps_its_bases_methods() -> None:
    assert Louder.dev_srv_get_imei is Loud.dev_srv_get_imei
    assert Louder.sms_get is Loud.sms_get
    assert forwarded_methods(Louder) == forwarded_methods(Loud) - {"sms_delete"}
    device = Louder(Inner("x"))
    assert await device.sms_delete(msg_id="SM:1") == {}
    assert device.forwarded == []


def test_the_three_wrappers_use_it() -> None:
    for cls, own in ((StoredDevice, {"net_connect_srv_connect_async"}),
                     (WlanOverlay, {"wlan_is_supported"}), (RemoteDevice, set())):
        assert issubclass(cls, DelegatingDevice)
        forwarded = forwarded_methods(cls)
        assert not own & forwarded
        assert "dev_srv_get_imsi" in forwarded
    assert WLAN_METHODS - {"wlan_is_supported"} <= forwarded_methods(WlanOverlay)
    assert forwarded_methods(RemoteDevice) == frozenset(SEAM_METHODS)
