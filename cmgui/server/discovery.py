"""``cmapi.device`` on the local network (5.1).

The binding asks that endpoints register the name ``cmapi.device`` so that DNS resolves it. On a
LAN without a DNS server we control, multicast DNS is the practical way: :class:`Announcer`
answers mDNS queries for ``cmapi.device`` (and ``cmapi.local``, which nss-mdns/Bonjour resolvers
ask for) with an A record and a TXT record giving the URL's scheme, port and path. Clients
(:func:`resolve_cmapi_device`) first ask the system resolver (a site DNS may define the name),
then send one mDNS query and take the first answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
from typing import cast

from cmgui.server.defaults import DEFAULT_PORT
from cmgui.server.mdns import (
    TYPE_A,
    TYPE_ANY,
    TYPE_TXT,
    DnsError,
    a_record,
    encode_query,
    encode_response,
    parse_query,
    parse_response,
    parse_txt,
    txt_record,
)
from cmgui.service.registry import DiscoveredDevice

log = logging.getLogger(__name__)

NAME = "cmapi.device"
NAMES = (NAME, "cmapi.local")
MDNS_GROUP = "224.0.0.251"
MDNS_PORT = 5353
RESOLVE_TIMEOUT = 0.3


class _Responder(asyncio.DatagramProtocol):
    def __init__(self, address: str, url_info: dict[str, str]) -> None:
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
        records = []
        for name, qtype in questions:
            if name in NAMES:
                if qtype in (TYPE_A, TYPE_ANY, TYPE_TXT):
                    records.append(a_record(name, self.address))
                if qtype in (TYPE_TXT, TYPE_ANY):
                    records.append(txt_record(name, self.url_info))
        if records and self.transport is not None:
            # Unicast back to the asker (RFC 6762 5.5 "legacy unicast" also works for one-shot).
            self.transport.sendto(encode_response(query_id, records), addr)


class Announcer:
    """Answers mDNS queries for ``cmapi.device`` while the endpoint runs."""

    def __init__(self, address: str, port: int, scheme: str = "http",
                 bind: tuple[str, int] = ("0.0.0.0", MDNS_PORT),
                 group: str | None = MDNS_GROUP) -> None:
        self.info = {"scheme": scheme, "port": str(port), "path": "/cmapi"}
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


def primary_address() -> str:
    """This host's address on the default route (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


class _Asker(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.answer: asyncio.Future[tuple[str, dict[str, str]]] = \
            asyncio.get_running_loop().create_future()

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        try:
            records = parse_response(data)
        except DnsError:
            return
        address, info = str(addr[0]), {}
        for name, rtype, rdata in records:
            if name not in NAMES:
                continue
            if rtype == TYPE_A and len(rdata) == 4:
                address = socket.inet_ntoa(rdata)
            elif rtype == TYPE_TXT:
                info = parse_txt(rdata)
        if info and not self.answer.done():
            self.answer.set_result((address, info))


async def query_mdns(target: tuple[str, int] = (MDNS_GROUP, MDNS_PORT),
                     timeout: float = RESOLVE_TIMEOUT) -> str | None:
    """The endpoint URL an mDNS responder gives for ``cmapi.device``, or None."""
    loop = asyncio.get_running_loop()
    try:
        transport, asker = await loop.create_datagram_endpoint(
            _Asker, local_addr=("0.0.0.0", 0), family=socket.AF_INET)
    except OSError:
        return None
    try:
        transport.sendto(encode_query(NAME, TYPE_TXT), target)
        address, info = await asyncio.wait_for(asker.answer, timeout)
    except (OSError, TimeoutError):
        return None
    finally:
        transport.close()
    return _url(address, info)


def _url(address: str, info: dict[str, str]) -> str:
    scheme = info.get("scheme", "http") if info.get("scheme") in ("http", "https") else "http"
    port = info.get("port", str(DEFAULT_PORT))
    port = port if port.isdigit() else str(DEFAULT_PORT)
    path = info.get("path", "/cmapi")
    path = path if path.startswith("/") else "/cmapi"
    return f"{scheme}://{address}:{port}{path}"


async def resolve_cmapi_device(timeout: float = RESOLVE_TIMEOUT) -> str | None:
    """The URL of ``cmapi.device``: system DNS first (default port), then mDNS."""
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(NAME, DEFAULT_PORT, family=socket.AF_INET,
                             type=socket.SOCK_STREAM), timeout)
        if infos:
            return _url(str(infos[0][4][0]), {})
    except (OSError, TimeoutError):
        pass
    return await query_mdns(timeout=timeout)


async def discover_endpoints() -> list[DiscoveredDevice]:
    """The registry's discoverer for the remote backend."""
    url = await resolve_cmapi_device()
    if url is None:
        return []
    return [DiscoveredDevice(address=url, description="OpenCMAPI endpoint (cmapi.device)",
                             kind="remote", details={"name": NAME})]
