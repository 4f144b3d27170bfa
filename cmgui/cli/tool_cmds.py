"""cmcli commands that run a tool rather than talk to a device: ``virtual-modem``, ``reset``."""

from __future__ import annotations

import argparse
import os
from typing import Any

from cmgui.cli.common import Output


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "virtual-modem", parents=[common], add_help=True,
        help="serve the built-in virtual modem and print the address to open")
    p.add_argument("--dialect", default="generic",
                   choices=["generic", "huawei", "quectel", "sierra"])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal (default)")
    where.add_argument("--tcp", metavar="HOST:PORT", help="serve on a loopback TCP port")
    p.set_defaults(sync_handler=cmd_virtual_modem)

    p = sub.add_parser(
        "reset", parents=[common],
        help="power-cycle the demo modem back to factory state (SIM locked, PIN 1234)")
    p.set_defaults(sync_handler=cmd_reset)


def cmd_virtual_modem(args: argparse.Namespace, out: Output) -> int:
    from cmgui.drivers.virtual.serve import main as serve_main

    argv = ["--dialect", args.dialect]
    if args.tcp:
        argv += ["--tcp", args.tcp]
    else:
        argv += ["--pty"]
    return int(serve_main(argv))


def cmd_reset(args: argparse.Namespace, out: Output) -> int:
    """The demo modem only: a real modem keeps its SIM and messages through a power cycle."""
    from cmgui.cmapi.errors import CmapiError
    from cmgui.drivers.at.virtual_backend import factory_reset, is_virtual

    address = (args.device or os.environ.get("CMGUI_DEVICE") or "virtual").strip()
    if not is_virtual(address):
        return out.usage_error(
            f"reset returns the demo modem to factory state; {address} is not the demo modem "
            "(try: cmcli -d virtual reset)")
    try:
        had_state = factory_reset(address)
    except CmapiError as err:
        return out.error(err)
    if out.json_mode:
        out.json({"device": address, "reset": True, "hadState": had_state})
    else:
        out.text("The demo modem is back to factory state: the SIM asks for its PIN (1234).")
    return 0
