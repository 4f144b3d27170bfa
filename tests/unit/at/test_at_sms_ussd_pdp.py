"""SMS, USSD and packet-data parsers and builders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.at.commands import pdp, sms, ussd
from cmgui.at.commands.ussd import UssdEncoding
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError
from cmgui.sms import gsm7

PDU1 = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37"
PDU2 = "0791448720003023240DD0E474D81C0EBB010000111011315214000BE474D81C0EBB5DE3771B"


def res(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


def test_cpms_read_and_set_forms() -> None:
    stores = sms.parse_cpms(res('+CPMS: "SM",3,30,"SM",3,30,"ME",0,255'))
    assert stores == [
        sms.StorageUse("SM", 3, 30),
        sms.StorageUse("SM", 3, 30),
        sms.StorageUse("ME", 0, 255),
    ]
    assert sms.parse_cpms("3,30,3,30") == [sms.StorageUse(None, 3, 30)] * 2
    with pytest.raises(AtParseError):
        sms.parse_cpms('"SM",3')
    assert sms.cpms_set("ME", "ME", "ME").text == 'AT+CPMS="ME","ME","ME"'


def test_cmgl_pdu_mode_pairs() -> None:
    result = res("+CMGL: 0,1,,24", PDU1, "+CMGL: 3,0,,37", PDU2.lower())
    messages = sms.parse_cmgl(result)
    assert messages == [
        sms.StoredMessage(0, 1, PDU1, 24),
        sms.StoredMessage(3, 0, PDU2, 37),
    ]
    assert sms.parse_cmgl(res()) == []


def test_cmgl_text_mode() -> None:
    result = res('+CMGL: 2,"REC UNREAD","+491701234567",,"24/03/01,12:00:00+04"', "Hi, there")
    (message,) = sms.parse_cmgl(result, text_mode=True)
    assert message == sms.StoredMessage(
        2, 0, "Hi, there", address="+491701234567", alpha=None, timestamp="24/03/01,12:00:00+04"
    )


@pytest.mark.parametrize(
    "lines",
    [("+CMGL: 0,1,,24",), ("+CMGL: 0,1,,24", "XYZ"), ("+CMGL: x,1,,24", PDU1), ("+CMGL: 1",)],
)
def test_cmgl_garbage(lines: tuple[str, ...]) -> None:
    with pytest.raises(AtParseError):
        sms.parse_cmgl(res(*lines))


def test_cmgr_cmgs_csca_cmti() -> None:
    assert sms.parse_cmgr(res("+CMGR: 1,,24", PDU1), index=5) == sms.StoredMessage(5, 1, PDU1, 24)
    with pytest.raises(AtParseError):
        sms.parse_cmgr(res())
    assert sms.parse_cmgs(res("+CMGS: 17")) == 17
    assert sms.parse_cmgs(res('+CMGS: 18,"24/03/01,12:00:00+04"')) == 18
    assert sms.parse_csca(res('+CSCA: "+491710760000",145')) == sms.ServiceCentre(
        "+491710760000", 145
    )
    assert sms.parse_cmti('"SM",12') == sms.NewMessage("SM", 12)
    with pytest.raises(AtParseError):
        sms.parse_cmti('"SM"')


def test_sms_builders() -> None:
    command = sms.cmgs_pdu(24)
    assert (command.text, command.expect_prompt) == ("AT+CMGS=24", True)
    with pytest.raises(ValueError):
        sms.cmgs_pdu(0)
    assert sms.cmgl(4).text == "AT+CMGL=4"
    assert sms.cmgl(4, text_mode=True).text == 'AT+CMGL="ALL"'
    assert sms.cmgd(1, 4).text == "AT+CMGD=1,4"
    assert sms.cnmi().text == "AT+CNMI=2,1,0,2,0"


# ---------------------------------------------------------------------- USSD


def test_gsm7_pack_known_vector() -> None:
    # "*100#" packed: the classic Huawei USSD request
    assert ussd.gsm7_pack_hex("*100#") == "AA180C3602"
    assert ussd.gsm7_unpack_hex("AA180C3602") == "*100#"
    assert ussd.gsm7_pack_hex("hellohello") == "E8329BFD4697D9EC37"


def test_gsm7_cb_padding_of_seven_spare_bits() -> None:
    text = "1234567"  # 7 septets: the 7 spare bits at the end must become CR
    packed = bytes.fromhex(ussd.gsm7_pack_hex(text))
    assert len(packed) == 7 and packed[-1] >> 1 == 0x0D
    assert ussd.gsm7_unpack_hex(packed.hex()) == text
    zero_padded = "31D98C56B3DD00"  # the same text padded with zeros by a lazy sender
    assert ussd.gsm7_unpack_hex(zero_padded) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=gsm7.DEFAULT_ALPHABET.replace("\x1b", "") + "€[]{}|^~\\", max_size=182))
def test_gsm7_roundtrip(text: str) -> None:
    unpacked = ussd.gsm7_unpack_hex(ussd.gsm7_pack_hex(text))
    # 8n septets ending in CR (or '@', which lazy senders use as padding) cannot be told from
    # 8n-1 septets plus padding (TS 23.038 6.1.2.3.1): the last character is dropped.
    ambiguous = len(gsm7.DEFAULT.encode(text)) % 8 == 0 and text[-1:] in ("\r", "@")
    assert unpacked == (text[:-1] if ambiguous else text)


def test_gsm7_rejects_characters_outside_the_alphabet() -> None:
    with pytest.raises(ValueError):
        ussd.gsm7_pack_hex("日本")


def test_cusd_builders() -> None:
    assert ussd.cusd_request("*100#").text == 'AT+CUSD=1,"*100#",15'
    packed = ussd.cusd_request("*100#", encoding=UssdEncoding.GSM7_PACKED_HEX)
    assert packed.text == 'AT+CUSD=1,"AA180C3602",15'
    assert ussd.cusd_request("*1#", encoding=UssdEncoding.UCS2_HEX).text == (
        'AT+CUSD=1,"002A00310023",15'
    )
    with pytest.raises(ValueError):
        ussd.cusd_request('*1"#')


def test_parse_cusd_forms() -> None:
    assert ussd.parse_cusd("2") == ussd.UssdResponse(2)
    response = ussd.parse_cusd('1,"Balance 5.00, reply 1",15')
    assert response == ussd.UssdResponse(1, "Balance 5.00, reply 1", 15)
    assert response.needs_reply
    multi = ussd.parse_cusd('0,"Line 1', ('Line 2",15',))
    assert multi.raw == "Line 1\nLine 2"
    for bad in ("", "9", 'x,"a",15'):
        with pytest.raises(AtParseError):
            ussd.parse_cusd(bad)


def test_decode_ussd_by_dcs_and_vendor_habit() -> None:
    assert ussd.decode_ussd("Hello", 15) == "Hello"
    assert ussd.decode_ussd("C8329BFD06", 15, UssdEncoding.GSM7_PACKED_HEX) == "Hello"
    # UCS2 by dcs 72 whatever the vendor does
    assert ussd.decode_ussd("04110430043B0430043D0441", 72) == "Баланс"
    # hex-looking plain text stays text when the modem sends text
    assert ussd.decode_ussd("1234", 15) == "1234"
    # not decodable as claimed: returned as received
    assert ussd.decode_ussd("D800", 72) == "D800"
    assert ussd.UssdResponse(0, "C8329BFD06", 15).text(UssdEncoding.GSM7_PACKED_HEX) == "Hello"


@pytest.mark.parametrize(
    ("dcs", "alphabet"),
    [(15, "gsm7"), (0x00, "gsm7"), (0x11, "ucs2"), (0x44, "8bit"), (0x48, "ucs2"), (0xF4, "8bit")],
)
def test_dcs_alphabet(dcs: int, alphabet: str) -> None:
    assert ussd.dcs_alphabet(dcs) == alphabet


# ---------------------------------------------------------------------- PDP


def test_cgdcont() -> None:
    contexts = pdp.parse_cgdcont(
        res('+CGDCONT: 1,"IPV4V6","internet","0.0.0.0",0,0', '+CGDCONT: 2,"IP","ims",,0,0')
    )
    assert contexts == [
        pdp.PdpContext(1, "IPV4V6", "internet", "0.0.0.0"),
        pdp.PdpContext(2, "IP", "ims", None),
    ]
    assert pdp.cgdcont_set(1, "IP", "web.vodafone.de").text == 'AT+CGDCONT=1,"IP","web.vodafone.de"'
    with pytest.raises(ValueError):
        pdp.cgdcont_set(1, "X25", "a")


def test_cgact_cgpaddr() -> None:
    assert pdp.parse_cgact(res("+CGACT: 1,1", "+CGACT: 2,0")) == {1: True, 2: False}
    addresses = pdp.parse_cgpaddr(
        res(
            '+CGPADDR: 1,"10.74.12.3","32.1.13.184.0.0.0.0.0.0.0.0.0.0.0.1"',
            "+CGPADDR: 2",
            '+CGPADDR: 3,"0.0.0.0"',
        )
    )
    assert addresses == {1: ["10.74.12.3", "2001:db8::1"], 2: [], 3: []}
    with pytest.raises(AtParseError):
        pdp.parse_cgpaddr(res('+CGPADDR: 1,"999.1.1.1"'))


def test_cgcontrdp() -> None:
    (params,) = pdp.parse_cgcontrdp(
        res('+CGCONTRDP: 1,5,"internet","10.1.2.3.255.255.255.0","10.1.2.1","8.8.8.8","1.1.1.1"')
    )
    assert params == pdp.DynamicParams(
        1, 5, "internet", "10.1.2.3", "255.255.255.0", "10.1.2.1", ("8.8.8.8", "1.1.1.1")
    )
    (short,) = pdp.parse_cgcontrdp(res('+CGCONTRDP: 1,,"ims"'))
    assert short == pdp.DynamicParams(1, None, "ims")


def test_ef_sms_records_tell_status_without_listing() -> None:
    assert sms.ef_sms_record(3).text == "AT+CRSM=178,28476,3,4,176"
    assert sms.ef_sms_record(1, "7F10").text == 'AT+CRSM=178,28476,1,4,176,,"7F10"'
    record = bytes.fromhex("03") + bytes(175)
    assert [sms.ef_sms_stat(bytes([b]) + record[1:]) for b in (0x00, 0x01, 0x03, 0x05, 0x07,
                                                               0x1D, 0xFE, 0xFF)] == [
        None, 1, 0, 3, 2, 3, None, None]  # 0x1D: sent, report stored; FF: erased
    assert sms.ef_sms_stat(b"") is None
