"""USSD through ModemManager's Ussd interface."""

from __future__ import annotations

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import mm_model as m
from .mm_core import MMDeviceCore


class UssdFeatures(MMDeviceCore):
    """USSD requests (a menu answered with Respond) and release."""

    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        if not ussd_string:
            raise CmapiError(ErrorCode.USSD_DATA_INVALID)
        await self._require_unlocked()
        state = int((await self._get_all(self.path, m.USSD)).get("State", 0))
        member = "Respond" if state == m.UssdState.USER_RESPONSE else "Initiate"
        reply = str((await self._call(m.USSD, member, "s", [ussd_string]))[0])
        after = int((await self._get_all(self.path, m.USSD)).get("State", 0))
        ussd_state: t.USSDState = ("actionRequired" if after == m.UssdState.USER_RESPONSE
                                   else "finished")
        return {"USSDString": reply, "USSDState": ussd_state}

    async def ussd_release(self) -> t.Empty:
        await self._call(m.USSD, "Cancel")
        return {}
