"""Every vendor command that reports the serving carrier tells the same story (cells.py)."""

from __future__ import annotations

from cmgui.at.engine import AtResult
from cmgui.at.vendors import huawei, quectel, sierra
from tests.unit.virtual.test_frontend import OK, Term


def lines(answer: bytes) -> AtResult:
    text = answer.decode("latin-1")
    return AtResult(True, [x for x in text.split("\r\n") if x and x != "OK"], "OK")


def test_huawei_carrier_and_category() -> None:
    t = Term("huawei")
    info = huawei.parse_hfreqinfo(lines(t.at("AT^HFREQINFO?")))
    assert info.sysmode == 6
    assert info.carriers == (huawei.Carrier(3, 1300, 1_815_000, 20_000, 19300, 1_720_000,
                                            20_000),)
    assert t.at("AT^LTECAT?") == b"\r\n^LTECAT: 4,4\r\n" + OK
    assert t.at("AT^HFREQINFO=1") == OK
    t.at('AT^SYSCFGEX="02",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,')  # 3G only
    assert t.at("AT^HFREQINFO?") == b"\r\n^HFREQINFO: 0,3\r\n" + OK
    assert t.at("AT^LTECAT?") == b"\r\n+CME ERROR: 3\r\n"


def test_quectel_nwinfo_and_servingcell_agree() -> None:
    t = Term("quectel")
    assert t.at("AT+QNWINFO") == b'\r\n+QNWINFO: "FDD LTE","00101","LTE BAND 3",1300\r\n' + OK
    cell = quectel.parse_qeng_servingcell(lines(t.at('AT+QENG="servingcell"')))
    assert (cell.channel, cell.band) == (1300, "3")
    t.at('AT+COPS=1,2,"00102",7')
    assert t.at("AT+QNWINFO") == b'\r\n+QNWINFO: "FDD LTE","00102","LTE BAND 20",6300\r\n' + OK
    t.at('AT+QCFG="nwscanmode",1')
    t.at("AT+COPS=0")
    t.tick(2.0)
    assert t.at("AT+QNWINFO") == b'\r\n+QNWINFO: "GSM","00101","GSM 900",62\r\n' + OK
    gsm = quectel.parse_qeng_servingcell(lines(t.at('AT+QENG="servingcell"')))
    assert (gsm.radio, gsm.channel, gsm.band) == ("GSM", 62, "900")


def test_sierra_status_page_carrier() -> None:
    t = Term("sierra")
    status = sierra.parse_gstatus(lines(t.at("AT!GSTATUS?")))
    assert (status["LTE band"], status["LTE Rx chan"], status["LTE Tx chan"]) == (
        "B3", "1300", "19300")
