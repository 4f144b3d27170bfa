"""``cmapi.device`` on the local network (5.1): the client's side.

:func:`resolve_cmapi_device` first asks the system resolver (a site DNS may define the name),
then sends one mDNS query and takes the first answer; ``cmcli serve`` announces the name and
answers it.
"""

from __future__ import annotations

import asyncio
import socket

from cmgui.common.cmapi_device import DEFAULT_PORT, MDNS_GROUP, MDNS_PORT, NAME, NAMES, endpoint_url
from cmgui.common.mdns import TYPE_A, TYPE_TXT, DnsError, encode_query, parse_response, parse_txt
from cmgui.service.registry import DiscoveredDevice

RESOLVE_TIMEOUT = 0.3


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
    return endpoint_url(address, info)


async def resolve_cmapi_device(timeout: float = RESOLVE_TIMEOUT) -> str | None:
    """The URL of ``cmapi.device``: system DNS first (default port), then mDNS."""
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(NAME, DEFAULT_PORT, family=socket.AF_INET,
                             type=socket.SOCK_STREAM), timeout)
        if infos:
            return endpoint_url(str(infos[0][4][0]), {})
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
