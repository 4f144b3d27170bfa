"""A modem that ModemManager owns, behind the Device seam (address ``mm:N``).

``N`` is the modem's index in ModemManager (``/org/freedesktop/ModemManager1/Modem/N``, as
``mmcli -m N``). cmgui never opens the ports of such a modem: every call goes to ModemManager
over the system bus. :func:`discover` lists ModemManager's modems; :func:`owned_ports` is the
``mm`` backend's claim on serial ports, which the AT driver's prober leaves alone. Where
NetworkManager manages the modem, the data connection goes through NetworkManager instead
(``nm_broadband``), so the two do not fight.

The feature modules each add one family of CMAPI functions to the core (bus, properties,
signals, errors): :mod:`.mm_simcard`, :mod:`.mm_network`, :mod:`.mm_data`,
:mod:`.mm_rfinfo` (RF information), :mod:`.mm_messaging` (with the sending settings and read
state), :mod:`.mm_ussd`, :mod:`.mm_modes` (permitted bearers), :mod:`.mm_voice` (incoming calls),
:mod:`.mm_laptop` (the laptop-class functions). This module adds identity
and status and composes them.
"""

from __future__ import annotations

from typing import ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import mm_model as m
from .mm_core import parse_address
from .mm_discovery import discover, owned_ports, owned_ports_blocking, ports_of
from .mm_laptop import LaptopFeatures
from .mm_messaging import SmsFeatures
from .mm_modes import ModeFeatures
from .mm_network import NetworkFeatures
from .mm_rfinfo import RfInfoFeatures
from .mm_simcard import SimFeatures
from .mm_ussd import UssdFeatures
from .mm_voice import VoiceFeatures

__all__ = ["MMDevice", "discover", "owned_ports", "owned_ports_blocking", "parse_address",
           "ports_of"]


class MMDevice(SimFeatures, NetworkFeatures, RfInfoFeatures, ModeFeatures, SmsFeatures,
               UssdFeatures, VoiceFeatures, LaptopFeatures):
    """A ModemManager modem. See the module docstring."""

    kind: ClassVar[str] = "mm"

    async def describe(self) -> t.DeviceInfo:
        info = await super().describe()
        try:
            props = await self._modem()
        except CmapiError:
            return info
        state = int(props.get("State", 0))
        info.update({
            "deviceState": int(_device_state(state)),
            "radio": int(t.RadioFlag.GSM | t.RadioFlag.UMTS | t.RadioFlag.LTE),
            "deviceType": int(t.DeviceType.MODEM),
            "description": f"{props.get('Manufacturer', '')} {props.get('Model', '')}".strip(),
            "uniqueIdentifier": str(props.get("EquipmentIdentifier") or self.address),
        })
        return info

    # --- device service -------------------------------------------------------------------

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        return {"manufacturerName": str((await self._modem()).get("Manufacturer", ""))}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        return {"manufacturerModel": str((await self._modem()).get("Model", ""))}

    async def dev_srv_get_device_name(self) -> t.DeviceName:
        props = await self._modem()
        return {"deviceName": f"{props.get('Manufacturer', '')} {props.get('Model', '')}".strip()}

    async def dev_srv_get_product_type(self) -> t.ProductType:
        return {"productType": "cellular modem"}  # as the AT driver names a modem

    async def dev_srv_get_firmware_version(self) -> t.FirmwareVersion:
        return {"firmwareVersion": str((await self._modem()).get("Revision", ""))}

    async def dev_srv_get_hardware_version(self) -> t.HardwareVersion:
        return {"hardwareVersion": str((await self._modem()).get("HardwareRevision", ""))}

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        imei = str((await self._modem()).get("EquipmentIdentifier", ""))
        if not imei:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no IMEI reported"})
        return {"IMEI": imei}

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        numbers = (await self._modem()).get("OwnNumbers", [])
        if not numbers:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no own number known"})
        return {"MSISDN": str(numbers[0])}

    async def dev_srv_get_device_status(self) -> t.DeviceStatus:
        props = await self._modem()
        retries = props.get("UnlockRetries", {})
        reg = await self._registration_state()
        return {
            "deviceState": int(_device_state(int(props.get("State", 0)))),
            "PINState": m.pin_state(props.get("UnlockRequired"),
                                    m.retries(retries, m.ModemLock.SIM_PUK)),
            "radioState": int(props.get("PowerState", 0)) == m.PowerState.ON,
            "registrationState": reg,
        }

    async def information_get_driver_version(self) -> t.DriverVersion:
        version = await self.bus.get(m.BUS_NAME, m.ROOT, m.BUS_NAME, "Version")
        drivers = ", ".join(str(d) for d in (await self._modem()).get("Drivers", []))
        text = f"ModemManager {version}" + (f" ({drivers})" if drivers else "")
        return {"driverVersion": text}


def _device_state(state: int) -> t.DeviceState:
    if state == m.ModemState.LOCKED:
        return t.DeviceState.LOCKED
    if state == m.ModemState.FAILED:
        return t.DeviceState.ERROR
    if state >= m.ModemState.ENABLED:
        return t.DeviceState.READY
    return t.DeviceState.OPENED
