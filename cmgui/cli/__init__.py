"""``cmcli``: the command line. Every device command goes through the seam.

Each command module registers its sub-commands with ``add_commands(subparsers)``; a command
handler is ``async def run(args, out) -> int``. Output goes through :class:`Output`, which prints
either plain text or the documented ``--json`` shapes (docs/cli.md).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from cmgui.cli import cmapi_cmds, device_cmds, serve_cmds, store_cmds, tool_cmds, wlan_cmds
from cmgui.cli.common import Output, run_handler

COMMAND_MODULES = (cmapi_cmds, device_cmds, tool_cmds, serve_cmds, store_cmds, wlan_cmds)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON (shapes in docs/cli.md)")
    common.add_argument("-d", "--device", default=argparse.SUPPRESS, metavar="DEV",
                        help="device address: /dev/ttyUSB2, COM5, socket://HOST:PORT, "
                             "http(s)://…, ws(s)://…, virtual (default: $CMGUI_DEVICE or the only "
                             "device found)")
    parser = argparse.ArgumentParser(
        prog="cmcli", parents=[common],
        description="Manage cellular modems and OpenCMAPI endpoints from the command line.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = getattr(args, "json", False)
    args.device = getattr(args, "device", None)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    out = Output(json_mode=args.json)
    if getattr(args, "sync_handler", None) is not None:
        return int(args.sync_handler(args, out))
    try:
        return asyncio.run(run_handler(args.handler, args, out))
    except KeyboardInterrupt:
        return 130
