"""``cmapi.device`` on the local network (5.1): the endpoint's side.

The binding asks that endpoints register the name ``cmapi.device`` so that DNS resolves it. On a
LAN without a DNS server we control, multicast DNS is the practical way: :class:`Announcer`
answers mDNS queries for ``cmapi.device`` (and ``cmapi.local``, which nss-mdns/Bonjour resolvers
ask for) with an A record and a TXT record giving the URL's scheme, port and path. Clients
(``cmgui.drivers.remote.discovery``) first ask the system resolver (a site DNS may define the
name), then send one mDNS query and take the first answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import struct
from typing import cast

from cmgui.common.cmapi_device import MDNS_GROUP, MDNS_PORT, NAMES, txt_info
from cmgui.common.mdns import (
    TYPE_A,
    TYPE_ANY,
    TYPE_TXT,
    DnsError,
    a_record,
    encode_response,
    parse_query,
    txt_record,
)

log = logging.getLogger(__name__)


class _Responder(asyncio.DatagramProtocol):
    def __init__(self, address: str | None, url_info: dict[str, str]) -> None:
        self.address = address
        self.url_info = url_info
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        try:
            query_id, questions = parse_query(data)
        except DnsError:
            return
        if not any(name in NAMES for name, _ in questions):
            return
        asker = str(addr[0]) if addr else ""
        address = answer_address(self.address, asker)
        if address is None:
            return  # the endpoint cannot be reached from where the question came
        records = []
        for name, qtype in questions:
            if name in NAMES:
                if qtype in (TYPE_A, TYPE_ANY, TYPE_TXT):
                    records.append(a_record(name, address))
                if qtype in (TYPE_TXT, TYPE_ANY):
                    records.append(txt_record(name, self.url_info))
        if records and self.transport is not None:
            # Unicast back to the asker (RFC 6762 5.5 "legacy unicast" also works for one-shot).
            self.transport.sendto(encode_response(query_id, records), addr)


class Announcer:
    """Answers mDNS queries for ``cmapi.device`` while the endpoint runs.

    ``address`` is the address the endpoint listens on, or None when it listens on every
    address (``0.0.0.0``/``::``): each asker is then told the address of this host on the
    interface that faces it (the one its packets would be answered from), never 127.0.0.1 unless
    the asker is this host.
    """

    def __init__(self, address: str | None, port: int, scheme: str = "http",
                 bind: tuple[str, int] = ("0.0.0.0", MDNS_PORT),
                 group: str | None = MDNS_GROUP) -> None:
        self.info = txt_info(scheme, port)
        self.address = address
        self.bind = bind
        self.group = group
        self._transport: asyncio.DatagramTransport | None = None

    async def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if hasattr(socket, "SO_REUSEPORT"):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(self.bind)
        if self.group:
            membership = struct.pack("4s4s", socket.inet_aton(self.group),
                                     socket.inet_aton("0.0.0.0"))
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
        sock.setblocking(False)
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Responder(self.address, self.info), sock=sock)
        self._transport = transport

    @property
    def port(self) -> int:
        assert self._transport is not None
        return int(self._transport.get_extra_info("sockname")[1])

    async def stop(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None


def is_wildcard(host: str) -> bool:
    return host in ("", "0.0.0.0", "::", "*")


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def address_towards(peer: str) -> str | None:
    """This host's IPv4 address on the route to ``peer`` (no packet is sent), or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect((peer, 9))
            return str(probe.getsockname()[0])
        except OSError:
            return None


def answer_address(bound: str | None, asker: str) -> str | None:
    """The address to give ``asker`` for an endpoint bound to ``bound`` (None: every address),
    or None when ``asker`` could not reach it (a loopback-only endpoint asked from elsewhere)."""
    local_asker = _is_loopback(asker) or address_towards(asker) == asker
    if bound is None:
        if local_asker:
            return "127.0.0.1" if _is_loopback(asker) else asker
        return address_towards(asker)
    if _is_loopback(bound) and not local_asker:
        return None
    return bound


def primary_address() -> str:
    """This host's address on the default route (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"
