"""Byte-exact AT transcripts of the front end, per dialect, on a deterministic clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.drivers.virtual import smspdu
from cmgui.drivers.virtual.at_ussd import pack_ussd, unpack_ussd
from cmgui.drivers.virtual.frontend import AtFrontEnd, parse_command_line
from cmgui.drivers.virtual.serve import create
from cmgui.drivers.virtual.session import SyntaxFailure


class Term:
    """A scripted TE: send a line, let time pass, read the exact bytes."""

    def __init__(self, dialect: str = "generic", **options: object) -> None:
        options.setdefault("pin_enabled", False)
        self.model, self.fe = create(dialect, scan_delay=3.0, **options)  # type: ignore[arg-type]
        self.now = 0.0
        self.tick(2.0)
        self.fe.data_to_send()
        self.at("ATE0")

    def tick(self, dt: float) -> bytes:
        self.now += dt
        self.fe.advance(self.now)
        return self.fe.data_to_send()

    def at(self, line: str, dt: float = 0.0) -> bytes:
        self.fe.receive_data(line.encode("latin-1") + b"\r")
        out = self.fe.data_to_send()
        return out + (self.tick(dt) if dt else b"")


OK = b"\r\nOK\r\n"


def test_echo_and_basic_framing() -> None:
    t = Term()
    t.at("ATE1")
    assert t.at("AT") == b"AT\r" + OK
    assert t.at("at+cgmi") == b"at+cgmi\r\r\ncmgui\r\n" + OK
    assert t.at("ATE0") == b"ATE0\r" + OK
    assert t.at("AT+CFUN?;+CMEE?") == b"\r\n+CFUN: 1\r\n\r\n+CMEE: 1\r\n" + OK
    assert t.at("ATV0") == b"0\r"
    assert t.at("AT+CSQ=?") == b"+CSQ: (0-31,99),(0-7,99)\r\n0\r"
    assert t.at("ATV1") == OK
    assert t.at("hello") == b""


def test_errors_follow_cmee() -> None:
    t = Term(pin_enabled=True)
    assert t.at('AT+CPIN="0000"') == b"\r\n+CME ERROR: 16\r\n"
    t.at("AT+CMEE=2")
    assert t.at('AT+CPIN="0000"') == b"\r\n+CME ERROR: incorrect password\r\n"
    t.at("AT+CMEE=0")
    assert t.at("AT+CIMI") == b"\r\nERROR\r\n"
    t.at("AT+CMEE=1")
    assert t.at("AT+CIMI") == b"\r\n+CME ERROR: 11\r\n"
    assert t.at('AT+CPIN="0000"') == b"\r\n+CME ERROR: 16\r\n"
    assert t.at("AT+CIMI") == b"\r\n+CME ERROR: 12\r\n"
    assert t.at("AT+CPINR") == b"\r\n+CPINR: SIM PIN,0,3\r\n+CPINR: SIM PUK,10,10\r\n" + OK
    assert t.at("AT+CPIN?") == b"\r\n+CPIN: SIM PUK\r\n" + OK
    assert t.at('AT+CPIN="12345678","4321"') == OK
    assert t.at("AT+CMGL=4") == OK


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [("generic", b"\r\nERROR\r\n"), ("huawei", b"\r\nCOMMAND NOT SUPPORT\r\n"),
     ("quectel", b"\r\nERROR\r\n")],
)
def test_unknown_command_per_dialect(dialect: str, expected: bytes) -> None:
    t = Term(dialect)
    assert t.at("AT+NOSUCH") == expected
    assert t.at("AT+CSQ;+NOSUCH;+CFUN?").startswith(b"\r\n+CSQ: ")
    assert t.at("AT+CSQ;+NOSUCH;+CFUN?").endswith(expected)


def test_identity_per_dialect() -> None:
    t = Term("generic")
    assert t.at("AT+CCID") == b"\r\n+CCID: 89001010000123456782\r\n" + OK
    assert t.at("AT+CRSM=176,12258,0,0,10") == b'\r\n+CRSM: 144,0,"98000101001032547628"\r\n' + OK
    assert t.at("AT+CRSM=176,28423,0,0,9") == b"\r\n+CRSM: 106,130\r\n" + OK
    assert t.at("AT+CNUM") == b'\r\n+CNUM: "","+15550123",145\r\n' + OK
    h = Term("huawei")
    assert h.at("AT+CGMI") == b"\r\nhuawei\r\n" + OK
    assert h.at("AT^ICCID?") == b"\r\n^ICCID: 89001010000123456782\r\n" + OK
    assert h.at("AT^CPIN?") == b"\r\n^CPIN: READY,,10,3,10,3\r\n" + OK
    q = Term("quectel")
    assert q.at("AT+QCCID") == b"\r\n+QCCID: 89001010000123456782\r\n" + OK
    assert q.at("AT+QPINC?") == b'\r\n+QPINC: "SC",3,10\r\n+QPINC: "P2",3,10\r\n' + OK
    assert q.at("ATI") == b"\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A06M4G-VM\r\n" + OK


def test_registration_urcs_and_reads() -> None:
    t = Term(pin_enabled=True)
    assert t.at("AT+CREG=2;+CEREG=1;+CGREG=0") == OK
    assert t.at("AT+CREG?") == b"\r\n+CREG: 2,0\r\n" + OK
    assert t.at('AT+CPIN="1234"') == OK + b"\r\n+CREG: 2\r\n\r\n+CEREG: 2\r\n"
    assert t.tick(1.0) == b'\r\n+CREG: 1,"1A2B","001A2B3C",7\r\n\r\n+CEREG: 1\r\n'
    assert t.at("AT+CEREG=2;+CEREG?") == b'\r\n+CEREG: 2,1,"3C4D","001A2B3C",7\r\n' + OK
    assert t.at("AT+COPS?") == b'\r\n+COPS: 0,0,"Virtual Telecom",7\r\n' + OK
    assert t.at("AT+COPS=1,2,\"00104\"") == b"\r\n+CME ERROR: 32\r\n"
    assert t.at('AT+COPS=1,2,"00102"') == (
        OK + b'\r\n+CREG: 5,"2B3C","002B3C4D",7\r\n\r\n+CEREG: 5,"4D5E","002B3C4D",7\r\n')
    assert t.at("AT+COPS?") == b'\r\n+COPS: 1,2,"00102",7\r\n' + OK
    assert t.at("AT+CFUN=4") == OK + b"\r\n+CREG: 0\r\n\r\n+CEREG: 0\r\n"
    assert t.at("AT+CSQ") == b"\r\n+CSQ: 99,99\r\n" + OK


def test_network_scan_is_slow_and_holds_later_input() -> None:
    t = Term()
    assert t.at("AT+COPS=?") == b""
    t.fe.receive_data(b"AT+CFUN?\r")
    assert t.fe.data_to_send() == b""
    assert t.tick(2.9) == b""
    out = t.tick(0.2)
    assert out.startswith(b'\r\n+COPS: (1,"Virtual Telecom","VirtTel","00101",12),'
                          b'(2,"Virtual Telecom","VirtTel","00101",7),')
    assert b'(3,"Forbidden Net","Forbid","00104",7)' in out
    assert out.endswith(b",,(0,1,2,3,4),(0,1,2)\r\n" + OK + b"\r\n+CFUN: 1\r\n" + OK)


def test_mode_preference_commands() -> None:
    g = Term()
    assert g.at("AT+WS46=36;+COPS?") == b'\r\n+COPS: 0,0,"Virtual Telecom",12\r\n' + OK
    h = Term("huawei")
    assert h.at('AT^SYSCFGEX="01",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF,,') == OK
    assert h.at("AT^SYSINFOEX") == b'\r\n^SYSINFOEX: 2,3,0,1,,1,"GSM",1,"GSM"\r\n' + OK
    assert h.at("AT^HCSQ?").startswith(b'\r\n^HCSQ: "GSM",')
    q = Term("quectel")
    assert q.at('AT+QCFG="nwscanmode",2,1') == OK
    assert q.at("AT+QNWINFO") == b'\r\n+QNWINFO: "WCDMA","00101","WCDMA 2100",10700\r\n' + OK
    assert q.at('AT+QCFG="nwscanmode"') == b'\r\n+QCFG: "nwscanmode",2\r\n' + OK
    assert q.at("AT+QCSQ").startswith(b'\r\n+QCSQ: "WCDMA",')


def test_sms_pdu_send_with_prompt_report_and_echo_reply() -> None:
    t = Term()
    assert t.at("AT+CMGF=0;+CNMI=2,1,0,1,0") == OK
    tpdu = smspdu.encode_submit("+15550100", "hello", srr=True)[0]
    assert t.at(f"AT+CMGS={len(tpdu)}") == b"\r\n> "
    t.fe.receive_data(b"00" + tpdu.hex().upper().encode() + b"\x1a")
    assert t.fe.data_to_send() == b"\r\n+CMGS: 1\r\n" + OK
    report = t.tick(1.0)
    assert report.startswith(b"\r\n+CDS: ")
    assert t.tick(1.0) == b'\r\n+CMTI: "SM",1\r\n'
    listing = t.at("AT+CMGL=4")
    head, pdu_hex = listing.split(b"\r\n")[1:3]
    assert head == b"+CMGL: 1,0,,27"
    from cmgui.sms import decode_pdu

    msg = decode_pdu(pdu_hex.decode())
    assert msg.text == "echo: hello"
    assert t.at("AT+CMGR=1").startswith(b"\r\n+CMGR: 1,,27\r\n")
    assert t.at("AT+CMGD=1;+CPMS?") == b'\r\n+CPMS: "SM",0,20,"SM",0,20,"SM",0,20\r\n' + OK
    assert t.at("AT+CMGS=5") == b"\r\n> "
    t.fe.receive_data(b"\x1b")
    assert t.fe.data_to_send() == OK
    bad = smspdu.encode_submit("+99999", "x")[0]
    t.at(f"AT+CMGS={len(bad)}")
    t.fe.receive_data(b"00" + bad.hex().encode() + b"\x1a")
    assert t.fe.data_to_send() == b"\r\n+CMS ERROR: 21\r\n"


def test_sms_text_mode() -> None:
    t = Term()
    assert t.at('AT+CMGF=1;+CSMP=49,167,0,0') == OK
    assert t.at('AT+CMGW="+15551234"') == b"\r\n> "
    t.fe.receive_data(b"draft\x1a")
    assert t.fe.data_to_send() == b"\r\n+CMGW: 1\r\n" + OK
    t.model.inject_sms("+15557777", "hi there")
    assert t.tick(0.1) == b'\r\n+CMTI: "SM",2\r\n'
    assert t.at('AT+CMGL="ALL"') == (
        b'\r\n+CMGL: 1,"STO UNSENT","+15551234",\r\ndraft\r\n'
        b'+CMGL: 2,"REC UNREAD","+15557777",,"26/01/01,00:00:02+00"\r\nhi there\r\n' + OK)
    assert t.at('AT+CMGR=2') == (
        b'\r\n+CMGR: "REC READ","+15557777",,"26/01/01,00:00:02+00"\r\nhi there\r\n' + OK)
    assert t.at("AT+CMSS=1") == b"\r\n+CMSS: 1\r\n" + OK


def test_full_store_indication_huawei() -> None:
    t = Term("huawei", sm_capacity=1)
    t.model.inject_sms("+1555", "a")
    assert t.tick(0.1) == b'\r\n+CMTI: "SM",0\r\n'
    t.model.inject_sms("+1555", "b")
    assert t.tick(0.1) == b'\r\n^SMMEMFULL: "SM"\r\n'


def test_direct_delivery_cmt() -> None:
    t = Term()
    t.at("AT+CNMI=2,2,0,0,0")
    t.model.inject_sms("+15557777", "direct")
    out = t.tick(0.1)
    assert out.startswith(b"\r\n+CMT: ,")
    from cmgui.sms import decode_pdu

    assert decode_pdu(out.split(b"\r\n")[2].decode()).text == "direct"


def test_ussd_per_dialect() -> None:
    g = Term()
    assert g.at('AT+CUSD=1,"*100#",15') == OK
    assert g.tick(0.5) == b'\r\n+CUSD: 0,"Your balance is 12.34 EUR.",15\r\n'
    g.at('AT+CSCS="UCS2"')
    code = "*100#".encode("utf-16-be").hex().upper()
    g.at(f'AT+CUSD=1,"{code}",15')
    reply = "Your balance is 12.34 EUR.".encode("utf-16-be").hex().upper()
    assert g.tick(0.5) == f'\r\n+CUSD: 0,"{reply}",15\r\n'.encode()
    h = Term("huawei")
    assert h.at('AT+CUSD=1,"AA180C3602",15') == OK  # "*100#" packed
    assert unpack_ussd("AA180C3602") == "*100#"
    reply = h.tick(0.5)
    assert reply.startswith(b'\r\n+CUSD: 0,"') and reply.endswith(b'",15\r\n')
    packed = reply.split(b'"')[1].decode()
    assert all(ch in "0123456789ABCDEF" for ch in packed)
    assert unpack_ussd(packed) == "Your balance is 12.34 EUR."
    assert pack_ussd("*100#") == "AA180C3602"
    assert unpack_ussd(pack_ussd("1234567")) == "1234567"  # CR fill, not '@'

    q = Term("quectel")
    q.at('AT+CUSD=1,"*123#",15')
    assert q.tick(0.5).startswith(b'\r\n+CUSD: 1,"Virtual Telecom\n1. Balance')
    assert q.at("AT+CUSD=2") == OK
    q.at('AT+CUSD=1,"*999#",15')
    assert q.tick(30) == b""


def test_data_session_per_dialect() -> None:
    g = Term()
    assert g.at('AT+CGDCONT=1,"IP","internet";+CGACT=1,1') == OK
    addr = g.at("AT+CGPADDR=1")
    assert addr.startswith(b'\r\n+CGPADDR: 1,"100.64.11.')
    assert g.at('AT+CGDCONT=2,"IP","invalid.apn";+CGACT=1,2') == b"\r\n+CME ERROR: 134\r\n"
    assert g.at("AT+CEER") == b'\r\n+CEER: "SM cause 27: missing or unknown APN"\r\n' + OK
    h = Term("huawei")
    assert h.at("AT^DSFLOWRPT=1") == OK
    assert h.at('AT^NDISDUP=1,1,"internet"') == OK + b'\r\n^NDISSTAT: 1,,,"IPV4"\r\n'
    flow = h.tick(2.0)
    assert flow.startswith(b"\r\n^DSFLOWRPT: 00000002,")
    assert h.at('AT^NDISDUP=1,0') == OK + b'\r\n^NDISSTAT: 0,,,"IPV4"\r\n'
    assert h.at('AT^NDISDUP=1,1,"invalid.apn"') == OK + b'\r\n^NDISSTAT: 0,27,,"IPV4"\r\n'
    q = Term("quectel")
    assert q.at('AT+QICSGP=1,1,"internet","","",1;+QIACT=1') == OK
    assert q.at("AT+QIACT?").startswith(b'\r\n+QIACT: 1,1,1,"100.64.11.')
    assert q.at("AT+CFUN=0") == OK + b'\r\n+QIURC: "pdpdeact",1\r\n'


def test_urc_interleaved_inside_an_answer() -> None:
    model, fe = create("generic", pin_enabled=False, urc_interleave=1.0)
    fe.advance(2.0)
    fe.data_to_send()
    fe.receive_data(b"ATE0\r")
    fe.data_to_send()
    model.inject_sms("+1555", "x")
    fe.advance(2.1)
    assert fe.data_to_send() == b""
    fe.receive_data(b"AT+CSQ\r")
    out = fe.data_to_send()
    assert out.startswith(b"\r\n+CSQ: ")
    assert out.endswith(b'\r\n\r\n+CMTI: "SM",1\r\n' + OK)


def test_parser() -> None:
    cmds = parse_command_line('E0V1+CMGS="a;b",129;+CSQ;S0=2;+COPS=?;+CPIN?')
    assert [(c.name, c.op, c.raw) for c in cmds] == [
        ("E", "", "0"), ("V", "", "1"), ("+CMGS", "=", '"a;b",129'), ("+CSQ", "", ""),
        ("S0", "=", "2"), ("+COPS", "=?", ""), ("+CPIN", "?", "")]
    assert cmds[2].args == ["a;b", "129"]
    with pytest.raises(SyntaxFailure):
        parse_command_line("+CSQ!")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40), max_size=8), st.sampled_from(["generic", "huawei",
                                                                       "quectel"]))
def test_garbage_never_crashes(chunks: list[bytes], dialect: str) -> None:
    _, fe = create(dialect, scan_delay=0.1)
    now = 0.0
    for chunk in chunks:
        fe.receive_data(chunk)
        now += 0.3
        fe.advance(now)
        fe.data_to_send()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["AT+CPIN?", 'AT+CPIN="1234"', "AT+CSQ", "AT+COPS=?", "AT+CMGL=4", 'AT+CUSD=1,"*123#"',
     'AT+CUSD=1,"1"', "AT+CGACT=1,1", "AT+CFUN=4", "AT+CFUN=1", "AT+CMGF=1", "AT+CMGS=3",
     "AT+CREG=2", "AT+CGDCONT=1", "ATZ", "AT+CFUN=1,1", "AT^NDISDUP=1,1", 'AT+CPIN="0"',
     "AT+QIACT=1", "AT+CMGR=0", "AT+CMGD=0,4", 'AT+COPS=1,2,"00102"', "\x1a", "\x1b"]),
    max_size=12), st.sampled_from(["generic", "huawei", "quectel"]))
def test_command_sequences_always_answer(lines: list[str], dialect: str) -> None:
    _, fe = create(dialect, scan_delay=0.1)
    now = 0.0
    for line in lines:
        fe.receive_data(line.encode() + b"\r")
        now += 0.5
        fe.advance(now)
        fe.data_to_send()
    assert isinstance(fe, AtFrontEnd)
    fe.receive_data(b"\x1bAT\r")
    fe.advance(now + 1)
    assert b"AT\r" + OK in fe.data_to_send()  # URCs may follow the answer


def test_text_mode_direct_delivery_and_reports() -> None:
    t = Term()
    assert t.at("AT+CMGF=1;+CNMI=2,2,0,1,0;+CSMP=49,167,0,0") == OK
    t.model.inject_sms("+15557777", "text direct")
    assert t.tick(0.1) == b'\r\n+CMT: "+15557777",,"26/01/01,00:00:02+00"\r\ntext direct\r\n'
    t.at('AT+CMGS="+15550123"')
    t.fe.receive_data(b"hi\x1a")
    assert t.fe.data_to_send() == b"\r\n+CMGS: 1\r\n" + OK
    assert t.tick(1.0) == (b'\r\n+CDS: 6,1,"+15550123",145,"26/01/01,00:00:02+00",'
                           b'"26/01/01,00:00:03+00",0\r\n')
    t.at("AT+CNMI=2,1,0,2,0")
    t.at('AT+CMGS="+15550123"')
    t.fe.receive_data(b"again\x1a")
    t.fe.data_to_send()
    assert t.tick(1.0) == b'\r\n+CDSI: "SM",1\r\n'
    assert t.at("AT+CMGR=1") == (b'\r\n+CMGR: "REC UNREAD",6,2,"+15550123",145,'
                                 b'"26/01/01,00:00:03+00","26/01/01,00:00:04+00",0\r\n' + OK)


def test_sim_lock_commands() -> None:
    t = Term()
    assert t.at('AT+CLCK="SC",2') == b"\r\n+CLCK: 0\r\n" + OK
    assert t.at('AT+CPWD="SC","1234","4321"') == b"\r\n+CME ERROR: 3\r\n"
    assert t.at('AT+CLCK="SC",1,"1234";+CLCK="SC",2') == b"\r\n+CLCK: 1\r\n" + OK
    assert t.at('AT+CPWD="SC","1234","4321"') == OK
    assert t.at('AT+CLCK="SC",0,"1234"') == b"\r\n+CME ERROR: 16\r\n"
    assert t.at("AT+CPINR=\"SIM PIN\"") == b"\r\n+CPINR: SIM PIN,2,3\r\n" + OK
    assert t.at("AT+CFUN=1,1;+CPIN?") == b"\r\n+CPIN: SIM PIN\r\n" + OK
    assert t.at('AT+CPIN="4321";+CPIN?') == b"\r\n+CPIN: READY\r\n" + OK


def test_5g_registration_and_packet_events() -> None:
    t = Term()
    assert t.at("AT+C5GREG=2;+WS46=36") == OK + b'\r\n+C5GREG: 1,"003C4D","0001A2B3C",12\r\n'
    assert t.at("AT+WS46?;+CESQ").startswith(b"\r\n+WS46: 36\r\n\r\n+CESQ: 99,99,255,255,255,255,")
    assert t.at("AT+CGEREP=1;+CGACT=1,1;+CGACT=0,1") == (
        OK + b"\r\n+CGEV: ME PDN ACT 1\r\n\r\n+CGEV: ME PDN DEACT 1\r\n")
    assert t.at("AT+CGATT=0") == OK + b"\r\n+C5GREG: 0\r\n"
    assert t.at("AT+CGATT?;+CGACT=1,1") == b"\r\n+CGATT: 0\r\n\r\n+CME ERROR: 30\r\n"


def test_urc_arrives_while_a_scan_runs() -> None:
    t = Term()
    t.at("AT+COPS=?")
    t.model.inject_sms("+1555", "during the scan")
    assert t.tick(0.5) == b'\r\n+CMTI: "SM",1\r\n'
    assert t.tick(3.0).startswith(b"\r\n+COPS: (")


def test_repeat_last_command_and_backspace() -> None:
    t = Term()
    assert t.at("AT+CGMX\x08I") == b"\r\ncmgui\r\n" + OK
    t.fe.receive_data(b"A/")
    assert t.fe.data_to_send() == b"\r\ncmgui\r\n" + OK


def _fixed_signal(t: Term) -> None:
    sig = t.model.signal
    sig.rsrp, sig.rsrq, sig.sinr = -90.0, -10.0, 13.0  # RSSI then is -63 dBm


def test_signal_reports_per_dialect_use_each_scale() -> None:
    g = Term()
    _fixed_signal(g)
    assert g.at("AT+CSQ;+CESQ") == b"\r\n+CSQ: 25,99\r\n\r\n+CESQ: 99,99,255,255,20,51\r\n" + OK
    h = Term("huawei")
    _fixed_signal(h)
    assert h.at("AT^HCSQ?") == b'\r\n^HCSQ: "LTE",58,51,166,20\r\n' + OK
    q = Term("quectel")
    _fixed_signal(q)
    assert q.at("AT+QCSQ") == b'\r\n+QCSQ: "LTE",-63,-90,165,-10\r\n' + OK
    assert q.at('AT+QENG="servingcell"') == (
        b'\r\n+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2B3C,123,1300,3,5,5,3C4D,'
        b"-90,-10,-63,13,12,-,-55\r\n" + OK)


def test_indicators_and_ciev() -> None:
    t = Term(sm_capacity=1)
    assert t.at("AT+CIND=?") == (b'\r\n+CIND: ("battchg",(0-5)),("signal",(0-5)),'
                                 b'("service",(0,1)),("roam",(0,1)),("smsfull",(0,1))\r\n' + OK)
    assert t.at("AT+CIND?").startswith(b"\r\n+CIND: 5,")
    assert t.at("AT+CMER=3,0,0,1") == OK
    t.model.inject_sms("+1555", "fills the store")
    assert t.tick(0.01) == b'\r\n+CMTI: "SM",1\r\n\r\n+CIEV: 5,1\r\n'
    assert t.at("AT+CMGD=1") == OK + b"\r\n+CIEV: 5,0\r\n"
    assert t.at("AT+CFUN=4") == OK + b"\r\n+CIEV: 2,0\r\n\r\n+CIEV: 3,0\r\n"


def test_network_initiated_ussd_request() -> None:
    t = Term("quectel")
    t.at("AT+CUSD=1")
    t.model.inject_ussd("Rate our service: 1-5", expect_reply=True)
    assert t.tick(0.01) == b'\r\n+CUSD: 1,"Rate our service: 1-5",15\r\n'
    t.at('AT+CUSD=1,"5",15')
    assert t.tick(0.5) == b'\r\n+CUSD: 0,"Thank you for your answer.",15\r\n'
    t.at('AT+CSCS="UCS2"')
    t.model.inject_ussd("Ünïcode")
    assert t.tick(0.01) == b'\r\n+CUSD: 0,"00DC006E00EF0063006F00640065",72\r\n'


def test_sierra_status_page_and_scact() -> None:
    t = Term("sierra")
    _fixed_signal(t)
    assert t.at("AT!ICCID?") == b"\r\n!ICCID: 89001010000123456782\r\n" + OK
    page = t.at("AT!GSTATUS?")
    assert page.startswith(b"\r\n!GSTATUS: \r\nCurrent Time:  2\t\tTemperature: 39\r\n")
    assert b"System mode:   LTE\tPS state:    Attached\r\n" in page
    assert b"PCC RxM RSSI:  -63\t\tRSRP (dBm):  -90\r\n" in page
    assert page.endswith(b"SINR (dB):     13.0\r\n" + OK)
    assert t.at("AT!SCACT=1,1;!SCACT?") == b"\r\n!SCACT: 1,1\r\n" + OK
    assert b"RRC state:     RRC Connected\r\n" in t.at("AT!GSTATUS?")
