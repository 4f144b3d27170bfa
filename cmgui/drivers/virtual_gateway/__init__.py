"""The virtual SMS gateway: a faithful simulator of the Dinstar gateway HTTP API.

- :mod:`.ports` — one port: module type, SIM (PIN/PUK), registration, USSD, STK pages.
- :mod:`.model` — the gateway: SMS queue worked off at realistic speed, results, delivery
  reports, inbound SMS, USSD, CDRs, status, push events; the firmware's quirks.
- :mod:`.auth` — Digest (MD5, qop=auth), Basic or no authentication, server side.
- :mod:`.server` — the API over HTTP(S) with aiohttp, pushes to a URL.
- :mod:`.serve` — ``cmcli virtual-gateway``.

Default: 8 ports in different states (port 1 has a SIM with PIN 1234), user ``admin``,
password ``admin``, Digest authentication.
"""

from cmgui.drivers.virtual_gateway.model import GatewayConfig, Timing, VirtualGatewayModel
from cmgui.drivers.virtual_gateway.ports import ALL_READY, DEFAULT_LAYOUT, PortSetup
from cmgui.drivers.virtual_gateway.server import VirtualGatewayServer

__all__ = ["ALL_READY", "DEFAULT_LAYOUT", "GatewayConfig", "PortSetup", "Timing",
           "VirtualGatewayModel", "VirtualGatewayServer"]
