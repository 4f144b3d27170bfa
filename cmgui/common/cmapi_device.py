"""The name ``cmapi.device`` (Web binding 5.1), shared by the endpoint that announces it and the
client that looks for it: its DNS names, where mDNS is asked, the endpoint's default port, and
the endpoint URL an mDNS TXT record describes."""

from __future__ import annotations

NAME = "cmapi.device"
#: The names answered: nss-mdns/Bonjour resolvers ask for ``cmapi.local``.
NAMES = (NAME, "cmapi.local")
MDNS_GROUP = "224.0.0.251"
MDNS_PORT = 5353
#: Where ``cmcli serve`` listens unless told otherwise, and where a client expects an endpoint
#: that the system resolver names without saying its port.
DEFAULT_PORT = 8485


def txt_info(scheme: str, port: int) -> dict[str, str]:
    """The TXT record items an endpoint announces: scheme, port and path of its URL."""
    return {"scheme": scheme, "port": str(port), "path": "/cmapi"}


def endpoint_url(address: str, info: dict[str, str]) -> str:
    """The endpoint URL of a TXT record's ``info`` at ``address`` (defaults where it is odd)."""
    scheme = info.get("scheme", "http") if info.get("scheme") in ("http", "https") else "http"
    port = info.get("port", str(DEFAULT_PORT))
    port = port if port.isdigit() else str(DEFAULT_PORT)
    path = info.get("path", "/cmapi")
    path = path if path.startswith("/") else "/cmapi"
    return f"{scheme}://{address}:{port}{path}"
