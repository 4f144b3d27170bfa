"""Registers SMS gateways: ``dinstar+http(s)://HOST[:PORT]/ports/N`` opens port N as a device,
``dinstar+http(s)://HOST[:PORT]`` the gateway (``cmgui.service.gateway.open_gateway``).
Discovery lists the ports of the gateways the user logged in to (from the saved list; the
gateway is not contacted)."""

from __future__ import annotations

from cmgui.drivers.gateway.address import SCHEMES, parse_gateway_address
from cmgui.drivers.gateway.credentials import saved_gateways
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.service.gateway import register_gateway
from cmgui.service.registry import Backend, DiscoveredDevice, Registry


async def discover() -> list[DiscoveredDevice]:
    found = []
    for login in saved_gateways():
        try:
            gw = parse_gateway_address(login.address)
        except Exception:  # a broken entry must not hide the others
            continue
        name = login.label or gw.netloc
        for port in range(login.ports or 0):
            found.append(DiscoveredDevice(
                address=gw.port_address(port), description=f"{name} port {port}",
                kind="gateway", details={"gateway": gw.gateway, "port": str(port),
                                         "source": "saved"}))
    return found


def register(registry: Registry) -> None:
    registry.register(Backend(name="gateway", factory=GatewayPortDevice,
                              schemes=tuple(SCHEMES), discover=discover, priority=10))
    register_gateway(tuple(SCHEMES), DinstarGateway)
