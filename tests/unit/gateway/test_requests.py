"""Request builders: the manual's request examples, the API's limits, escaped commas."""

from __future__ import annotations

import json

import pytest

from cmgui.drivers.gateway.protocol import requests as rq


def body(request: rq.Request) -> object:
    assert request.body is not None
    return json.loads(request.body)


def test_send_sms_simple_and_with_params() -> None:
    simple = rq.send_sms("ye", [rq.SmsParam("10086")])
    assert (simple.method, simple.target) == ("POST", "/api/send_sms")
    assert body(simple) == {"text": "ye", "param": [{"number": "10086"}]}
    request = rq.send_sms("#param#", [rq.SmsParam("10086", ("bj",), 1),
                                      rq.SmsParam("10086", ("ye",), 2)], ports=[2, 3])
    assert body(request) == {"text": "#param#", "port": [2, 3], "param": [
        {"number": "10086", "text_param": ["bj"], "user_id": 1},
        {"number": "10086", "text_param": ["ye"], "user_id": 2}]}
    report = rq.send_sms("x", [rq.SmsParam("1")], status_report=False, encoding="gsm-7bit")
    assert body(report) == {"text": "x", "param": [{"number": "1"}], "encoding": "gsm-7bit",
                            "request_status_report": False}


def test_send_sms_body_is_utf8_not_escapes() -> None:
    request = rq.send_sms("Grüße 神州 😀", [rq.SmsParam("+4915")])
    assert "Grüße 神州 😀".encode() in (request.body or b"")


def test_send_sms_limits() -> None:
    rq.send_sms("x", [rq.SmsParam(str(i)) for i in range(128)])
    with pytest.raises(rq.GatewayRequestError, match="at most 128"):
        rq.send_sms("x", [rq.SmsParam(str(i)) for i in range(129)])
    with pytest.raises(rq.GatewayRequestError, match="1500 bytes"):
        rq.send_sms("é" * 751, [rq.SmsParam("1")])
    with pytest.raises(rq.GatewayRequestError, match="phone number"):
        rq.send_sms("x", [rq.SmsParam("call me")])
    with pytest.raises(rq.GatewayRequestError, match="phone number"):
        rq.send_sms("x", [rq.SmsParam("1" * 25)])
    with pytest.raises(rq.GatewayRequestError, match="port"):
        rq.send_sms("x", [rq.SmsParam("1")], ports=[32])
    with pytest.raises(rq.GatewayRequestError, match="user id"):
        rq.send_sms("x", [rq.SmsParam("1", user_id=-1)])
    with pytest.raises(rq.GatewayRequestError):
        rq.send_sms("x", [])


def test_result_and_report_queries() -> None:
    assert body(rq.query_sms_result(user_ids=[1, 2])) == {"user_id": [1, 2]}
    times = rq.TimeRange("2014-12-12 19:29:19", "2014-12-12 19:29:19")
    request = rq.query_sms_deliver_status(numbers=["12341234"], ports=[1, 2, 3], times=times)
    assert body(request) == {"number": ["12341234"], "port": [1, 2, 3],
                             "time_after": "2014-12-12 19:29:19",
                             "time_before": "2014-12-12 19:29:19"}
    with pytest.raises(rq.GatewayRequestError, match="at most 32"):
        rq.query_sms_result(numbers=[str(i) for i in range(33)])


def test_incoming_uses_all_and_never_unread_by_default() -> None:
    assert rq.query_incoming_sms().target == "/api/query_incoming_sms?flag=all"
    request = rq.query_incoming_sms(after_id=41, ports=[0, 3])
    assert request.target == "/api/query_incoming_sms?incoming_sms_id=41&flag=all&port=0%2C3"
    with pytest.raises(rq.GatewayRequestError):
        rq.query_incoming_sms(flag="new")


def test_ussd_requests() -> None:
    assert body(rq.send_ussd([1, 2, 3], "*125#")) == {"port": [1, 2, 3], "command": "send",
                                                     "text": "*125#"}
    assert body(rq.send_ussd([1], cancel=True))["command"] == "cancel"  # type: ignore[index]
    assert rq.query_ussd_reply([1, 2, 3]).target == "/api/query_ussd_reply?port=1%2C2%2C3"
    with pytest.raises(rq.GatewayRequestError, match="60 bytes"):
        rq.send_ussd([1], "*" * 61)
    with pytest.raises(rq.GatewayRequestError):
        rq.send_ussd([1], "")


def test_port_requests_escape_commas() -> None:
    request = rq.get_port_info([1, 2, 3], ("imei", "imsi", "reg"))
    assert request.target == "/api/get_port_info?port=1%2C2%2C3&info_type=imei%2Cimsi%2Creg"
    every = rq.get_port_info(info_types=(*rq.STATE_INFO, *rq.CREDIT_INFO))
    assert "remain_daily_connect" in every.target and "port=" not in every.target
    with pytest.raises(rq.GatewayRequestError, match="remain_daily_credit:"):
        rq.get_port_info(info_types=("remain_daily_credit:",))  # the manual's typo
    assert rq.set_port_info(1, "power", "off").target == \
        "/api/set_port_info?port=1&action=power&param=off"
    assert rq.set_port_info(8, "CallForward", "Unconditional", "15013828917").target == \
        "/api/set_port_info?port=8&action=CallForward&param=Unconditional&number=15013828917"
    assert rq.set_port_info(8, "CheckCallForward").target == \
        "/api/set_port_info?port=8&action=CheckCallForward"
    assert rq.get_port_info([8], ("CallForward",)).target == \
        "/api/get_port_info?port=8&info_type=CallForward"
    with pytest.raises(rq.GatewayRequestError):
        rq.set_port_info(1, "explode")


def test_stop_cdr_stk_status() -> None:
    assert rq.stop_sms(1).target == "/api/stop_sms?task_id=1"
    assert body(rq.get_cdr(ports=[2, 3])) == {"port": [2, 3]}
    assert rq.get_stk_view(0).target == "/GetSTKView?port=0"
    assert rq.get_stk_frame_id(0).target == "/GetSTKCurrFrameIndex?port=0"
    assert body(rq.stk_go(7, item=1)) == {"port": 7, "item": 1}
    assert body(rq.stk_go(7, action="cancel")) == {"port": 7, "action": "cancle"}  # sic
    assert body(rq.stk_go(7, action="home")) == {"port": 7, "action": "home"}
    assert body(rq.stk_go(7, param="1234")) == {"port": 7, "param": "1234"}
    with pytest.raises(rq.GatewayRequestError):
        rq.stk_go(7, action="back")
    with pytest.raises(rq.GatewayRequestError):
        rq.stk_go(7)
    assert rq.get_status().method == "POST" and rq.get_status().target == "/api/get_status"


def test_chunks() -> None:
    assert rq.chunks(list(range(300)), 128) == [list(range(128)), list(range(128, 256)),
                                                list(range(256, 300))]
    assert rq.chunks([], 128) == []
