"""The sans-IO core against every example of the gateway API manual, defects included."""

from __future__ import annotations

import json

import pytest

from cmgui.drivers.gateway.protocol import pushes as ps
from cmgui.drivers.gateway.protocol import requests as rq
from cmgui.drivers.gateway.protocol import responses as rs
from cmgui.drivers.gateway.protocol.tolerant import GatewayProtocolError, decode_values
from tests.unit.gateway import seed_examples as ex


def test_send_sms_answer() -> None:
    accepted = rs.parse_send_sms(ex.SEND_SMS)
    assert accepted == rs.SendAccepted(task_id=2, sms_in_queue=2, sn="xxxx-xxxx-xxxx-xxxx")


def test_sms_result_with_a_line_break_inside_the_time() -> None:
    (result,) = rs.parse_sms_results(ex.SMS_RESULT)
    assert result == rs.SmsResult(port=0, number="12351", status="SENT_OK", user_id=1,
                                  time="2014-12-21 12:06:01", count=3, succ_count=3,
                                  ref_id=12, imsi="460004642148063")
    assert result.final and result.refs == (12, 13, 14)


def test_sms_result_push_with_a_key_broken_across_lines() -> None:
    (event,) = ps.parse_push(ex.SMS_RESULT_PUSH)
    assert isinstance(event, ps.PushSmsResult)
    assert event.result.ref_id == 215 and event.result.status == "DELIVERED"
    assert event.result.number == "10086" and event.result.time == "2016-07-12 01:46:02"


def test_deliver_status_answer() -> None:
    (report,) = rs.parse_deliver_status(ex.DELIVER_STATUS)
    assert report == rs.DeliveryReport(port=0, number="12341234", ref_id=12, status_code=0,
                                       time="2014-12-21 12:06:01", imsi="460004642148063")
    assert report.outcome == "delivered"


def test_deliver_push_cut_by_a_page_break() -> None:
    (first,) = ps.parse_push(ex.DELIVER_PUSH_FIRST)
    assert isinstance(first, ps.PushDelivery) and first.report.ref_id is None
    assert first.report.outcome == "pending"  # no status code: nothing to conclude
    with pytest.raises(GatewayProtocolError):
        ps.parse_push(ex.DELIVER_PUSH_SECOND)
    (whole,) = ps.parse_push(ex.DELIVER_PUSH_WHOLE)  # stray "{" after the object
    assert isinstance(whole, ps.PushDelivery)
    assert whole.report.ref_id == 215 and whole.report.imsi == "460004642148063"
    assert whole.report.time == "2016-07-12 15:46:53"


def test_queue_answer_and_the_manuals_wrong_url() -> None:
    assert rs.parse_queue(ex.IN_QUEUE) == 0
    assert rq.query_sms_in_queue().target == "/api/query_sms_in_queue"  # not query_incoming_sms


def test_incoming_with_a_trailing_comma() -> None:
    page = rs.parse_incoming(ex.INCOMING)
    assert page.read == 1 and page.unread == 0 and page.skipped == 0
    assert page.messages == (rs.IncomingSms(1, 2, "123456789", "This is a test",
                                            "2014-12-09 17:11:18", "+8613800123456"),)


def test_incoming_push() -> None:
    (event,) = ps.parse_push(ex.INCOMING_PUSH)
    assert isinstance(event, ps.PushSms) and event.sn == "da00-0030-1901-2817"
    assert event.message.text == "test" and event.message.port == 1


def test_send_ussd_answer_with_a_stray_brace() -> None:
    sent = rs.parse_send_ussd(ex.SEND_USSD)
    assert [(s.port, s.status, s.ok) for s in sent] == [
        (0, 503, False), (1, 503, False), (2, 200, True)]


def test_ussd_reply_with_error_code_spelt_with_a_space() -> None:
    replies = rs.parse_ussd_reply(ex.USSD_REPLY)
    assert replies == [rs.UssdReply(1, None), rs.UssdReply(2, "Test..."), rs.UssdReply(3, None)]
    refused = ex.USSD_REPLY.replace('"error code":200', '"error code":500')
    with pytest.raises(rs.GatewayApiError) as info:
        rs.parse_ussd_reply(refused)
    assert info.value.code == 500


