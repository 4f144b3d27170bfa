"""Sans-IO DNS messages for announcing ``cmapi.device`` over multicast DNS (RFC 6762).

Just enough of RFC 1035: queries and answers with A and TXT records, name compression when
reading. Bytes in, tuples out; :class:`DnsError` is the only exception for bad input.
"""

from __future__ import annotations

import ipaddress
import struct

TYPE_A = 1
TYPE_TXT = 16
TYPE_ANY = 255
CLASS_IN = 1
CACHE_FLUSH = 0x8000
FLAGS_RESPONSE = 0x8400  # QR + AA
_HEADER = struct.Struct("!HHHHHH")


class DnsError(Exception):
    """A malformed DNS message."""


Record = tuple[str, int, bytes]  # name, type, rdata


def _encode_name(name: str) -> bytes:
    out = bytearray()
    for label in name.rstrip(".").split("."):
        raw = label.encode("utf-8")
        if not 0 < len(raw) < 64:
            raise DnsError(f"bad label in {name!r}")
        out += bytes([len(raw)]) + raw
    return bytes(out + b"\0")


def _read_name(data: bytes, offset: int) -> tuple[str, int]:
    labels: list[str] = []
    end: int | None = None
    jumps = 0
    while True:
        if offset >= len(data):
            raise DnsError("name runs past the end")
        length = data[offset]
        if length & 0xC0 == 0xC0:
            if offset + 1 >= len(data) or jumps > 16:
                raise DnsError("bad compression pointer")
            if end is None:
                end = offset + 2
            offset = ((length & 0x3F) << 8) | data[offset + 1]
            jumps += 1
            continue
        if length & 0xC0:
            raise DnsError("unsupported label type")
        offset += 1
        if length == 0:
            break
        if offset + length > len(data):
            raise DnsError("label runs past the end")
        labels.append(data[offset:offset + length].decode("utf-8", "replace"))
        offset += length
    return ".".join(labels).lower(), (end if end is not None else offset)


def encode_query(name: str, qtype: int, query_id: int = 0) -> bytes:
    return _HEADER.pack(query_id, 0, 1, 0, 0, 0) + _encode_name(name) + struct.pack(
        "!HH", qtype, CLASS_IN)


def parse_query(data: bytes) -> tuple[int, list[tuple[str, int]]]:
    """``(id, [(name, type), …])`` of a query; an empty list for a response."""
    if len(data) < _HEADER.size:
        raise DnsError("shorter than a header")
    query_id, flags, qdcount, *_ = _HEADER.unpack_from(data)
    if flags & 0x8000:
        return query_id, []
    offset, questions = _HEADER.size, []
    for _ in range(qdcount):
        name, offset = _read_name(data, offset)
        if offset + 4 > len(data):
            raise DnsError("question runs past the end")
        qtype, _qclass = struct.unpack_from("!HH", data, offset)
        offset += 4
        questions.append((name, qtype))
    return query_id, questions


def encode_response(query_id: int, records: list[Record], ttl: int = 120) -> bytes:
    out = bytearray(_HEADER.pack(query_id, FLAGS_RESPONSE, 0, len(records), 0, 0))
    for name, rtype, rdata in records:
        out += _encode_name(name)
        out += struct.pack("!HHIH", rtype, CLASS_IN | CACHE_FLUSH, ttl, len(rdata)) + rdata
    return bytes(out)


def parse_response(data: bytes) -> list[Record]:
    """Every answer and additional record of a response (none for a query)."""
    if len(data) < _HEADER.size:
        raise DnsError("shorter than a header")
    _id, flags, qdcount, ancount, nscount, arcount = _HEADER.unpack_from(data)
    if not flags & 0x8000:
        return []
    offset = _HEADER.size
    for _ in range(qdcount):
        _name, offset = _read_name(data, offset)
        offset += 4
    records: list[Record] = []
    for _ in range(ancount + nscount + arcount):
        name, offset = _read_name(data, offset)
        if offset + 10 > len(data):
            raise DnsError("record runs past the end")
        rtype, _cls, _ttl, length = struct.unpack_from("!HHIH", data, offset)
        offset += 10
        if offset + length > len(data):
            raise DnsError("record data runs past the end")
        records.append((name, rtype, data[offset:offset + length]))
        offset += length
    return records


def a_record(name: str, address: str) -> Record:
    return name, TYPE_A, ipaddress.IPv4Address(address).packed


def txt_record(name: str, items: dict[str, str]) -> Record:
    rdata = bytearray()
    for key, value in items.items():
        raw = f"{key}={value}".encode()[:255]
        rdata += bytes([len(raw)]) + raw
    return name, TYPE_TXT, bytes(rdata)


def parse_txt(rdata: bytes) -> dict[str, str]:
    items: dict[str, str] = {}
    offset = 0
    while offset < len(rdata):
        length = rdata[offset]
        raw = rdata[offset + 1:offset + 1 + length].decode("utf-8", "replace")
        offset += 1 + length
        key, _, value = raw.partition("=")
        items[key] = value
    return items
