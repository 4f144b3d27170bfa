"""Vendor selection and the small vendor dialects."""

from __future__ import annotations

import pytest

from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.vendors import (
    Fibocom,
    Huawei,
    Quectel,
    Sierra,
    Simcom,
    Telit,
    Ublox,
    Vendor,
    Zte,
    huawei,
    quectel,
    select,
    simcom,
    telit,
    ublox,
    zte,
)


def res(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


@pytest.mark.parametrize(
    ("manufacturer", "model", "kind"),
    [
        ("huawei", "ME909s-120", Huawei),
        ("HUAWEI TECHNOLOGIES CO., LTD", "", Huawei),
        ("Quectel", "EC25", Quectel),
        ("", "EG25-G", Quectel),
        ("Sierra Wireless, Incorporated", "MC7455", Sierra),
        ("SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", Simcom),
        ("u-blox", "SARA-R410M-02B", Ublox),
        ("Telit", "LE910C4-EU", Telit),
        ("", "ME910C1-E1", Telit),
        ("ZTE INCORPORATED", "MF823", Zte),
        ("Fibocom Wireless Inc.", "L850-GL", Fibocom),
        ("Acme", "Rocket", Vendor),
        ("", "", Vendor),
    ],
)
def test_select(manufacturer: str, model: str, kind: type[Vendor]) -> None:
    assert type(select(manufacturer, model)) is kind


def test_manufacturer_wins_over_model() -> None:
    assert isinstance(select("Quectel", "ME909"), Quectel)


def test_generic_vendor_uses_27007() -> None:
    vendor = Vendor()
    assert vendor.iccid_query().text == "AT+CRSM=176,12258,0,0,10"
    assert vendor.pin_retries_query() is not None
    assert vendor.signal_query().text == "AT+CSQ"
    assert vendor.parse_signal(res("+CSQ: 31,99")).rssi_dbm == -51.0


def test_every_vendor_builds_its_queries() -> None:
    for vendor in (Huawei(), Quectel(), Sierra(), Simcom(), Ublox(), Telit(), Zte(), Fibocom()):
        assert vendor.iccid_query().text.startswith("AT")
        assert vendor.signal_query().response_prefixes
        assert repr(vendor).startswith("<Vendor ")


def test_huawei_iccid_swapped_or_not() -> None:
    assert huawei.parse_iccid(res('^ICCID: "98940000000000000000"')) == "89490000000000000000"
    assert huawei.parse_iccid(res("^ICCID: 89490000000000000000")) == "89490000000000000000"


def test_huawei_hcsq_forms() -> None:
    assert huawei.parse_hcsq('"NOSERVICE"').bars == 0
    assert huawei.parse_hcsq('"GSM",60').rssi_dbm == -61.0
    lte = huawei.parse_hcsq('"LTE",255,255,255,255')
    assert lte.rsrp_dbm is None and lte.radio == "LTE"
    with pytest.raises(AtParseError):
        huawei.parse_hcsq('"LTE",1')
    with pytest.raises(AtParseError):
        huawei.parse_hcsq('"LTE",a,b,c,d')


def test_huawei_builders() -> None:
    assert huawei.syscfgex_set(["LTE", "WCDMA"]).text == (
        'AT^SYSCFGEX="0302",40000000,2,4,40000000,,'
    )
    assert huawei.syscfgex_set([]).text.startswith('AT^SYSCFGEX="00"')
    with pytest.raises(ValueError):
        huawei.syscfgex_set(["CB radio"])
    assert huawei.ndisdup(True, "internet").text == 'AT^NDISDUP=1,1,"internet"'
    assert huawei.ndisdup(False).text == "AT^NDISDUP=1,0"
    assert huawei.parse_syscfgex(res('^SYSCFGEX: "00",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF')) == ["auto"]
    assert huawei.parse_ndisstat('0,33,,"IPV4",1,,,"IPV6"') == {"IPV4": False, "IPV6": True}
    with pytest.raises(AtParseError):
        huawei.parse_dsflowrpt("00,01")
    totals = huawei.parse_dsflowqry(
        res("^DSFLOWQRY: 0000003C,0000000000001F40,000000000000C350,00000E10,00000000000F4240,"
            "0000000001312D00")
    )
    assert totals == huawei.FlowTotals(60, 8000, 50000, 3600, 1_000_000, 20_000_000)
    with pytest.raises(AtParseError):
        huawei.parse_dsflowqry(res("^DSFLOWQRY: 1,2,3"))


def test_quectel_forms() -> None:
    assert quectel.parse_qcsq('"NOSERVICE"').radio is None
    umts = quectel.parse_qcsq('"WCDMA",-70,-76,-6')
    assert (umts.rssi_dbm, umts.rscp_dbm, umts.ecno_db) == (-70.0, -76.0, -6.0)
    assert quectel.parse_qcsq('"GSM",-71').rssi_dbm == -71.0
    assert quectel.parse_qnwinfo(res("+QNWINFO: No Service")) == quectel.NetworkInfo(None)
    assert quectel.parse_qpinc(
        res('+QPINC: "SC",3,10', '+QPINC: "P2",2,10')
    ) == PinRetries(3, 10, 2, 10)
    assert quectel.parse_qeng_servingcell(
        res('+QENG: "servingcell","SEARCH"')
    ) == quectel.ServingCell("SEARCH", "")
    assert quectel.nwscanmode_set(3).text == 'AT+QCFG="nwscanmode",3,1'
    with pytest.raises(AtParseError):
        quectel.parse_nwscanmode(res('+QCFG: "band",0'))


def test_small_vendors() -> None:
    assert simcom.parse_spic(res("+SPIC: 3,10,3,10")) == PinRetries(3, 10, 3, 10)
    assert Simcom().parse_iccid(res("+ICCID: 89860318760209876543")) == "89860318760209876543"
    assert ublox.parse_upincnt(res("+UPINCNT: 3,2,10,9")) == PinRetries(3, 10, 2, 9)
    assert Ublox().parse_iccid(res("+CCID: 8939104520003344556")) == "8939104520003344556"
    assert Ublox().parse_signal(res("+CESQ: 99,99,255,255,20,50")).rsrp_dbm == -91.0
    assert telit.parse_pct(res("#PCT: 2")) == 2
    assert Telit().parse_pin_retries(res("#PCT: 2")) == PinRetries(pin1=2)
    assert Telit().parse_iccid(res("#CCID: 89390100002406784512")) == "89390100002406784512"
    assert zte.parse_zpinpuk(res("+ZPINPUK: 3,10")) == PinRetries(3, 10)
    assert Zte().parse_iccid(res("+ZGETICCID: 98680031420000512173")) == "89860013240000151237"
    assert Fibocom().parse_iccid(res("+CCID: 89882280666012345678")) == "89882280666012345678"
    for parser, line in ((simcom.parse_spic, "+SPIC: 3"), (ublox.parse_upincnt, "+UPINCNT: 1"),
                         (zte.parse_zpinpuk, "+ZPINPUK: x")):
        with pytest.raises(AtParseError):
            parser(res(line))