def test_a_one_space_ussd_reply_means_none_yet() -> None:
    body = '{"error_code":200,"sn":"x","reply":[{"port":1,"text":" "}]}'
    assert rs.parse_ussd_reply(body) == [rs.UssdReply(1, None)]


def test_ussd_push() -> None:
    (event,) = ps.parse_push(ex.USSD_PUSH)
    assert isinstance(event, ps.PushUssd) and event.reply == rs.UssdReply(1, "Thank you!")


@pytest.mark.parametrize(("code", "stopped"), [(200, True), (404, False), (486, False)])
def test_stop_sms_unknown_task_in_both_spellings(code: int, stopped: bool) -> None:
    assert rs.parse_stop(ex.STOP_SMS.replace("200", str(code))) is stopped
    with pytest.raises(rs.GatewayApiError):
        rs.parse_stop(ex.STOP_SMS.replace("200", "500"))


def test_port_info_as_printed_is_refused_in_words() -> None:
    with pytest.raises(GatewayProtocolError, match="not JSON"):
        rs.parse_port_info(ex.PORT_INFO_FIRST)


def test_port_info_whole_with_response_keys_spelt_differently() -> None:
    infos = rs.parse_port_info(ex.PORT_INFO_WHOLE)
    assert [(i.port, i.type, i.reg) for i in infos] == [
        (1, "WCDMA", "NO_SIM"), (2, "GSM", "REGISTER_OK"), (3, "GSM", "NO_SIM")]
    two = infos[1]
    assert (two.imei, two.imsi, two.iccid, two.smsc) == (
        "358967042917201", "460016529802215", "89860114840400428150", "+8613010868500")
    assert two.credits == {
        "remain_credit": "1000.00", "remain_monthly_credit": "500.00",
        "remain_daily_credit": "300.00", "remain_daily_calltime": "100",
        "remain_hourly_calltime": "10", "remain_daily_connect": "100"}
    assert infos[2].credits == two.credits and infos[2].smsc == ""
    assert infos[0].slot is None and infos[0].signal == 0 and infos[0].gprs == "detached"


def test_set_port_and_call_forward() -> None:
    rs.parse_set_port(ex.SET_PORT)
    rs.parse_set_port(ex.CALL_FORWARD_SET)
    (info,) = rs.parse_port_info(ex.CALL_FORWARD_GET)
    assert info.port == 8 and info.call_forward == {"Unconditional": "15013828917"}


def test_cdr_with_broken_keys_and_a_trailing_empty_object() -> None:
    (record,) = rs.parse_cdr(ex.CDR)
    assert record == rs.Cdr(port=2, start_date="2015-07-21 16:35:20",
                            answer_date="2015-07-21 16:35:31", duration=3, source_number="1010",
                            destination_number="6717", direction="ip->gsm",
                            ip="172.16.100.136", codec="G.711U", hangup="called", gsm_code=16,
                            bcch="")


def test_stk_view_as_printed_and_whole() -> None:
    with pytest.raises(GatewayProtocolError):
        rs.parse_stk_view(ex.STK_VIEW)
    view = rs.parse_stk_view(ex.STK_VIEW_WHOLE)
    assert view.title == "神州行天地" and view.frame_id == 750
    assert view.input_type == 2 and view.input_kind == "select"  # sent as the string "2"
    assert [(i.item_id, i.item_string) for i in view.items] == [
        (1, "item1_text"), (2, "item2_text"), (3, "item3_text")]
    assert rs.parse_stk_frame(ex.STK_FRAME) == 32


def test_status_bare_object_and_the_manuals_request_body() -> None:
    status = rs.parse_status(ex.STATUS)
    assert status.cpu_used == 39.0 and status.memory_total == 109448
    assert status.memory_used == 50520 and status.flash_used == 17428
    assert round(status.memory_percent or 0, 1) == 46.2
    with pytest.raises(ValueError):
        json.loads(ex.STATUS_REQUEST)
    assert json.loads(rq.get_status().body or b"") == ["performance"]  # valid JSON instead


