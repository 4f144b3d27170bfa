"""``cmcli sms list`` shows whole messages: parts joined in any order, gaps marked."""

from __future__ import annotations

import argparse
import io
import json
from typing import Any

from cmgui.cli.common import Output
from cmgui.cli.sms_list import GAP, cmd_sms_list, text_of, whole_messages
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from cmgui.drivers.virtual import smspdu
from cmgui.drivers.virtual.smsstore import MsgStat, StoredMessage

LONG = "".join(f"word{n:03d} " for n in range(45))  # three parts in GSM 7-bit


async def records_of(dev: VirtualAtDevice) -> list[dict[str, Any]]:
    ids = await dev.sms_get_id_list()
    return [dict(await dev.sms_get(msg_id=i)) for i in ids["SMSIDList"]]


async def stored_device(order: list[int]) -> VirtualAtDevice:
    """The demo modem with LONG stored as its parts in ``order`` (1-based), then "short"."""
    dev = VirtualAtDevice("virtual", pin_enabled=False, register_delay=0.0)
    await dev.open()
    assert dev.server is not None
    model = dev.server.model
    pdus = smspdu.build_deliver("+15550123", LONG, model.wall_time(), 7)
    assert len(pdus) == 3
    store = model.storage("SM")
    for seq in order:
        store.store(StoredMessage(MsgStat.REC_UNREAD, pdus[seq - 1], model.config.smsc))
    for pdu in smspdu.build_deliver("+15550124", "short", model.wall_time(), 8):
        store.store(StoredMessage(MsgStat.REC_READ, pdu, model.config.smsc))
    return dev


async def test_parts_in_any_order_make_one_message() -> None:
    dev = await stored_device([3, 1, 2])
    try:
        records = await records_of(dev)
    finally:
        await dev.close()
    assert len(records) == 4
    messages = whole_messages(records)
    assert [m["text"] for m in messages] == [LONG, "short"]
    first = messages[0]
    assert first["complete"] and first["parts"] == 3 and first["missing"] == []
    assert len(first["msgIDs"]) == 3


async def test_a_missing_part_is_marked() -> None:
    dev = await stored_device([3, 1])
    try:
        records = await records_of(dev)
    finally:
        await dev.close()
    messages = whole_messages(records)
    first = messages[0]
    assert not first["complete"] and first["missing"] == [2]
    assert GAP in first["text"] and first["text"].startswith("word000")
    assert "part 2 of 3 not received yet" in text_of(messages)


def test_a_duplicate_part_counts_once() -> None:
    part = {"msgID": "SM:0", "storage": "SM", "index": 0, "status": "read", "address": "+1",
            "text": "a", "encoding": "GSM7", "concatReference": 1, "concatTotal": 2,
            "concatSequence": 1}
    other = {**part, "msgID": "SM:2", "index": 2, "text": "b", "concatSequence": 2}
    messages = whole_messages([part, {**part, "msgID": "SM:1", "index": 1}, other])
    assert [m["text"] for m in messages] == ["ab"]
    assert messages[0]["msgIDs"] == ["SM:0", "SM:2"]


async def test_the_command_prints_whole_messages_and_parts_on_request(
        monkeypatch: Any) -> None:
    dev = await stored_device([2, 3, 1])

    class Opened:
        async def __aenter__(self) -> VirtualAtDevice:
            return dev

        async def __aexit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr("cmgui.cli.sms_list.open_device", lambda address: Opened())
    try:
        for parts, expected in ((False, 2), (True, 4)):
            buf = io.StringIO()
            args = argparse.Namespace(device="virtual", storage=None, parts=parts)
            assert await cmd_sms_list(args, Output(json_mode=True, stdout=buf)) == 0
            assert len(json.loads(buf.getvalue())) == expected
    finally:
        await dev.close()
