"""Control keys: the ME personalisations of TS 22.022 (``+CLCK "PN"/"PU"/"PP"/"PC"``).

``CMAPI_DevSrv_GetControlKeyStatus`` reads whether a personalisation is active and, from
``+CPINR``, the attempts left at its key; ``DeactivateControlKey`` sends the key once, as given
(``+CLCK=<fac>,0,<key>``); a blocked personalisation is unblocked with its unblocking key when
the device asks for it (``+CPIN?`` answers ``PH-NET PUK``…). Like PINs, keys are never retried
and never logged. The 3GPP2 categories are error 528 here.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.engine import AtCommand
from cmgui.at.fields import opt_int, split_fields
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from .core import AtDeviceCore
from .errors import at_failure

#: CME error "incorrect password".
_CME_INCORRECT_PASSWORD = 16


@dataclass(frozen=True)
class Facility:
    clck: str  # +CLCK facility
    code: str  # +CPIN / +CPINR code, without " PIN"/" PUK"


FACILITIES: dict[str, Facility] = {
    "network": Facility("PN", "PH-NET"),
    "networkSubset": Facility("PU", "PH-NETSUB"),
    "serviceProvider": Facility("PP", "PH-SP"),
    "corporate": Facility("PC", "PH-CORP"),
}


def facility(control_key: str) -> Facility:
    found = FACILITIES.get(control_key)
    if found is None:
        raise CmapiError(ErrorCode.CONTROL_KEY_NOT_SUPPORTED, data={
            "controlKey": control_key, "reason": "a 3GPP2 personalisation; this is a 3GPP device"})
    return found


def _check_key(key: str) -> None:
    if not key or not key.isascii() or not key.isprintable() or '"' in key or len(key) > 16:
        raise CmapiError(ErrorCode.INVALID_CONTROL_KEY,
                         data={"reason": "a control key is up to 16 printable characters"})


class ControlKeyFeatures(AtDeviceCore):
    """CMAPI_DevSrv_GetControlKeyStatus, DeactivateControlKey, UnblockControlKey."""

    async def _attempts(self, code: str) -> int | None:
        result = await self.try_run(AtCommand(f'AT+CPINR="{code}"',
                                              response_prefixes=("+CPINR:",)))
        if result is None:
            return None
        for payload in result.prefixed("+CPINR:"):
            fields = split_fields(payload)
            if len(fields) > 1 and fields[0].text.upper() == code:
                try:
                    return opt_int(fields[1], "retries")
                except ValueError:
                    return None
        return None

    async def _waiting_for(self) -> str:
        result = await self.try_run(AtCommand("AT+CPIN?", response_prefixes=("+CPIN:",)))
        lines = result.prefixed("+CPIN:") if result is not None else []
        return lines[0].strip().strip('"').upper() if lines else ""

    async def dev_srv_get_control_key_status(
        self, *, control_key: t.ControlKey
    ) -> t.ControlKeyStatus:
        fac = facility(control_key)
        self._live_port()
        result = await self.try_run(AtCommand(f'AT+CLCK="{fac.clck}",2',
                                              response_prefixes=("+CLCK:",)))
        if result is None:
            raise CmapiError(ErrorCode.CONTROL_KEY_NOT_SUPPORTED, data={
                "controlKey": control_key, "reason": "the modem has no such personalisation"})
        statuses = [split_fields(p) for p in result.prefixed("+CLCK:")]
        active = any(fields and fields[0].text == "1" for fields in statuses)
        blocked = await self._waiting_for() == f"{fac.code} PUK"
        status: t.ControlKeyStatus = {"controlKey": control_key, "active": active,
                                      "blocked": blocked}
        attempts = await self._attempts(f"{fac.code} PIN")
        if attempts is not None:
            status["attemptsLeft"] = attempts
            status["blocked"] = blocked or attempts == 0
        return status

    async def _wrong_key(self, control_key: t.ControlKey, code: str) -> CmapiError:
        data: dict[str, object] = {"controlKey": control_key, "reason": "wrong control key"}
        attempts = await self._attempts(code)
        if attempts is not None:
            data["attemptsLeft"] = attempts
        return CmapiError(ErrorCode.INVALID_CONTROL_KEY, data=data)

    async def dev_srv_deactivate_control_key(
        self, *, control_key: t.ControlKey, key: str
    ) -> t.ControlKeyStatus:
        fac = facility(control_key)
        _check_key(key)
        result = await self._exchange(
            AtCommand(f'AT+CLCK="{fac.clck}",0,"{key}"', secret=True), None, "general")
        if not result.ok:
            error = result.error
            if error is not None and error.kind == "cme" \
                    and error.code == _CME_INCORRECT_PASSWORD:
                raise await self._wrong_key(control_key, f"{fac.code} PIN")
            raise at_failure(result)
        return await self.dev_srv_get_control_key_status(control_key=control_key)

    async def dev_srv_unblock_control_key(
        self, *, control_key: t.ControlKey, unblock_key: str
    ) -> t.ControlKeyStatus:
        fac = facility(control_key)
        _check_key(unblock_key)
        if await self._waiting_for() != f"{fac.code} PUK":
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "controlKey": control_key, "reason": "this personalisation is not blocked"})
        result = await self._exchange(AtCommand(f'AT+CPIN="{unblock_key}"', secret=True),
                                      None, "general")
        if not result.ok:
            error = result.error
            if error is not None and error.kind == "cme" \
                    and error.code == _CME_INCORRECT_PASSWORD:
                raise await self._wrong_key(control_key, f"{fac.code} PUK")
            raise at_failure(result)
        return await self.dev_srv_get_control_key_status(control_key=control_key)
