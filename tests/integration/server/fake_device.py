"""A small in-memory Device for testing the endpoint before (and besides) the virtual modem."""

from __future__ import annotations

import asyncio

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error
from cmgui.service.device import Device
from cmgui.service.events import RadioStateChanged, SignalStrengthChanged

PIN = "1234"


class FakeDevice(Device):
    kind = "fake"

    def __init__(self, address: str = "fake:1") -> None:
        super().__init__(address)
        self.pin_attempts = 3
        self.unlocked = False
        self.radio = True
        self.connect_delay = 0.05
        self.calls: list[str] = []

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        return {"manufacturerName": "Fake Ltd ✓"}

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        self.calls.append("imei")
        return {"IMEI": "490154203237518"}

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self.calls.append(f"verify:{pin}")
        if pin != PIN:
            self.pin_attempts -= 1
            raise pin_error(PinErrorKind.WRONG_PIN, 0x63C0 | self.pin_attempts)
        self.unlocked = True
        return {}

    async def information_get_pin_status(self) -> t.PINStatus:
        entry: t.PINStatusEntry = {
            "PINType": "PIN1", "PINState": "ready" if self.unlocked else "PINRequired",
            "enabled": True, "attemptsLeft": self.pin_attempts}
        return {"PINStatusListElements": 1, "PINStatusList": [entry]}

    async def information_get_signal_strength(self) -> t.SignalStrength:
        return {"signalStrength": -71, "signalPercentage": 64, "signalQuality": 3, "bars": 3,
                "RATType": "E_UTRAN"}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        self.radio = radio_state
        self.events.publish(RadioStateChanged(radio_state=radio_state))
        return {}

    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": self.radio}

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        await asyncio.sleep(self.connect_delay)
        if apn != "internet":
            raise CmapiError(ErrorCode.INVALID_APN, data={"apn": apn})
        return {"connectionState": "connected", "APN": apn, "IPAddress": "10.0.0.7"}

    def signal(self, percentage: int) -> None:
        self.events.publish(SignalStrengthChanged(
            signal_strength=-100 + percentage // 2, signal_percentage=percentage,
            signal_quality=2, bars=percentage // 20, rat_type="E_UTRAN"))
