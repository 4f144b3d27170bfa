"""``cmcli``: the command line. Every device command goes through the seam.

Each command module registers its sub-commands with ``add_commands(subparsers)``; a command
handler is ``async def run(args, out) -> int``. Output goes through :class:`Output`, which prints
either plain text or the documented ``--json`` shapes (docs/cli.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence

from cmgui.cli import (
    backends_cmds,
    capabilities_cmds,
    cmapi_cmds,
    device_cmds,
    fleet_cmds,
    gateway_cmds,
    provisioning_cmds,
    serve_cmds,
    store_cmds,
    store_engine_cmds,
    team_cmds,
    tool_cmds,
    wlan_cmds,
)
from cmgui.cli.common import Output, run_handler
from cmgui.common.version import version

COMMAND_MODULES = (cmapi_cmds, device_cmds, tool_cmds, serve_cmds, store_cmds, wlan_cmds,
                   fleet_cmds, gateway_cmds, capabilities_cmds, provisioning_cmds,
                   backends_cmds, store_engine_cmds, team_cmds)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print machine-readable JSON (shapes in docs/cli.md)")
    common.add_argument("-d", "--device", default=argparse.SUPPRESS, metavar="DEV",
                        help="device address: /dev/ttyUSB2, COM5, socket://HOST:PORT, "
                             "http(s)://…, ws(s)://…, virtual (default: $CMGUI_DEVICE or the only "
                             "device found)")
    common.add_argument("--store", default=argparse.SUPPRESS, metavar="URL",
                        help="the store (archive, records, fleet): sqlite:///PATH or "
                             "postgresql://[user@]host[:port]/database (default: $CMGUI_STORE, "
                             "the store setting, or this computer's SQLite file)")
    parser = argparse.ArgumentParser(
        prog="cmcli", parents=[common],
        description="Manage cellular modems and OpenCMAPI endpoints from the command line.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    parser.add_argument("--version", action="version", version=f"cmgui {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.add_commands(sub, common)
    return parser


#: Exit codes a shell gives a program ended by SIGINT (Ctrl-C) and by SIGPIPE (a closed pipe).
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def _quiet_stdout() -> None:
    """Whoever read our output has gone (``cmcli functions | head``): send what is still
    buffered, and Python's own flush at exit, to /dev/null instead of into a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed pipe or Ctrl-C ends it quietly with the usual exit code."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = getattr(args, "json", False)
    args.device = getattr(args, "device", None)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    out = Output(json_mode=args.json)
    _vendor_settings()
    with _store_option(getattr(args, "store", None)):
        if getattr(args, "sync_handler", None) is not None:
            return int(args.sync_handler(args, out))
        return asyncio.run(run_handler(args.handler, args, out))


def _vendor_settings() -> None:
    """The settings a vendor's provisioning fixed apply to cmcli as to the app (the store in
    use, where secrets go); the command line and the environment still win. A provisioning
    file with mistakes is used as far as it is right (``cmcli provisioning check`` lists
    them)."""
    from cmgui.service.provisioned_settings import open_settings

    try:
        open_settings()
    except (OSError, ValueError) as exc:  # an unreadable settings folder: nothing is fixed
        logging.getLogger("cmgui.cli").info("the vendor's settings are not applied: %s", exc)


@contextlib.contextmanager
def _store_option(url: str | None) -> Iterator[None]:
    """``--store URL``: every store the command opens is that one (as ``$CMGUI_STORE``, which
    child processes inherit), for the command's duration."""
    if not url:
        yield
        return
    previous = os.environ.get("CMGUI_STORE")
    os.environ["CMGUI_STORE"] = url
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("CMGUI_STORE", None)
        else:
            os.environ["CMGUI_STORE"] = previous
