"""``cmcli capabilities ADDRESS --server URL``: ask an endpoint for a device's capabilities by its
number, over the GSMA OneAPI Device Capability API that ``cmcli serve`` answers
(``GET /oneapi/1/devicecapabilities/{address}/capabilities``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from cmgui.cli.common import CliError, Output
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.common.token_file import TokenFileError, first_token

API_VERSION = "1"


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("capabilities", parents=[common],
                       help="a device's capabilities (IMEI, name, profile) by its number, "
                            "over OneAPI Device Capability")
    p.add_argument("address", metavar="ADDRESS",
                   help="the device's number as a tel: URI, e.g. tel:+15550100")
    p.add_argument("--server", required=True, metavar="URL",
                   help="the endpoint, e.g. http://host:8485 or http://host:8485/cmapi")
    p.add_argument("--token-file", type=Path, metavar="F",
                   help="read the token from this file (default: $CMGUI_TOKEN, "
                        "$CMGUI_TOKEN_FILE or the keyring entry cmcli login made)")
    p.set_defaults(handler=cmd_capabilities)


def resource_url(server: str, address: str) -> tuple[str, str]:
    """``(resource URL, CMAPI endpoint URL)`` for ``address`` on the endpoint ``server``."""
    parts = urlsplit(server.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise CliError(f"--server wants an http(s):// URL, not {server!r}")
    path = parts.path.rstrip("/").removesuffix("/cmapi")
    root = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    escaped = quote(address.strip(), safe="")
    return (f"{root}/oneapi/{API_VERSION}/devicecapabilities/{escaped}/capabilities",
            f"{root}/cmapi" + (f"#{parts.fragment}" if parts.fragment else ""))


async def _token(args: argparse.Namespace, endpoint: str) -> str | None:
    from cmgui.drivers.remote.tokens import find_token
    from cmgui.store.secrets import register_secret

    if args.token_file is not None:
        try:
            token = first_token(args.token_file)
        except TokenFileError as exc:
            raise CliError(str(exc)) from None
        register_secret(token)
        return token
    return await find_token(endpoint)


async def cmd_capabilities(args: argparse.Namespace, out: Output) -> int:
    import httpx

    from cmgui.drivers.remote.address import parse_address
    from cmgui.drivers.remote.tls import client_context
    from cmgui.server.oneapi_errors import render

    if not args.address.strip().lower().startswith(("tel:", "acr:")):
        raise CliError(f"ADDRESS is a tel: URI such as tel:+15550100, not {args.address!r}")
    url, endpoint = resource_url(args.server, args.address)
    remote = parse_address(endpoint)
    token = await _token(args, remote.url)
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    verify: Any = client_context(remote.pin) if remote.secure else True
    try:
        async with httpx.AsyncClient(verify=verify, timeout=30) as http:
            response = await http.get(url, headers=headers)
    except httpx.HTTPError as exc:
        raise CmapiError(ErrorCode.NO_SERVICE, data={
            "reason": f"cannot reach {urlsplit(url).netloc}: {exc}"}) from None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if response.status_code != 200 or not isinstance(body, dict) \
            or not isinstance(body.get("deviceCapabilities"), dict):
        reason = render(body) if isinstance(body, dict) else f"HTTP {response.status_code}"
        if out.json_mode:
            out.json({"status": response.status_code, **(body if isinstance(body, dict)
                                                          else {})})
        else:
            out.stderr.write(f"cmcli: {args.address}: {reason} "
                             f"(HTTP {response.status_code})\n")
        return 1
    caps = body["deviceCapabilities"]
    out.result(body, lambda _: _text(caps))
    return 0


def _text(caps: dict[str, Any]) -> str:
    link = caps.get("link") if isinstance(caps.get("link"), dict) else {}
    return "\n".join([
        f"Device ID (IMEI): {caps.get('deviceId', '')}",
        f"Name: {caps.get('name', '')}",
        f"User agent profile: {link.get('href', '') if link else ''}",
        f"Resource: {caps.get('resourceURL', '')}",
    ])
