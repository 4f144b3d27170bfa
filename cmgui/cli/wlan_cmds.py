"""``cmcli wlan …``: Wi-Fi through the seam's CMAPI WLAN functions.

Without ``-d`` the commands use this computer's Wi-Fi (NetworkManager, address ``wlan``); with
``-d DEV`` they use that device, which must have WLAN functions (a router or a remote endpoint).
``--json`` prints the CMAPI results as they are (docs/cli.md).
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from cmgui.cli.common import CliError, Output
from cmgui.cmapi import types as t
from cmgui.service.device import Device
from cmgui.service.registry import REGISTRY

LOCAL_WLAN = "wlan"
SECURITIES = ("open", "WEP", "WPA-PSK", "WPA2-PSK", "WPA3-SAE")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    wlan = sub.add_parser("wlan", parents=[common],
                          help="Wi-Fi: this computer's (NetworkManager) or a device's with -d")
    actions = wlan.add_subparsers(dest="wlan_command", metavar="ACTION", required=True)
    p = actions.add_parser("scan", parents=[common], help="scan for networks and list them")
    p.set_defaults(handler=cmd_scan)
    p = actions.add_parser("list", parents=[common], help="networks seen in the last scan")
    p.set_defaults(handler=cmd_list)
    p = actions.add_parser("known", parents=[common], help="saved networks (profiles)")
    p.set_defaults(handler=cmd_known)
    p = actions.add_parser("connect", parents=[common], help="join a network by name")
    p.add_argument("ssid", metavar="SSID")
    p.add_argument("--key", default="", help="passphrase (not needed for a saved network)")
    p.add_argument("--security", choices=SECURITIES, default=None,
                   help="security type (default: as the scan reports it)")
    p.set_defaults(handler=cmd_connect)
    p = actions.add_parser("disconnect", parents=[common], help="leave the current network")
    p.set_defaults(handler=cmd_disconnect)
    p = actions.add_parser("status", parents=[common], help="the current Wi-Fi connection")
    p.set_defaults(handler=cmd_status)


@asynccontextmanager
async def open_wlan(address: str | None) -> AsyncIterator[Device]:
    """The device ``-d`` names if it has WLAN functions, else this computer's Wi-Fi."""
    device = REGISTRY.create(address or LOCAL_WLAN)
    await device.open()
    try:
        if "wlan_get_scan_results" not in device.supported_functions():
            raise CliError(f"{address} has no WLAN functions; leave out -d to use this "
                           "computer's Wi-Fi")
        yield device
    finally:
        await device.close()


def _scan_text(result: t.WLANScanResults) -> str:
    rows = result["scanResults"]
    if not rows:
        return "No networks found."
    width = max(4, *(len(r["SSID"]) for r in rows))
    lines = [f"{'SSID':<{width}}  {'SECURITY':<9}  {'SIGNAL':>8}  {'BAND':<6}  BSSID"]
    lines += [f"{r['SSID']:<{width}}  {r['security']:<9}  {r['signalStrength']:>4} dBm  "
              f"{r['band']:<6}  {r['BSSID']}" for r in rows]
    return "\n".join(lines)


def _known_text(result: t.KnownNetworks) -> str:
    rows = result["knownNetworks"]
    if not rows:
        return "No saved networks."
    return "\n".join(f"{r['index']:>4}  {r['SSID']}  ({r['security']}"
                     + (", hidden" if r["hidden"] else "")
                     + (f", priority {r['priority']}" if r["priority"] else "") + ")"
                     for r in rows)


def _status_text(result: t.WLANConnection) -> str:
    if not result["connected"]:
        return "Not connected."
    text = f"Connected to {result.get('SSID', '?')}"
    if "IPAddress" in result:
        text += f", address {result['IPAddress']}"
    if "signalStrength" in result:
        text += f", signal {result['signalStrength']} dBm"
    return text + "."


async def cmd_scan(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        result = await device.wlan_scan_async()
    out.result(result, _scan_text)
    return 0


async def cmd_list(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        result = await device.wlan_get_scan_results()
    out.result(result, _scan_text)
    return 0


async def cmd_known(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        result = await device.wlan_get_known_network()
    out.result(result, _known_text)
    return 0


async def cmd_connect(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        security: t.WLANSecurity
        if args.security is not None:
            security = args.security
        else:
            seen = (await device.wlan_get_scan_results())["scanResults"]
            security = next((n["security"] for n in seen if n["SSID"] == args.ssid),
                            "WPA2-PSK" if args.key else "open")
        await device.wlan_connect(ssid=args.ssid, security=security, key=args.key)
        result = await device.wlan_connection_state()
    out.result(result, _status_text)
    return 0


async def cmd_disconnect(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        result = await device.wlan_disconnect()
    out.result(result, lambda _: "Disconnected.")
    return 0


async def cmd_status(args: argparse.Namespace, out: Output) -> int:
    async with open_wlan(args.device) as device:
        result = await device.wlan_connection_state()
    out.result(result, _status_text)
    return 0
