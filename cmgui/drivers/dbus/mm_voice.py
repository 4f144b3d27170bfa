"""Incoming voice calls of a ModemManager modem (``Modem.Voice``'s ``CallAdded`` signal) as
``CMAPI_Callback_Incoming_Voice_Call``, on modems whose ModemManager exports the interface."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from cmgui.cmapi.errors import CmapiError
from cmgui.service.events import IncomingVoiceCall

from . import mm_model as m
from .mm_core import MMDeviceCore

log = logging.getLogger(__name__)

VOICE = f"{m.BUS_NAME}.Modem.Voice"
CALL = f"{m.BUS_NAME}.Call"
#: MMCallDirection of a call that comes in.
INCOMING = 1


class VoiceFeatures(MMDeviceCore):
    """Reports incoming calls; the callback is offered only where the modem does voice."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self._voice = False

    async def _after_open(self) -> None:
        await super()._after_open()
        objects = await self.bus.managed_objects(m.BUS_NAME, m.ROOT)
        self._voice = VOICE in objects.get(self.path, {})

    def emitted_callbacks(self) -> frozenset[str]:
        names = super().emitted_callbacks()
        return names | {IncomingVoiceCall.callback_id} if self._voice else names

    def _on_signal(self, path: str, interface: str, member: str, body: list[Any]) -> None:
        if path == self.path and interface == VOICE and member == "CallAdded" and body:
            asyncio.get_running_loop().create_task(self._announce_call(str(body[0])))
            return
        super()._on_signal(path, interface, member, body)

    async def _announce_call(self, path: str) -> None:
        try:
            props = await self._get_all(path, CALL)
        except CmapiError as err:  # gone already (the caller hung up)
            log.debug("cannot read call %s: %s", path, err)
            return
        if int(props.get("Direction", 0)) != INCOMING:
            return
        self.events.publish(IncomingVoiceCall(call_state="incoming",
                                              number=str(props.get("Number", "")) or None))
