"""ModemManager's ``Voice.CallAdded`` becomes CMAPI_Callback_Incoming_Voice_Call, for calls that
come in only, and the callback is offered only where the modem exports the Voice interface."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.drivers.dbus.mm_voice import CALL, VOICE
from cmgui.service.events import IncomingVoiceCall

CALLS = {
    "/org/freedesktop/ModemManager1/Call/1": {"Direction": 1, "Number": "+15550100"},
    "/org/freedesktop/ModemManager1/Call/2": {"Direction": 2, "Number": "+15550199"},
    "/org/freedesktop/ModemManager1/Call/3": {"Direction": 1, "Number": ""},
}


def _device(monkeypatch: pytest.MonkeyPatch) -> MMDevice:
    device = MMDevice("mm:0")

    async def get_all(path: str, interface: str) -> dict[str, Any]:
        assert interface == CALL
        if path not in CALLS:
            raise CmapiError(ErrorCode.NOT_SUPPORTED, data={"reason": "gone"})
        return CALLS[path]

    monkeypatch.setattr(device, "_get_all", get_all)
    return device


async def test_incoming_calls_are_reported_with_their_number(
        monkeypatch: pytest.MonkeyPatch) -> None:
    device = _device(monkeypatch)
    stream = device.subscribe()
    for path in ("/org/freedesktop/ModemManager1/Call/9",  # hung up before it was read
                 "/org/freedesktop/ModemManager1/Call/2",  # outgoing
                 "/org/freedesktop/ModemManager1/Call/1",
                 "/org/freedesktop/ModemManager1/Call/3"):
        device._on_signal(device.path, VOICE, "CallAdded", [path])
    first = await asyncio.wait_for(stream.get(), 5)
    second = await asyncio.wait_for(stream.get(), 5)
    assert first == IncomingVoiceCall(call_state="incoming", number="+15550100")
    assert second == IncomingVoiceCall(call_state="incoming", number=None)
    stream.close()


def test_the_callback_is_offered_only_on_a_modem_with_voice(
        monkeypatch: pytest.MonkeyPatch) -> None:
    device = _device(monkeypatch)
    assert IncomingVoiceCall.callback_id not in device.emitted_callbacks()
    device._voice = True
    assert IncomingVoiceCall.callback_id in device.emitted_callbacks()
