"""``cmcli wlan …`` against NetworkManager on python-dbusmock (and -d virtual)."""

from __future__ import annotations

import io
import json
from typing import Any

from cmgui.cli import build_parser
from cmgui.cli.common import Output, run_handler
from tests.integration.dbus.mockbus import nm_wlan


async def cmcli(*argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(list(argv))
    args.json = getattr(args, "json", False)
    args.device = getattr(args, "device", None)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = await run_handler(args.handler, args, Output(args.json, stdout, stderr))
    return code, stdout.getvalue(), stderr.getvalue()


def parsed(text: str) -> Any:
    return json.loads(text)


async def test_scan_connect_known_disconnect_json() -> None:
    async with nm_wlan():
        code, out, _ = await cmcli("wlan", "scan", "--json")
        assert code == 0
        assert [n["SSID"] for n in parsed(out)["scanResults"]] == [
            "HomeNet", "CafeFree", "Neighbour6"]
        code, out, _ = await cmcli("wlan", "connect", "HomeNet", "--key", "correct horse",
                                   "--json")
        assert code == 0 and parsed(out)["SSID"] == "HomeNet" and parsed(out)["connected"]
        code, out, _ = await cmcli("wlan", "known", "--json")
        assert [k["SSID"] for k in parsed(out)["knownNetworks"]] == ["HomeNet"]
        code, out, _ = await cmcli("wlan", "disconnect")
        assert (code, out.strip()) == (0, "Disconnected.")
        code, out, _ = await cmcli("wlan", "status")
        assert (code, out.strip()) == (0, "Not connected.")


async def test_text_output_and_errors_in_user_terms() -> None:
    async with nm_wlan():
        code, out, _ = await cmcli("wlan", "list")
        assert code == 0
        lines = out.splitlines()
        assert lines[0].split() == ["SSID", "SECURITY", "SIGNAL", "BAND", "BSSID"]
        assert lines[1].split()[:4] == ["HomeNet", "WPA2-PSK", "-33", "dBm"]
        code, _, err = await cmcli("wlan", "connect", "HomeNet", "--key", "wrong password")
        assert code == 1 and "wrong key" in err
        code, out, _ = await cmcli("wlan", "connect", "Nowhere", "--json")
        assert code == 1 and parsed(out)["code"] == 0x00012001


async def test_dash_d_uses_a_device_with_wlan_functions() -> None:
    code, out, _ = await cmcli("wlan", "list", "-d", "virtual", "--json")
    assert code == 0 and parsed(out)["scanResultsElements"] >= 1
