"""The driver's small pure helpers: bearer modes, signal figures, SMS ids and records,
Huawei flow counters, +CEER causes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cmgui.at.commands.network import SignalQuality
from cmgui.at.commands.sms import StoredMessage
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at import modes
from cmgui.drivers.at.core import _command_name
from cmgui.drivers.at.data import parse_dsflowqry, sm_cause_from_ceer
from cmgui.drivers.at.messaging import decode_stored, parse_msg_id, sms_record
from cmgui.drivers.at.network import signal_result
from cmgui.sms.encode import encode_deliver
from cmgui.sms.pdu import SmsDeliver


@pytest.mark.parametrize("wanted", [["auto"], ["2G"], ["3G"], ["4G"], ["5G"], ["3G", "4G"],
                                    ["4G", "5G"], ["2G", "3G", "5G"]])
def test_ws46_round_trip(wanted: list[str]) -> None:
    mode = modes.ws46_mode(wanted)
    assert mode is not None
    assert modes.bearers_from_ws46(mode) == (["auto"] if wanted == ["auto"] else wanted)


def test_vendor_modes() -> None:
    assert modes.syscfgex_order(["4G", "3G"]) == ["LTE", "WCDMA"]
    assert modes.bearers_from_syscfgex(["LTE", "WCDMA"]) == ["4G", "3G"]
    assert modes.bearers_from_syscfgex([]) == ["auto"]
    assert modes.quectel_mode(["4G"]) == 3 and modes.quectel_mode(["3G", "4G"]) is None
    assert modes.bearers_from_quectel(0) == ["auto"]
    assert modes.ws46_mode(["6G"]) is None


def test_signal_result_prefers_rsrp_and_stays_in_range() -> None:
    lte = signal_result(SignalQuality(rssi_dbm=-61, rsrp_dbm=-88, rsrq_db=-9), "E_UTRAN")
    assert lte["signalStrength"] == -88 and lte["bars"] == 4 and lte["RSRP"] == -88
    assert 0 <= lte["signalPercentage"] <= 100 and 0 <= lte["signalQuality"] <= 100
    nothing = signal_result(SignalQuality(), "UNKNOWN")
    assert nothing["bars"] == 0 and nothing["signalPercentage"] == 0
    assert -140 <= nothing["signalStrength"] <= -20


def test_message_ids() -> None:
    assert parse_msg_id("SM:12") == ("SM", 12)
    for bad in ("SM", "XX:1", "SM:-1", "SM:a", ""):
        with pytest.raises(CmapiError) as info:
            parse_msg_id(bad)
        assert info.value.code == ErrorCode.SMS_INVALID_MSG_ID


def test_record_of_a_stored_delivery() -> None:
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    pdu = encode_deliver("+15550100", "Grüße ✓", timestamp=stamp)[0]
    record = sms_record("SM", 3, StoredMessage(3, 0, pdu.hex, pdu.tpdu_length))
    assert record["msgID"] == "SM:3" and record["status"] == "unread"
    assert record["address"] == "+15550100" and record["text"] == "Grüße ✓"
    assert record["encoding"] == "UCS2" and record["timestamp"].startswith("2026-01-02")


def test_undecodable_record_keeps_its_pdu() -> None:
    record = sms_record("ME", 1, StoredMessage(1, 1, "07FF", 1))
    assert record["PDU"] == "07FF" and record["text"] == "" and record["status"] == "read"


def test_bare_tpdu_is_accepted_when_the_length_says_so() -> None:
    stamp = datetime(2026, 1, 2, tzinfo=UTC)
    pdu = encode_deliver("+15550100", "hi", timestamp=stamp)[0]
    tpdu_hex = pdu.hex[2:]  # the empty SMSC field "00" stripped
    assert isinstance(decode_stored(tpdu_hex, pdu.tpdu_length), SmsDeliver)


def test_dsflowqry_and_ceer() -> None:
    result = AtResult(True, ["^DSFLOWQRY: 0000003C,0000000000001000,0000000000002000,"
                             "0000003C,0000000000001000,0000000000002000"], "OK")
    totals = parse_dsflowqry(result)
    assert (totals.duration_s, totals.tx_bytes, totals.rx_bytes) == (60, 4096, 8192)
    with pytest.raises(AtParseError):
        parse_dsflowqry(AtResult(True, ["^DSFLOWQRY: zz"], "OK"))
    ceer = AtResult(True, ['+CEER: "SM cause 27: missing or unknown APN"'], "OK")
    assert sm_cause_from_ceer(ceer) == 27
    assert sm_cause_from_ceer(AtResult(True, ['+CEER: "No cause"'], "OK")) is None


def test_command_names() -> None:
    assert _command_name('AT+CPINR="SIM*"') == "+CPINR"
    assert _command_name("AT^CPIN?") == "^CPIN"
    assert _command_name("ATE0") == "E0"
