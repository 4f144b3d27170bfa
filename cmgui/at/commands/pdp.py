"""Packet data: +CGDCONT, +CGACT, +CGPADDR, +CGCONTRDP (TS 27.007 10.1)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import field_at, payloads, split_fields, to_int

PDP_TYPES = ("IP", "IPV6", "IPV4V6", "PPP", "Non-IP")


@dataclass(frozen=True)
class PdpContext:
    cid: int
    pdp_type: str
    apn: str
    address: str | None = None


def cgdcont_query() -> AtCommand:
    return AtCommand("AT+CGDCONT?", response_prefixes=("+CGDCONT:",))


def cgdcont_set(cid: int, pdp_type: str, apn: str) -> AtCommand:
    if pdp_type.upper() not in {t.upper() for t in PDP_TYPES}:
        raise ValueError(f"unknown PDP type {pdp_type!r}")
    if '"' in apn or len(apn) > 100:
        raise ValueError("invalid APN")
    return AtCommand(f'AT+CGDCONT={cid},"{pdp_type}","{apn}"')


def parse_cgdcont(result: AtResult) -> list[PdpContext]:
    """``+CGDCONT: <cid>,<PDP_type>,<APN>,<PDP_addr>,...`` lines."""
    contexts = []
    for payload in payloads(result, "+CGDCONT:"):
        fields = split_fields(payload)
        if len(fields) < 3:
            raise AtParseError(f"+CGDCONT: too few fields in {payload[:60]!r}")
        address = field_at(fields, 3)
        contexts.append(
            PdpContext(
                to_int(fields[0], "cid"),
                fields[1].text,
                fields[2].text,
                address.text if address else None,
            )
        )
    return contexts


def cgact_query() -> AtCommand:
    return AtCommand("AT+CGACT?", response_prefixes=("+CGACT:",))


def cgact_set(active: bool, cid: int) -> AtCommand:
    return AtCommand(f"AT+CGACT={int(active)},{cid}", timeout=150.0)


def parse_cgact(result: AtResult) -> dict[int, bool]:
    """``+CGACT: <cid>,<state>`` lines as {cid: active}."""
    states: dict[int, bool] = {}
    for payload in payloads(result, "+CGACT:"):
        fields = split_fields(payload)
        if len(fields) < 2:
            raise AtParseError(f"+CGACT: too few fields in {payload[:60]!r}")
        states[to_int(fields[0], "cid")] = to_int(fields[1], "state") == 1
    return states


def cgpaddr(cid: int | None = None) -> AtCommand:
    suffix = "" if cid is None else f"={cid}"
    return AtCommand(f"AT+CGPADDR{suffix}", response_prefixes=("+CGPADDR:",))


def normalise_address(text: str) -> str | None:
    """An IPv4/IPv6 address as usual text; 27.007's dotted 16-byte IPv6 form is converted.
    Empty and all-zero addresses are None."""
    text = text.strip().strip('"')
    if not text:
        return None
    parts = text.split(".")
    try:
        if len(parts) == 16:
            address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv6Address(
                bytes(int(p) for p in parts)
            )
        else:
            address = ipaddress.ip_address(text)
    except ValueError:
        raise AtParseError(f"not an IP address: {text[:60]!r}") from None
    return None if address.is_unspecified else str(address)


def parse_cgpaddr(result: AtResult) -> dict[int, list[str]]:
    """``+CGPADDR: <cid>[,<addr>[,<addr2>]]`` lines as {cid: [addresses]}."""
    addresses: dict[int, list[str]] = {}
    for payload in payloads(result, "+CGPADDR:"):
        fields = split_fields(payload)
        cid = to_int(fields[0], "cid")
        found = [normalise_address(f.text) for f in fields[1:]]
        addresses[cid] = [a for a in found if a is not None]
    return addresses


@dataclass(frozen=True)
class DynamicParams:
    cid: int
    bearer_id: int | None
    apn: str
    address: str | None = None
    netmask: str | None = None
    gateway: str | None = None
    dns: tuple[str, ...] = ()


def cgcontrdp(cid: int | None = None) -> AtCommand:
    suffix = "" if cid is None else f"={cid}"
    return AtCommand(f"AT+CGCONTRDP{suffix}", response_prefixes=("+CGCONTRDP:",))


def _split_address_mask(text: str) -> tuple[str | None, str | None]:
    """27.007 gives "a.b.c.d.m1.m2.m3.m4" (8 numbers for IPv4, 32 for IPv6)."""
    text = text.strip()
    if not text:
        return None, None
    parts = text.split(".")
    if len(parts) in (8, 32):
        half = len(parts) // 2
        return normalise_address(".".join(parts[:half])), normalise_address(".".join(parts[half:]))
    if " " in text:  # some modems put a space between address and mask
        address, _, mask = text.partition(" ")
        return normalise_address(address), normalise_address(mask)
    return normalise_address(text), None


def parse_cgcontrdp(result: AtResult) -> list[DynamicParams]:
    """``+CGCONTRDP: <cid>,<bearer_id>,<apn>[,<local_addr and subnet_mask>[,<gw_addr>
    [,<DNS_prim_addr>[,<DNS_sec_addr>...]]]]``, one line per context/address family."""
    params = []
    for payload in payloads(result, "+CGCONTRDP:"):
        fields = split_fields(payload)
        if len(fields) < 3:
            raise AtParseError(f"+CGCONTRDP: too few fields in {payload[:60]!r}")
        bearer = fields[1].text
        address, mask = _split_address_mask(fields[3].text) if len(fields) > 3 else (None, None)
        gateway = normalise_address(fields[4].text) if len(fields) > 4 else None
        dns = [normalise_address(f.text) for f in fields[5:7]]
        params.append(
            DynamicParams(
                cid=to_int(fields[0], "cid"),
                bearer_id=to_int(bearer, "bearer_id") if bearer else None,
                apn=fields[2].text,
                address=address,
                netmask=mask,
                gateway=gateway,
                dns=tuple(d for d in dns if d is not None),
            )
        )
    return params
