"""Message status on the virtual modem as TS 27.005 has it: listing or reading an unread message
marks it read, whatever was asked for; the SIM's records (EF_SMS over +CRSM) change nothing."""

from __future__ import annotations

from tests.unit.virtual.test_frontend import OK, Term


def _record(t: Term, number: int, path: str = "") -> bytes:
    tail = f',,"{path}"' if path else ""
    return t.at(f"AT+CRSM=178,28476,{number},4,176{tail}")


def test_listing_all_marks_the_unread_ones_read() -> None:
    t = Term()
    t.at("AT+CMGF=0")
    [index] = t.model.preload_sms("+15557777", "waiting")
    store = t.model.storage("SM")
    assert t.at("AT+CMGL=1") == OK  # nothing read yet, and nothing changes
    listing = t.at("AT+CMGL=4")
    assert listing.startswith(f"\r\n+CMGL: {index},0,,".encode())  # shown as it was...
    assert store.items()[0][1].stat.name == "REC_READ"  # ...and read from now on
    assert t.at("AT+CMGL=0") == OK
    assert t.at("AT+CMGL=1").startswith(f"\r\n+CMGL: {index},1,,".encode())


def test_reading_marks_read_and_bare_cmgl_lists_the_unread() -> None:
    t = Term()
    t.at("AT+CMGF=0")
    [first] = t.model.preload_sms("+15557777", "one")
    [second] = t.model.preload_sms("+15557777", "two")
    assert t.at(f"AT+CMGR={first}").startswith(b"\r\n+CMGR: 0,,")
    assert t.at(f"AT+CMGR={first}").startswith(b"\r\n+CMGR: 1,,")
    assert t.at("AT+CMGL").startswith(f"\r\n+CMGL: {second},0,,".encode())  # 0 by default
    assert t.at("AT+CMGL") == OK


def test_sim_records_show_the_status_byte_and_change_nothing() -> None:
    t = Term()  # generic: storage indexes from 1, record n is index n
    [index] = t.model.preload_sms("+15557777", "waiting")
    assert index == 1
    line = _record(t, 1)
    assert line.startswith(b'\r\n+CRSM: 144,0,"03') and line.endswith(b'"\r\n' + OK)
    data = bytes.fromhex(line.split(b'"')[1].decode())
    assert len(data) == 176 and data.rstrip(b"\xff")[1:].hex().upper() in t.at(
        "AT+CMGF=0;+CMGR=1").decode()
    assert _record(t, 1, "7F10").startswith(b'\r\n+CRSM: 144,0,"01')  # read by +CMGR now
    assert _record(t, 2, "7FFF") == b'\r\n+CRSM: 144,0,"00' + b"FF" * 175 + b'"\r\n' + OK
    assert _record(t, 21) == b"\r\n+CRSM: 106,131\r\n" + OK  # 20 records on this SIM
    assert _record(t, 1, "7F20") == b"\r\n+CRSM: 106,130\r\n" + OK  # DF_GSM: no EF_SMS there
    assert t.at("AT+CRSM=178,28476,1,4,10") == b"\r\n+CRSM: 108,176\r\n" + OK
    assert t.at("AT+CRSM=178,28423,1,4,10") == b"\r\n+CRSM: 106,130\r\n" + OK


def test_sim_records_need_the_pin() -> None:
    t = Term(pin_enabled=True)
    assert _record(t, 1) == b"\r\n+CRSM: 105,130\r\n" + OK