def test_push_examples() -> None:
    (sms,) = ps.parse_push(ex.PUSH_SMS)
    assert isinstance(sms, ps.PushSms) and sms.message.incoming_sms_id == 1
    (result,) = ps.parse_push(ex.PUSH_SMS_RESULT)
    assert isinstance(result, ps.PushSmsResult) and result.result.number == "10086"
    (deliver,) = ps.parse_push(ex.PUSH_DELIVER)
    assert isinstance(deliver, ps.PushDelivery) and deliver.report.number == "10086"
    assert deliver.report.ref_id == 215
    (ussd,) = ps.parse_push(ex.PUSH_USSD)
    assert isinstance(ussd, ps.PushUssd)
    (cdr,) = ps.parse_push(ex.PUSH_CDR)
    assert isinstance(cdr, ps.PushCdr) and cdr.cdr.duration == 3


def test_register_push_two_objects_and_null_identities() -> None:
    up, down = ps.parse_push(ex.PUSH_REGISTER)
    assert up == ps.PushRegister("xxxx-xxxx-xxxx-xxxx", 8, "up", "89860040191844710023",
                                 "460004642148063", "13714637674", 2, 2)
    assert isinstance(down, ps.PushRegister)
    assert (down.status, down.iccid, down.imsi, down.sequence) == ("down", "", "", 1)


def test_device_push_reports_the_port_count() -> None:
    (off,) = ps.parse_push(ex.PUSH_DEVICE_OFF)
    (on,) = ps.parse_push(ex.PUSH_DEVICE_ON)
    assert off == ps.PushDevice("xxxx-xxxx-xxxx-xxxx", "power_off", 32, "172.18.55.142",
                                "F8-A0-3D-48-E5-19")
    assert isinstance(on, ps.PushDevice) and on.status == "power_on" and on.port_count == 32


def test_exception_push() -> None:
    (event,) = ps.parse_push(ex.PUSH_EXCEPTION)
    assert event == ps.PushException("xxxx-xxxx-xxxx-xxxx", 0, "call_fail", "reset")


def test_every_pushed_message_is_read_not_only_the_first() -> None:
    body = ('{"sn":"s","sms":[{"incoming_sms_id":5,"port":0,"number":"1","text":"a"},'
            '{"incoming_sms_id":6,"port":1,"number":2,"text":"b"}],'
            '"future_event":{"x":1}}')
    events = ps.parse_push(body)
    assert [type(e) for e in events] == [ps.PushSms, ps.PushSms, ps.PushUnknown]
    assert [e.message.incoming_sms_id for e in events if isinstance(e, ps.PushSms)] == [5, 6]
    assert events[1].message.number == "2"  # type: ignore[attr-defined]


def test_a_push_array_of_objects() -> None:
    body = f"[{ex.PUSH_USSD}, {ex.PUSH_EXCEPTION}]"
    assert [type(e) for e in ps.parse_push(body)] == [ps.PushUssd, ps.PushException]


@pytest.mark.parametrize("body", ["", "   ", "[1, 2]", "null", "<html>502 Bad Gateway</html>",
                                  b"\xff\xfe{", '{"a":'])
def test_unusable_bodies_are_errors_in_words(body: str | bytes) -> None:
    with pytest.raises(GatewayProtocolError) as info:
        ps.parse_push(body)
    assert "gateway" in str(info.value) or "push" in str(info.value)


def test_every_value_of_a_body_is_read() -> None:
    assert decode_values('{"a":1}}{"b":2},]') == [{"a": 1}, {"b": 2}]
    assert decode_values('{"t":"two\nlines"}') == [{"t": "two\nlines"}]


def test_error_code_as_a_string_and_unexpected_codes() -> None:
    assert rs.parse_queue('{"error_code":"200","in_queue":"4"}') == 4
    with pytest.raises(rs.GatewayApiError) as info:
        rs.parse_send_sms('{"error_code":550,"sn":"x"}')
    assert info.value.code == 550 and "no port is free" in info.value.meaning
    with pytest.raises(GatewayProtocolError, match="not a number"):
        rs.parse_queue('{"error_code":"busy"}')
