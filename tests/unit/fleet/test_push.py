"""CMP push hooks: the seed's three bodies become fleet events and get exactly their answers."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from cmgui.drivers.fleet import push
from cmgui.drivers.fleet.units import CMP_TZ
from cmgui.service.fleet import OrderChanged, SimStatusChanged, SmsDelivered, SmsReceived
from tests.unit.fleet.seed import example


def _raw(name: str) -> bytes:
    return json.dumps(example(name)).encode()


def test_the_order_push() -> None:
    got = push.receive(_raw("order_push"), "application/json")
    assert got.kind == push.ORDER
    assert got.answer == (200, "text/plain", b"1")
    (event,) = got.events
    assert event == OrderChanged("89852420180910344720", "L201901290000000533", "1001",
                                 "order terminated early", "204046990912345",
                                 datetime(2019, 10, 16, 12, 34, 54, tzinfo=CMP_TZ))


@pytest.mark.parametrize(("operation", "status"), [("1003", "SUSPENDED"), ("1004", "ACTIVE")])
def test_pause_and_restart_pushes_change_the_status(operation: str, status: str) -> None:
    body = example("order_push") | {"operation": operation}
    events = push.receive(json.dumps(body).encode()).events
    assert events[1] == SimStatusChanged("89852420180910344720", status)


def test_operation_1006_is_blank_and_still_taken() -> None:
    body = example("order_push") | {"operation": "1006"}
    (event,) = push.receive(json.dumps(body).encode()).events
    assert isinstance(event, OrderChanged) and event.description == ""


def test_the_sms_mt_report() -> None:
    got = push.receive(_raw("mt_push"))
    assert got.answer == (200, "application/json", b'{"code":"0","message":"success"}')
    assert json.loads(got.answer[2]) == example("mt_answer")
    (event,) = got.events
    assert event == SmsDelivered("8943108169998931684", "18fc707863a0000a37157dd34e6ec630",
                                 True, "DELIVRD", "61482271041",
                                 datetime(2024, 5, 30, 18, 0, tzinfo=CMP_TZ))
    failed = example("mt_push") | {"status_report": "2", "status_report_msg": "FAILED"}
    (event,) = push.receive(json.dumps(failed).encode()).events
    assert isinstance(event, SmsDelivered) and not event.delivered


def test_the_sms_mo() -> None:
    got = push.receive(_raw("mo_push"))
    assert json.loads(got.answer[2]) == example("mo_answer")
    (event,) = got.events
    assert event == SmsReceived("8943108169998931684", "", "61482271041", "12345",
                                datetime(2024, 5, 30, 17, 0, tzinfo=CMP_TZ))


def test_a_form_encoded_push_is_read_too() -> None:
    got = push.receive(b"assetid=8985&imsi=2040&operation=1008&orderid=L1&time=2019-10-16+12%3A34"
                       b"%3A54", "application/x-www-form-urlencoded")
    assert got.kind == push.ORDER and got.fields["operation"] == "1008"


@pytest.mark.parametrize("body", [b"", b"[1, 2]", b"{\"hello\": 1}",
                                  b"{\"operation\": \"1001\"}", b"\xff\xfe"])
def test_what_is_not_a_push_is_refused(body: bytes) -> None:
    with pytest.raises(push.PushError):
        push.receive(body)


def test_refusals_are_answered_so_the_platform_retries() -> None:
    assert push.error_answer(push.ORDER, "x")[0] == 400
    status, _, body = push.error_answer(push.SMS_MO, "bad")
    assert status == 400 and json.loads(body)["code"] != "0"
