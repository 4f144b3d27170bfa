"""Voice calls and what the device has: ``CMAPI_Callback_Incoming_Voice_Call`` from the
``RING``/``+CRING``/``+CLIP`` URCs (TS 27.007 §6.2, §7.6), and ``CMAPI_DevSrv_DevAttributes``
(voice from ``+FCLASS=?``, a battery from ``+CBC``; a modem has no screen, keypad or camera)."""

from __future__ import annotations

import time

from cmgui.at.engine import AtCommand, Unsolicited
from cmgui.at.fields import split_fields
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service.events import IncomingVoiceCall

from .battery import parse_cbc
from .core import AtDeviceCore

#: A RING within this many seconds of the last one is the same call ringing on.
RING_REPEAT = 10.0


class VoiceFeatures(AtDeviceCore):
    """Incoming voice calls; CMAPI_DevSrv_DevAttributes."""

    _voice: bool = False
    _ringing: tuple[str | None, float] | None = None

    async def _setup(self) -> None:
        await super()._setup()
        self._voice = await self.try_run(AtCommand("AT+CLIP=1")) is not None
        for name in ("RING", "+CRING"):
            self.route_urc(name, self._on_ring)
        self.route_urc("+CLIP", self._on_clip)

    def emitted_callbacks(self) -> frozenset[str]:
        names = super().emitted_callbacks()
        return names | {IncomingVoiceCall.callback_id} if self._voice else names

    def _ring(self, number: str | None) -> None:
        now = time.monotonic()
        last = self._ringing
        self._ringing = (number, now)
        if last is not None and now - last[1] < RING_REPEAT and (last[0] == number
                                                                  or number is None):
            return  # the same call ringing again
        self.publish(IncomingVoiceCall(call_state="incoming", number=number))

    def _on_ring(self, urc: Unsolicited) -> None:
        if not self._voice:  # without +CLIP, RING is all there is
            self._ring(None)

    def _on_clip(self, urc: Unsolicited) -> None:
        fields = split_fields(urc.payload)
        number = fields[0].text if fields and fields[0].text else None
        self._ring(number)

    async def dev_srv_dev_attributes(self) -> t.DevAttributes:
        self._live_port()
        classes = await self.try_run(AtCommand("AT+FCLASS=?", response_prefixes=("+FCLASS:",)))
        voice = classes is not None and any(
            "8" in payload.replace("(", ",").replace(")", ",").split(",")
            for payload in classes.prefixed("+FCLASS:") + classes.lines)
        battery = False
        cbc = await self.try_run(AtCommand("AT+CBC", response_prefixes=("+CBC:",)))
        if cbc is not None:
            try:
                parse_cbc(cbc)
                battery = True
            except (CmapiError, ValueError):  # no battery (error 260), an unreadable answer
                battery = False
        return {"screen": False, "keypad": False, "camera": False, "microphone": voice,
                "loudspeaker": voice, "voice": voice, "battery": battery}
