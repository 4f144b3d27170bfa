"""Network parsers: signal, registration, operators."""

from __future__ import annotations

import pytest

from cmgui.at.commands import network
from cmgui.at.commands.network import Registration, SignalQuality
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError


def res(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


@pytest.mark.parametrize(
    ("rssi", "dbm"), [(0, -113.0), (1, -111.0), (15, -83.0), (31, -51.0), (99, None)]
)
def test_csq_rssi(rssi: int, dbm: float | None) -> None:
    assert network.parse_csq(res(f"+CSQ: {rssi},99")).rssi_dbm == dbm


def test_csq_ber_and_errors() -> None:
    assert network.parse_csq("20,3").ber == 3
    assert network.parse_csq("20,99").ber is None
    for bad in ("", "x,1", "32,0", "-1,0"):
        with pytest.raises(AtParseError):
            network.parse_csq(bad)


def test_cesq_lte() -> None:
    quality = network.parse_cesq(res("+CESQ: 99,99,255,255,20,45"))
    assert quality == SignalQuality(rsrp_dbm=-96.0, rsrq_db=-10.0, radio="LTE")
    assert quality.bars == 3


def test_cesq_limits_and_umts() -> None:
    assert network.parse_cesq("99,99,255,255,34,97").rsrp_dbm == -44.0
    assert network.parse_cesq("99,99,255,255,34,97").rsrq_db == -3.0
    umts = network.parse_cesq("99,99,40,30,255,255")
    assert (umts.rscp_dbm, umts.ecno_db, umts.radio) == (-81.0, -9.5, "WCDMA")
    gsm = network.parse_cesq("40,0,255,255,255,255")
    assert (gsm.rssi_dbm, gsm.ber, gsm.radio) == (-71.0, 0, "GSM")
    with pytest.raises(AtParseError):
        network.parse_cesq("99,99,255,255,35,97")
    with pytest.raises(AtParseError):
        network.parse_cesq("1,2,3")


@pytest.mark.parametrize(
    ("payload", "urc", "expected"),
    [
        ("0,1", False, Registration(stat=1, n=0)),
        ("1", True, Registration(stat=1)),
        ('2,5,"1A2B","01C3D4E5",7', False, Registration(5, 2, 0x1A2B, 0x01C3D4E5, 7)),
        ('5,"1A2B","01C3D4E5",7', True, Registration(5, None, 0x1A2B, 0x01C3D4E5, 7)),
        ('2,1,"1A2B","01C3D4E5"', False, Registration(1, 2, 0x1A2B, 0x01C3D4E5)),
        ('1,"1A2B","01C3D4E5"', True, Registration(1, None, 0x1A2B, 0x01C3D4E5)),
        ("2,1,1A2B,1C3D4E5,2", False, Registration(1, 2, 0x1A2B, 0x1C3D4E5, 2)),
        ('2,1,"00C3","0000A13B",2,"01"', False, Registration(1, 2, 0xC3, 0xA13B, 2, 1)),
        ('3,3,"","",7,0,15', False, Registration(3, 3, None, None, 7, None, 0, 15)),
        ('4,1,"1A2B","01C3D4E5",7,,,"00100100","01000111"', False,
         Registration(1, 4, 0x1A2B, 0x01C3D4E5, 7)),
    ],
)
def test_registration_forms(payload: str, urc: bool, expected: Registration) -> None:
    assert network.parse_registration(payload, urc=urc) == expected


@pytest.mark.parametrize(
    ("payload", "urc"),
    [("0,1", False), ("1", True), ('2,5,"1A2B","01C3D4E5",7', False),
     ('5,"1A2B","01C3D4E5",7', True), ('1,"1A2B","01C3D4E5"', True)],
)
def test_registration_form_is_guessed(payload: str, urc: bool) -> None:
    assert (network.parse_registration(payload).n is None) is urc


def test_registration_properties_and_errors() -> None:
    roaming = network.parse_registration("0,5")
    assert roaming.registered and roaming.roaming
    assert roaming.state_name == "registered, roaming"
    assert network.parse_registration('1,"1","2",7', urc=True).radio == "E-UTRAN"
    for bad in ("", "0,12", "a,b", '1,"XYZ","1"'):
        with pytest.raises(AtParseError):
            network.parse_registration(bad)
    result = res("+CEREG: 2,1,\"2B67\",\"0160BF03\",7")
    assert network.parse_registration_result(result, "+CEREG:").lac == 0x2B67
    assert network.registration_query("+C5GREG:").text == "AT+C5GREG?"


def test_cops_read() -> None:
    assert network.parse_cops(res('+COPS: 0,0,"Vodafone.de",7')) == network.CurrentOperator(
        0, 0, "Vodafone.de", 7
    )
    assert network.parse_cops(res("+COPS: 0")) == network.CurrentOperator(0)
    assert network.parse_cops('1,2,"26201",2').name == "26201"


def test_cops_scan_with_trailing_lists() -> None:
    result = res(
        '+COPS: (2,"Vodafone.de","Vodafone","26202",7),(1,"Telekom.de","TDG","26201",2),'
        '(3,"o2 - de","o2 - de","26203",0),,(0,1,2,3,4),(0,1,2)'
    )
    networks = network.parse_cops_scan(result)
    assert [n.numeric for n in networks] == ["26202", "26201", "26203"]
    assert networks[0] == network.OperatorInfo(2, "Vodafone.de", "Vodafone", "26202", 7)
    assert networks[2].long_name == "o2 - de"
    assert networks[1].radio == "UTRAN"


def test_cops_scan_quirks() -> None:
    # no AcT (GSM-only modem), spaces, numeric unquoted, wrapped over two lines, range lists
    result = res(
        '+COPS: ( 1 , "CHN-UNICOM" , "UNICOM" , "46001" ),(2,"CMCC","CMCC",46000,2)',
        '(3,"","","46003",7),,(0-4),(0-2)',
    )
    networks = network.parse_cops_scan(result)
    assert networks == [
        network.OperatorInfo(1, "CHN-UNICOM", "UNICOM", "46001", None),
        network.OperatorInfo(2, "CMCC", "CMCC", "46000", 2),
        network.OperatorInfo(3, "", "", "46003", 7),
    ]
    assert network.parse_cops_scan(res("+COPS: ,,(0-4),(0-2)")) == []
    assert network.parse_cops_scan(res('+COPS: (1,"A,B","AB","00101",7)'))[0].long_name == "A,B"
    with pytest.raises(AtParseError):
        network.parse_cops_scan(res())


def test_cfun_cgatt_ws46() -> None:
    assert network.parse_cfun(res("+CFUN: 1")) == 1
    assert network.parse_cfun(res("+CFUN: 4,0")) == 4
    assert network.parse_cgatt(res("+CGATT: 1")) is True
    assert network.parse_ws46(res("+WS46: 28")) == 28
    assert network.ws46_set(25).text == "AT+WS46=25"
    with pytest.raises(ValueError):
        network.ws46_set(7)
    assert network.cops_select("26202", 7).text == 'AT+COPS=1,2,"26202",7'
    with pytest.raises(ValueError):
        network.cops_select("x")


def test_bars() -> None:
    assert SignalQuality().bars == 0
    assert SignalQuality(rssi_dbm=-51.0).bars == 5
    assert SignalQuality(rsrp_dbm=-125.0, rssi_dbm=-51.0).bars == 0
