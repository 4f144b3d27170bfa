"""cmcli commands that run a tool rather than talk to a device: ``virtual-modem``."""

from __future__ import annotations

import argparse
from typing import Any

from cmgui.cli.common import Output


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "virtual-modem", parents=[common], add_help=True,
        help="serve the built-in virtual modem and print the address to open")
    p.add_argument("--dialect", default="generic", choices=["generic", "huawei", "quectel"])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal (default)")
    where.add_argument("--tcp", metavar="HOST:PORT", help="serve on a loopback TCP port")
    p.set_defaults(sync_handler=cmd_virtual_modem)


def cmd_virtual_modem(args: argparse.Namespace, out: Output) -> int:
    from cmgui.drivers.virtual.serve import main as serve_main

    argv = ["--dialect", args.dialect]
    if args.tcp:
        argv += ["--tcp", args.tcp]
    else:
        argv += ["--pty"]
    return int(serve_main(argv))
