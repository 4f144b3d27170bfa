"""The device's battery: ``CMAPI_Information_GetBatteryStatus`` from TS 27.007 ``+CBC``.

``<bcs>``: 0 powered by the battery, 1 connected to a battery but powered from elsewhere
(charging, or full at 100 %), 2 no battery, 3 power fault. A modem without a battery (most USB
sticks: ``+CBC: 2,0``, or no ``+CBC`` at all) answers error 260, "no hardware for this"."""

from __future__ import annotations

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.fields import first_payload, opt_int, split_fields
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from .core import AtDeviceCore


def parse_cbc(result: AtResult) -> t.BatteryStatus:
    """``+CBC: <bcs>,<bcl>`` as a BatteryStatus; error 260 when there is no battery."""
    fields = split_fields(first_payload(result, "+CBC:"))
    bcs = opt_int(fields[0] if fields else None, "bcs")
    level = opt_int(fields[1] if len(fields) > 1 else None, "bcl") or 0
    level = max(0, min(100, level))
    if bcs == 2:
        raise no_battery()
    if bcs == 3:
        return {"batteryState": "powerFault", "batteryLevel": level, "externalPower": False}
    if bcs == 1:
        state: t.BatteryState = "full" if level >= 100 else "charging"
        return {"batteryState": state, "batteryLevel": level, "externalPower": True}
    if bcs == 0:
        return {"batteryState": "discharging", "batteryLevel": level, "externalPower": False}
    return {"batteryState": "unknown", "batteryLevel": level, "externalPower": False}


def no_battery() -> CmapiError:
    return CmapiError(ErrorCode.NO_HARDWARE_SUPPORT,
                      data={"reason": "the device has no battery"})


class BatteryFeatures(AtDeviceCore):
    """CMAPI_Information_GetBatteryStatus (thresholds: cmgui.service.laptop)."""

    async def information_get_battery_status(self) -> t.BatteryStatus:
        self._live_port()
        result = await self.try_run(AtCommand("AT+CBC", response_prefixes=("+CBC:",)))
        if result is None:
            raise no_battery()
        try:
            return parse_cbc(result)
        except ValueError as exc:
            raise CmapiError(ErrorCode.FATAL, data={
                "modem": "AT+CBC", "reason": f"unexpected answer: {exc}"}) from exc
