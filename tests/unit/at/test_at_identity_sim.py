"""Identification and SIM parsers."""

from __future__ import annotations

import pytest

from cmgui.at.commands import identity, sim
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError


def res(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


def test_plain_and_prefixed_identity_values() -> None:
    assert identity.parse_manufacturer(res("Quectel")) == "Quectel"
    assert identity.parse_manufacturer(res("+CGMI: huawei")) == "huawei"
    assert identity.parse_model(res('+CGMM: "SARA-R410M-02B"')) == "SARA-R410M-02B"
    assert identity.parse_revision(res("Revision: EC25EFAR06A06M4G")) == "EC25EFAR06A06M4G"
    assert identity.parse_imei(res("867698041234567")) == "867698041234567"
    assert identity.parse_imei(res('+CGSN: "356938035643809"')) == "356938035643809"
    assert identity.parse_imsi(res("262011234567890")) == "262011234567890"


@pytest.mark.parametrize("lines", [(), ("",), ("12AB",), ("+CGSN: 12",)])
def test_bad_imei(lines: tuple[str, ...]) -> None:
    with pytest.raises(AtParseError):
        identity.parse_imei(res(*lines))


def test_iccid_forms() -> None:
    assert identity.parse_iccid(res("+CCID: 89490200001234567890")) == "89490200001234567890"
    assert identity.parse_iccid(res('+ICCID: "8944500102198304826F"')) == "8944500102198304826"
    assert identity.parse_iccid(res("89014103211118510720")) == "89014103211118510720"
    with pytest.raises(AtParseError):
        identity.parse_iccid(res("+CCID: hello"))


def test_cnum() -> None:
    numbers = identity.parse_cnum(res('+CNUM: "Own","+491701234567",145', '+CNUM: ,"0301234",129'))
    assert numbers == [
        identity.SubscriberNumber("Own", "+491701234567", 145),
        identity.SubscriberNumber("", "0301234", 129),
    ]
    assert identity.parse_cnum(res()) == []


def test_ati_key_value_and_bare_forms() -> None:
    huawei = identity.parse_ati(
        res("Manufacturer: huawei", "Model: ME909s-120", "Revision: 11.617.01.00.00",
            "IMEI: 861234567890123", "+GCAP: +CGSM,+DS,+ES")
    )
    assert huawei == identity.Identification(
        "huawei", "ME909s-120", "11.617.01.00.00", "861234567890123"
    )
    quectel = identity.parse_ati(res("Quectel", "EC25", "Revision: EC25EFAR06A06M4G"))
    assert quectel == identity.Identification("Quectel", "EC25", "EC25EFAR06A06M4G")
    with pytest.raises(AtParseError):
        identity.parse_ati(res())


# ---------------------------------------------------------------------- SIM


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("READY", "READY"),
        ("SIM PIN", "SIM PIN"),
        ('"SIM PUK"', "SIM PUK"),
        ("ph-net pin", "PH-NET PIN"),
    ],
)
def test_cpin(payload: str, code: str) -> None:
    assert sim.parse_cpin(res(f"+CPIN: {payload}")) == code


def test_cpin_garbage() -> None:
    with pytest.raises(AtParseError):
        sim.parse_cpin(res("+CPIN: BANANA"))
    with pytest.raises(AtParseError):
        sim.parse_cpin(res())


def test_cpin_builders_are_secret_and_validated() -> None:
    command = sim.cpin_enter("1234")
    assert command.text == 'AT+CPIN="1234"' and command.secret
    assert sim.cpin_enter("12345678", "4321").text == 'AT+CPIN="12345678","4321"'
    with pytest.raises(ValueError):
        sim.cpin_enter('12"4')
    assert sim.clck_set(False, "1234").text == 'AT+CLCK="SC",0,"1234"'
    assert sim.cpwd("1234", "5678").secret


def test_cpinr() -> None:
    result = res("+CPINR: SIM PIN,3,3", "+CPINR: SIM PUK,10,10", "+CPINR: SIM PIN2,2,3",
                 "+CPINR: SIM PUK2,10,10")
    assert sim.parse_cpinr(result) == sim.PinRetries(3, 10, 2, 10)
    with pytest.raises(AtParseError):
        sim.parse_cpinr(res("+CPINR: SIM PIN"))


def test_clck() -> None:
    assert sim.parse_clck(res("+CLCK: 1")) is True
    assert sim.parse_clck(res("+CLCK: 0")) is False
    assert sim.parse_clck(res("+CLCK: 0,1", "+CLCK: 1,2")) is True


def test_crsm_iccid_nibble_swap() -> None:
    command = sim.crsm_read_iccid()
    assert command.text == "AT+CRSM=176,12258,0,0,10"
    result = res('+CRSM: 144,0,"98940000000000000000"')
    assert sim.parse_crsm_iccid(result) == "89490000000000000000"
    odd = res('+CRSM: 144,0,"981032547698103254F6"')
    assert sim.parse_crsm_iccid(odd) == "8901234567890123456"


def test_crsm_errors() -> None:
    with pytest.raises(AtParseError, match="6A82"):
        sim.parse_crsm_iccid(res("+CRSM: 106,130"))
    with pytest.raises(AtParseError):
        sim.parse_crsm(res('+CRSM: 144,0,"ZZ"'))
    with pytest.raises(AtParseError):
        sim.parse_crsm_iccid(res('+CRSM: 144,0,"FFFF"'))
