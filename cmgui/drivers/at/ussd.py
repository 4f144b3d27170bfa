"""USSD (+CUSD, TS 27.007 7.15) with the vendor's string encoding.

The TE character set is set to ``IRA`` at start-up; Huawei modems ignore it and want GSM 7-bit
packed hex both ways, UCS2 answers are recognised by their dcs. The answer arrives as a
``+CUSD`` URC (before or after ``OK``): a reply that asks for a response is ``actionRequired``,
one that arrives with no request pending is network-initiated (USSDReceived event). A request
never hangs: after :data:`USSD_TIMEOUT` the session is cancelled with ``+CUSD=2`` and the
result says ``timeout``; cancelling the caller cancels the session too, and a device that goes
away meanwhile ends the request at once ("no such device").
"""

from __future__ import annotations

import asyncio
import contextlib

from cmgui.at.commands import ussd
from cmgui.at.commands.ussd import UssdResponse
from cmgui.at.engine import AtCommand, Unsolicited
from cmgui.at.errors import AtParseError
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import USSDReceived

from .core import AtDeviceCore

USSD_TIMEOUT = 30.0
_STATES: dict[int, t.USSDState] = {0: "finished", 1: "actionRequired", 2: "terminatedByNetwork",
                                   3: "otherClientResponded", 4: "notSupported", 5: "timeout"}


class UssdFeatures(AtDeviceCore):
    """USSD requests, replies and network-initiated messages."""

    _ussd_waiter: asyncio.Future[UssdResponse] | None
    ussd_timeout: float = USSD_TIMEOUT

    async def _setup(self) -> None:
        await super()._setup()
        self._ussd_waiter = None
        await self.try_run(AtCommand('AT+CSCS="IRA"'))
        await self.try_run(ussd.cusd_set(True))
        self.route_urc("+CUSD", self._on_cusd)

    def _text(self, response: UssdResponse) -> str:
        try:
            return response.text(self.vendor.ussd_encoding) or ""
        except AtParseError:
            return response.raw or ""

    def _on_cusd(self, urc: Unsolicited) -> None:
        response = ussd.parse_cusd(urc.payload, urc.data)
        waiter = self._ussd_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(response)
            return
        self.publish(USSDReceived(ussd_string=self._text(response),
                                  ussd_state=_STATES.get(response.m, "finished")))

    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        try:
            command = ussd.cusd_request(ussd_string, 15, self.vendor.ussd_encoding,
                                        timeout=self.ussd_timeout)
        except ValueError as exc:
            raise CmapiError(ErrorCode.USSD_DATA_INVALID, data={"reason": str(exc)}) from exc
        waiter: asyncio.Future[UssdResponse] = asyncio.get_running_loop().create_future()
        async with self.charset_lock:  # the answer is encoded in the TE character set
            self._ussd_waiter = waiter
            try:
                await self.run(command, context="ussd")
                response = await self.wait_unless_gone(waiter, self.ussd_timeout)
            except TimeoutError:
                await self.try_run(ussd.cusd_cancel())
                return {"USSDString": "", "USSDState": "timeout"}
            except asyncio.CancelledError:
                self.spawn(self._cancel_session())
                raise
            finally:
                self._ussd_waiter = None
        result: t.USSDResult = {"USSDString": self._text(response),
                                "USSDState": _STATES.get(response.m, "finished")}
        if response.dcs is not None:
            result["dataCodingScheme"] = response.dcs
        return result

    async def _cancel_session(self) -> None:
        with contextlib.suppress(CmapiError):
            await self.try_run(ussd.cusd_cancel())

    async def ussd_release(self) -> t.Empty:
        await self.run(ussd.cusd_cancel(), context="ussd")
        return {}
