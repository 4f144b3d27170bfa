"""``AtDevice``: the seam implemented over AT commands for any 27.007 modem.

The feature modules each add one family of CMAPI functions to the core (port actor, start-up,
URC routing, error translation): :mod:`.simcard`, :mod:`.network`, :mod:`.messaging`,
:mod:`.ussd`, :mod:`.data`, :mod:`.contacts`, :mod:`.rfinfo`, and for the laptop class
(Appendix B.2) :mod:`.secondary_pdp`, :mod:`.qos`, :mod:`.battery`, :mod:`.control_keys`,
:mod:`.voice`. This module adds identity and status and composes them.
"""

from __future__ import annotations

from cmgui import __version__ as _cmgui_version
from cmgui.at.commands import identity
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from .battery import BatteryFeatures
from .contacts import ContactFeatures
from .control_keys import ControlKeyFeatures
from .data import DataFeatures
from .messaging import SmsFeatures
from .network import NetworkFeatures
from .qos import QosFeatures
from .rfinfo import RfInfoFeatures
from .secondary_pdp import SecondaryPdpFeatures
from .simcard import SimFeatures
from .ussd import UssdFeatures
from .voice import VoiceFeatures

DRIVER_NAME = "cmgui-at"


class AtDevice(SecondaryPdpFeatures, QosFeatures, BatteryFeatures, ControlKeyFeatures,
               VoiceFeatures, SimFeatures, NetworkFeatures, SmsFeatures, UssdFeatures,
               DataFeatures, ContactFeatures, RfInfoFeatures):
    """A cellular modem on a serial port or pyserial URL, driven with AT commands."""

    kind = "modem"

    # --- identity (read once at start-up; a vanished device still fails the call) -------------

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        self._live_port()
        if not self.manufacturer:
            self.manufacturer = await self.parsed(identity.cgmi(), identity.parse_manufacturer)
        return {"manufacturerName": self.manufacturer}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        self._live_port()
        if not self.model:
            self.model = await self.parsed(identity.cgmm(), identity.parse_model)
        return {"manufacturerModel": self.model}

    async def dev_srv_get_device_name(self) -> t.DeviceName:
        return {"deviceName": self.description()}

    async def dev_srv_get_product_type(self) -> t.ProductType:
        return {"productType": "cellular modem"}

    async def dev_srv_get_firmware_version(self) -> t.FirmwareVersion:
        return {"firmwareVersion": await self.parsed(identity.cgmr(), identity.parse_revision)}

    async def dev_srv_get_hardware_version(self) -> t.HardwareVersion:
        result = await self.try_run(identity.ati())
        if result is not None:
            for line in result.lines:
                key, sep, value = line.partition(":")
                if sep and key.strip().lower() in ("hardware", "hardware version", "hw version"):
                    return {"hardwareVersion": value.strip()}
        raise CmapiError(ErrorCode.INFO_DATA_NOT_PRESENT,
                         data={"reason": "the modem does not report a hardware version"})

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        self._live_port()
        if not self.imei:
            self.imei = await self.parsed(identity.cgsn(), identity.parse_imei)
        return {"IMEI": self.imei}

    async def information_get_driver_version(self) -> t.DriverVersion:
        return {"driverVersion": f"{DRIVER_NAME} {_cmgui_version} ({self.vendor.name})"}

    async def dev_srv_get_device_status(self) -> t.DeviceStatus:
        code = await self.pin_code()
        pin_state = self._state(code)
        radio = (await self.information_get_radio_state())["radioState"]
        registration = (await self.information_get_cs_network_registration())[
            "registrationState"]
        state = t.DeviceState.READY if pin_state == "ready" else t.DeviceState.LOCKED
        return {"deviceState": int(state), "PINState": pin_state, "radioState": radio,
                "registrationState": registration}

    async def describe(self) -> t.DeviceInfo:
        radio = t.RadioFlag.GSM | t.RadioFlag.UMTS | t.RadioFlag.LTE
        if "5G" in self.model.upper() or self.vendor.name in ("quectel",):
            radio |= t.RadioFlag.NR
        connected = False
        if self._port is not None and not self._port.closed:
            try:
                connected = await self._context_active()
            except CmapiError:
                connected = False
        state = t.DeviceState.REMOVED if self._gone else (
            t.DeviceState.OPENED if self._port is not None else t.DeviceState.PRESENT)
        return {
            "deviceId": "",
            "deviceState": int(state),
            "radio": int(radio),
            "deviceCapability": 0,
            "connectionType": 1 if connected else 0,
            "deviceType": int(t.DeviceType.MODEM),
            "description": self.description(),
            "uniqueIdentifier": self.imei or self.address,
            "address": self.address,
        }
