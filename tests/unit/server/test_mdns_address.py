from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.common import mdns
from cmgui.drivers.remote.address import parse_address
from cmgui.drivers.remote.discovery import query_mdns
from cmgui.server.discovery import Announcer


def test_query_and_response_round_trip() -> None:
    query = mdns.encode_query("cmapi.device", mdns.TYPE_TXT, 7)
    assert mdns.parse_query(query) == (7, [("cmapi.device", mdns.TYPE_TXT)])
    records = [mdns.a_record("cmapi.device", "192.168.1.20"),
               mdns.txt_record("cmapi.device", {"port": "8485", "scheme": "https"})]
    response = mdns.encode_response(7, records)
    assert mdns.parse_query(response) == (7, [])
    (name_a, type_a, rdata_a), (_, type_t, rdata_t) = mdns.parse_response(response)
    assert (name_a, type_a, rdata_a) == ("cmapi.device", mdns.TYPE_A, bytes([192, 168, 1, 20]))
    assert type_t == mdns.TYPE_TXT and mdns.parse_txt(rdata_t) == {"port": "8485",
                                                                   "scheme": "https"}
    assert mdns.parse_response(query) == []


def test_compressed_names_are_read() -> None:
    header = bytes([0, 1, 0x84, 0, 0, 0, 0, 1, 0, 0, 0, 0])
    # the record names itself by a pointer to a name placed after it
    name = b"\x05cmapi\x06device\x00"
    record = b"\xc0\x1c" + bytes([0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 0, 1])
    data = header + record + name
    assert mdns.parse_response(data) == [("cmapi.device", mdns.TYPE_A, bytes([10, 0, 0, 1]))]
    loop = header + b"\xc0\x0c" + bytes([0, 1, 0, 1, 0, 0, 0, 60, 0, 0])
    with pytest.raises(mdns.DnsError):
        mdns.parse_response(loop)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_garbage_raises_only_dns_error(data: bytes) -> None:
    for parse in (mdns.parse_query, mdns.parse_response):
        with contextlib.suppress(mdns.DnsError):
            parse(data)


async def test_announcer_answers_a_query_on_loopback() -> None:
    announcer = Announcer("127.0.0.1", 9999, "http", bind=("127.0.0.1", 0), group=None)
    await announcer.start()
    try:
        url = await query_mdns(("127.0.0.1", announcer.port), timeout=2)
    finally:
        await announcer.stop()
    assert url == "http://127.0.0.1:9999/cmapi"
    assert await query_mdns(("127.0.0.1", 9), timeout=0.1) is None


@pytest.mark.parametrize(("text", "url", "transport", "device", "pin"), [
    ("http://h:1/cmapi", "http://h:1/cmapi", "http", None, None),
    ("HTTPS://h", "https://h/cmapi", "http", None, None),
    ("ws://h:2", "ws://h:2/cmapi/ws", "ws", None, None),
    ("wss://h/cmapi/ws#device=3&pin=/c.pem", "wss://h/cmapi/ws", "ws", "3", Path("/c.pem")),
])
def test_parse_address(text: str, url: str, transport: str, device: str | None,
                       pin: Path | None) -> None:
    address = parse_address(text)
    assert (address.url, address.transport, address.device_id, address.pin) == (
        url, transport, device, pin)


@pytest.mark.parametrize("text", ["ftp://h/", "http://", "virtual", "http://h:99999/"])
def test_bad_addresses(text: str) -> None:
    with pytest.raises(CmapiError) as info:
        parse_address(text)
    assert info.value.code == ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER
